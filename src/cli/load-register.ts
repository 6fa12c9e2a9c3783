/** Find, read, decode and validate the register named on the command line. */
import type { Catalogue } from '../i18n/en.js';
import { isLang, loadCatalogue, type Lang } from '../i18n/index.js';
import { registerInput } from '../register/decode.js';
import { namedLocale } from '../register/format.js';
import { loadRegisterWith, type LoadOptions, type LoadResult, type Register } from '../register/load.js';
import type { RegisterSet } from '../register/source.js';
import { speakIn, type Printing } from './cleanup.js';
import { InvalidRegisterError, UserError } from './errors.js';
import { fileHost, findRegister, readRegister } from './files.js';
import type { CliIO } from './io.js';

export interface LoadCliOptions {
  lang?: string;
  maxSize?: number;
  maxAliases?: number;
}

export interface Loaded {
  register: Register;
  source: RegisterSet;
  absolute: string;
  lang: Lang;
  t: Catalogue;
}

export function parseLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  if (!isLang(value)) throw new UserError(`--lang must be en or fi, not "${value}"`);
  return value;
}

/** The commands that read a register, each named when none is given and ./promises.yaml is not there. */
export type RegisterCommand = 'check' | 'validate' | 'explain' | 'scan';

/**
 * Reads the register for `command`; throws InvalidRegisterError with its
 * diagnostics and the catalogue to print them in. `prints`: what the command
 * prints (cleanup.ts).
 */
export async function loadFromCli(
  given: string | undefined,
  options: LoadCliOptions,
  io: CliIO,
  { command, prints = { report: true } }: { command: RegisterCommand; prints?: Printing },
): Promise<Loaded> {
  const explicit = parseLang(options.lang);
  // The run speaks --lang, else English until the register names its `locale`.
  const speak = async (lang: Lang) => {
    const t = await loadCatalogue(lang);
    speakIn(t, prints);
    return t;
  };
  const early = await speak(explicit ?? 'en');
  const absolute = findRegister(given, io.cwd, early, command);
  const { display, input } = readInput(absolute, io.cwd, options.maxSize, early);
  // What the files it includes or reads data from say (too large, unreadable) is said while the
  // register is read, before its `locale` is known for sure: in the language it names.
  const reading = await speak(explicit ?? (typeof input === 'string' ? namedLocale(input) : undefined) ?? 'en');
  const loadOptions: LoadOptions = { maxAliasCount: options.maxAliases, host: fileHost(absolute, { maxSize: options.maxSize, t: reading, cwd: io.cwd }) };
  const result = await withSchemasIfNeeded(input, display, loadOptions);
  // The register's own `locale` picks the language unless --lang did; sniffed
  // from the text when the register is invalid, so errors come in it too.
  const lang: Lang = explicit ?? (result.ok ? result.register.locale : namedLocale(result.source.text)) ?? 'en';
  const t = await speak(lang);
  if (!result.ok) throw Object.assign(new InvalidRegisterError(result.diagnostics, result.source), { t, lang, absolute });
  return { register: result.register, source: result.source, absolute, lang, t };
}

/**
 * A valid register passes the compiled shape check, and zod (the slowest
 * import of all) is loaded only when some file does not: start-up matters in
 * pre-commit hooks and CI. A register found invalid on the way is read again
 * only once more, by `yaml` and zod, for their diagnostics.
 */
async function withSchemasIfNeeded(input: string | Uint8Array, display: string, options: LoadOptions): Promise<LoadResult> {
  const quick = loadRegisterWith(null, input, display, options);
  if (!('retry' in quick)) return quick;
  const { partSchema, registerSchema } = await import('../register/schema.js');
  return loadRegisterWith({ register: registerSchema, part: partSchema }, input, display, quick.retry === 'yaml' ? { ...options, reader: 'yaml' } : options);
}

/** The register's name to show, and its text (or its bytes, if they are no UTF-8 text): the bytes are not kept past here. */
function readInput(absolute: string, cwd: string, maxSize: number | undefined, t: Catalogue): { display: string; input: string | Uint8Array } {
  const file = readRegister(absolute, cwd, maxSize, t);
  return { display: file.display, input: registerInput(file.bytes) };
}
