/** `promise-audit init [FILE] [--lang en|fi]`: a commented starter register. Never overwrites. */
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { loadCatalogue } from '../../i18n/index.js';
import { terminalSafeLine } from '../../report/shared/terminal-safe.js';
import { speakIn } from '../cleanup.js';
import { EXIT } from '../exit-codes.js';
import { displayPath, writeFileAtomic } from '../files.js';
import type { CliIO } from '../io.js';
import { parseLang } from '../load-register.js';

export async function initCommand(file: string | undefined, options: { lang?: string }, io: CliIO): Promise<number> {
  const lang = parseLang(options.lang) ?? 'en';
  const t = await loadCatalogue(lang);
  speakIn(t, { report: false });
  const text = lang === 'fi' ? (await import('../../templates/starter-fi.js')).starterFi : (await import('../../templates/starter-en.js')).starterEn;
  const target = resolve(io.cwd, file ?? 'promises.yaml');
  const display = displayPath(target, io.cwd);
  writeFileAtomic(target, withSchemaFrom(text, dirname(target), io.cwd), { noClobber: true, display, t });
  io.stdout.write(`${terminalSafeLine(t.cli.initDone({ file: display }))}\n`);
  return EXIT.pass;
}

const SCHEMA = 'node_modules/promise-audit/schema/register.schema.json';

/**
 * The starter's `$schema` line, relative to the folder the register is
 * written in (editors resolve it from there), for the project installed in
 * the working folder: `brand/promises.yaml` gets `../node_modules/…`.
 */
function withSchemaFrom(text: string, folder: string, cwd: string): string {
  const path = relative(folder, join(cwd, SCHEMA)).split(sep).join('/');
  // Editors read the path up to the first space, and a path onto another drive is no relative path: the usual line, then.
  if (/\s/.test(path) || isAbsolute(path)) return text;
  return text.replace(`$schema=${SCHEMA}`, () => `$schema=${path}`);
}
