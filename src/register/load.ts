/**
 * load → validate: the root register (bytes or text) in, and through a host
 * the files it includes and the data files its evidence names; a typed,
 * merged register, or every structural problem of every file with its
 * position, out. Pure: the host does the reading.
 */
import type { Diagnostic } from '../types.js';
import { measure, type Measure } from './data/measure.js';
import { decodeSource } from './decode.js';
import { GLOB_CHARS, globToRegExp, resolveInside, type RegisterHost } from './host.js';
import { DEFAULT_MAX_ALIAS_COUNT, MAX_DEPTH, parseSource, type RegisterPath, type SyntaxProblem } from './parse.js';
import { checkReferences } from './references.js';
import type { z } from 'zod';
import type { Campaign, DataSpec, Evidence as EvidenceInput, Owner, PromiseInput, RegisterInput, Touchpoint } from './schema.js';
import { SHAPE_CHECK_FROM, shapeCheck } from './shape-check.js';
import { RegisterSet, RegisterSource } from './source.js';
import { issuesToDiagnostics, protoKeyDiagnostics, valueType } from './zod-issues.js';

/** An evidence item after loading: `actual` and `verified` filled in from its data, if it has any. */
export type Evidence = Omit<EvidenceInput, 'verified'> & {
  verified?: string;
  /** What the data file gave, when the item names one. */
  measure?: Measure;
};

export type RegisterPromise = Omit<PromiseInput, 'evidence'> & { evidence?: Evidence[] };

/** A register that passed validation, its included files merged in. */
export type Register = Omit<RegisterInput, 'owners' | 'touchpoints' | 'promises' | 'include'> & {
  owners: Record<string, Owner>;
  touchpoints: Record<string, Touchpoint>;
  campaigns?: Record<string, Campaign>;
  promises: RegisterPromise[];
  /** Files included, relative to the root register's folder, in order. */
  include?: string[];
};

export type LoadResult =
  | { ok: true; register: Register; source: RegisterSet }
  | { ok: false; diagnostics: Diagnostic[]; source: RegisterSet };

export interface LoadOptions {
  /** Alias expansions allowed before a file is refused. Default 100. */
  maxAliasCount?: number;
  /** Reads included and data files. Without it, `include` and `data` are errors. */
  host?: RegisterHost;
  /**
   * 'yaml' reads every file with `yaml` only. By default a fast reader reads
   * plain YAML and `yaml` the rest; the result is the same either way.
   */
  reader?: 'auto' | 'yaml';
}

/**
 * zod's schemas of a register and of an included part (schema.ts): the judge
 * of a file the compiled shape check does not pass, and the source of its
 * diagnostics. Passed in rather than imported, so that the command line can
 * check a valid register without loading zod at all (src/cli/load-register.ts).
 */
export interface Schemas {
  register: z.ZodType;
  part: z.ZodType;
}

/** Thrown inside `load` when a file needs zod's judgement and no schemas were given. */
class NeedsSchemas {}
const NEEDS_SCHEMAS = new NeedsSchemas();
function needsSchemas(): never {
  throw NEEDS_SCHEMAS;
}

/**
 * Shape diagnostics of one file. The compiled shape check answers first: its
 * yes is trusted, its no never (shape-check.ts). With schemas at hand it is
 * asked only about large files, below which zod alone is quicker.
 */
function shapeProblems(file: ParsedFile & { raw: Obj }, kind: 'register' | 'part', schemas: Schemas | null): Diagnostic[] {
  // The fast reader never gives a `__proto__` key (it hands such files to `yaml`), so
  // its values need no proto-key check when the compiled check passes them.
  const quick = schemas === null || file.source.text.length >= SHAPE_CHECK_FROM;
  if (quick && file.reader === 'fast' && shapeCheck()?.[kind](file.raw)) return [];
  if (schemas === null) needsSchemas();
  const schema = schemas[kind];
  const result = schema.safeParse(file.raw);
  const issues = result.success ? [] : issuesToDiagnostics(result.error.issues, file.raw, schema, file.source);
  return [...(kind === 'part' ? rootOnly(issues, file.raw) : issues), ...protoKeyDiagnostics(file.raw, schema, file.source)];
}

const ROOT_ONLY = ['version', 'brand', 'locale', 'as_of', 'policy', 'include'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

interface ParsedFile {
  source: RegisterSource;
  raw?: Obj;
  diagnostics: Diagnostic[];
  reader?: 'fast' | 'yaml';
}

/**
 * What loading without schemas says when zod is needed: how to read again
 * once the schemas are at hand. 'yaml' when the register was read and is
 * invalid (only `yaml`'s and zod's diagnostics are left to make), 'auto' when
 * some file needs zod's judgement before anything is known.
 */
export interface Retry {
  retry: 'auto' | 'yaml';
}

/**
 * Loads a register with the given schemas; without them (null), says how to
 * load again as soon as zod is needed, so the caller can load zod and call
 * again. `loadRegister` (index.ts) is the usual, synchronous entry.
 */
export function loadRegisterWith(schemas: Schemas, input: string | Uint8Array, file?: string, options?: LoadOptions): LoadResult;
export function loadRegisterWith(schemas: null, input: string | Uint8Array, file?: string, options?: LoadOptions): LoadResult | Retry;
export function loadRegisterWith(schemas: Schemas | null, input: string | Uint8Array, file = 'promises.yaml', options: LoadOptions = {}): LoadResult | Retry {
  const fast = { used: false };
  try {
    // Without schemas only the fast reader reads: a file it cannot read needs zod's judgement anyway.
    const result = load(input, file, options, schemas === null ? 'fast' : (options.reader ?? 'auto'), fast, schemas);
    if (result.ok) return result;
    // Diagnostics are zod's and `yaml`'s, words and positions: a register with any
    // problem is read again by them (the fast reader only ever reads valid-looking YAML).
    if (schemas === null) return { retry: 'yaml' };
    return fast.used ? load(input, file, options, 'yaml', fast, schemas) : result;
  } catch (error) {
    if (error === NEEDS_SCHEMAS) return { retry: 'auto' };
    throw error;
  }
}

function load(input: string | Uint8Array, file: string, options: LoadOptions, reader: 'auto' | 'yaml' | 'fast', fast: { used: boolean }, schemas: Schemas | null): LoadResult {
  const maxAliasCount = options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT;
  const parseFile = (bytes: string | Uint8Array, name: string): ParsedFile => {
    const parsed = readFile(bytes, name, maxAliasCount, reader);
    if (parsed.reader === 'fast') fast.used = true;
    return parsed;
  };
  const root = parseFile(input, file);
  const set = new RegisterSet(root.source);
  if (!root.raw) return { ok: false, diagnostics: sortByPosition(root.diagnostics, set), source: set };

  const diagnostics: Diagnostic[] = [...root.diagnostics, ...shapeProblems(root as ParsedFile & { raw: Obj }, 'register', schemas)];

  // The included parts, each validated on its own and merged after the root's sections.
  const parts: { path: string; source: RegisterSource; raw: Obj }[] = [];
  const rootDir = dirOf(file);
  if (Array.isArray(root.raw.include)) {
    const seen = new Set<string>();
    root.raw.include.forEach((pattern, i) => {
      if (typeof pattern !== 'string') return;
      const at = root.source.position(['include', i]);
      for (const path of expandInclude(pattern, options.host, (d) => diagnostics.push({ ...d, location: at } as Diagnostic))) {
        if (seen.has(path)) continue;
        seen.add(path);
        if (rootDir + path === file) {
          diagnostics.push({ code: 'includeCycle', data: { path }, location: at });
          continue;
        }
        const bytes = options.host!.read(path);
        if (!(bytes instanceof Uint8Array)) {
          if (bytes === 'missing') diagnostics.push({ code: 'includeMissing', data: { path }, location: at });
          else if (bytes.reason === 'directory') diagnostics.push({ code: 'includeDirectory', data: { path }, location: at });
          else diagnostics.push({ code: 'includeUnreadable', data: { path, why: bytes }, location: at });
          continue;
        }
        const part = parseFile(bytes, rootDir + path);
        set.add(part.source);
        diagnostics.push(...part.diagnostics);
        if (!part.raw) continue;
        diagnostics.push(...shapeProblems(part as ParsedFile & { raw: Obj }, 'part', schemas));
        parts.push({ path, source: part.source, raw: part.raw });
      }
    });
  }

  const merged = merge(root.raw, parts, set, diagnostics);
  if (root.raw.include === undefined) {
    for (const key of ['owners', 'touchpoints', 'promises']) {
      if (root.raw[key] === undefined) diagnostics.push({ code: 'required', data: { key }, location: root.source.at(0) });
    }
  } else {
    for (const key of ['owners', 'touchpoints'] as const) {
      if (isObj(merged[key]) && Object.keys(merged[key] as Obj).length === 0) diagnostics.push({ code: 'atLeastOne', data: { key }, location: root.source.at(0) });
    }
  }
  diagnostics.push(...checkReferences(merged, set));
  const dataDiagnostics = attachMeasures(merged, set, options.host);
  diagnostics.push(...dataDiagnostics);

  if (diagnostics.length > 0) return { ok: false, diagnostics: sortByPosition(dedupe(diagnostics), set), source: set };
  return { ok: true, register: merged as unknown as Register, source: set };
}

/** Decode, parse and shape-check one file down to a mapping. */
function readFile(input: string | Uint8Array, file: string, maxAliasCount: number, reader: 'auto' | 'yaml' | 'fast'): ParsedFile {
  let text: string;
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const decoded = decodeSource(input);
    if (!decoded.ok) {
      const source = new RegisterSource(file, decoded.text);
      const diagnostic: Diagnostic =
        decoded.code === 'binaryFile'
          ? { code: 'binaryFile', data: {}, location: source.at(decoded.offset) }
          : { code: 'notUtf8', data: { byte: decoded.byte }, location: source.at(decoded.offset) };
      return { source, diagnostics: [diagnostic] };
    }
    text = decoded.text;
  }
  if (text.includes('\0')) {
    const source = new RegisterSource(file, text);
    return { source, diagnostics: [{ code: 'binaryFile', data: {}, location: source.at(text.indexOf('\0')) }] };
  }
  // YAML 1.2 counts a CR alone as a line break (old Mac files, some copy-paste);
  // the reader does not, and would see one long comment. One character for
  // another, so every offset stays the same. (Most files have no CR at all,
  // which includes() tells many times quicker than the expression.)
  if (text.includes('\r') && /\r(?!\n)/.test(text)) text = text.replace(/\r(?!\n)/g, '\n');
  const parsed = reader === 'fast' ? (parseSource(text, { maxAliasCount, reader }) ?? needsSchemas()) : parseSource(text, { maxAliasCount, reader });
  const source = new RegisterSource(file, text, parsed);
  const syntax = parsed.problems.map((p) => syntaxDiagnostic(p, source, maxAliasCount));
  if (parsed.problems.some((p) => p.code !== 'DUPLICATE_KEY')) return { source, diagnostics: syntax, reader: parsed.reader };
  const raw = parsed.value;
  if (raw === null || raw === undefined) return { source, diagnostics: [...syntax, { code: 'emptyFile', data: {}, location: source.at(0) }], reader: parsed.reader };
  if (!isObj(raw)) return { source, diagnostics: [...syntax, { code: 'notAMapping', data: { got: valueType(raw) }, location: source.at(0) }], reader: parsed.reader };
  return { source, raw, diagnostics: syntax, reader: parsed.reader };
}

/** The files one `include` entry names, relative to the root folder. */
function expandInclude(pattern: string, host: RegisterHost | undefined, report: (d: Omit<Diagnostic, 'location'>) => void): string[] {
  if (!host) {
    report({ code: 'includeNoHost', data: {} });
    return [];
  }
  const path = resolveInside('x', pattern);
  if (path === null) {
    report({ code: 'includeOutside', data: { path: pattern } });
    return [];
  }
  if (!GLOB_CHARS.test(path)) return [path];
  const re = globToRegExp(path);
  const matches = host.glob(path).filter((p) => re.test(p));
  if (matches.length === 0) report({ code: 'includeNoMatch', data: { path: pattern } });
  return matches;
}

/**
 * Merges the parts into the root's raw value: owners, touchpoints and
 * campaigns by id (a duplicate id names both places), promises appended, and
 * each part's `evidence` mapping added to that promise's own list. Every
 * merged node keeps where it came from, so positions point into its own file.
 */
function merge(root: Obj, parts: { source: RegisterSource; raw: Obj }[], set: RegisterSet, diagnostics: Diagnostic[]): Obj {
  const merged: Obj = { ...root };
  if (parts.length === 0) return merged;
  const where = (source: RegisterSource, path: RegisterPath) => {
    const p = source.position(path);
    return `${p.file}:${p.line}`;
  };
  for (const key of ['owners', 'touchpoints', 'campaigns'] as const) {
    const into: Obj = isObj(root[key]) ? { ...(root[key] as Obj) } : {};
    const origin = new Map<string, RegisterSource>(Object.keys(into).map((id) => [id, set.root]));
    for (const part of parts) {
      const section = part.raw[key];
      if (!isObj(section)) continue;
      for (const [id, value] of Object.entries(section)) {
        const first = origin.get(id);
        if (first) {
          diagnostics.push({ code: 'duplicateId', data: { section: key, id, first: where(first, [key, id]) }, location: part.source.position([key, id], 'key') });
          continue;
        }
        origin.set(id, part.source);
        into[id] = value;
        set.origin([key, id], part.source, [key, id]);
      }
    }
    if (isObj(root[key]) || Object.keys(into).length > 0) merged[key] = into;
  }
  const promises: unknown[] = Array.isArray(root.promises) ? [...root.promises] : [];
  for (const part of parts) {
    if (!Array.isArray(part.raw.promises)) continue;
    part.raw.promises.forEach((p, k) => {
      set.origin(['promises', promises.length], part.source, ['promises', k]);
      promises.push(p);
    });
  }
  // Evidence kept by other teams, by promise id, after the promise's own.
  const byId = new Map<string, number>();
  promises.forEach((p, i) => {
    if (isObj(p) && typeof p.id === 'string' && !byId.has(p.id)) byId.set(p.id, i);
  });
  for (const part of parts) {
    const evidence = part.raw.evidence;
    if (!isObj(evidence)) continue;
    for (const [pid, items] of Object.entries(evidence)) {
      const index = byId.get(pid);
      if (index === undefined) {
        const known = [...byId.keys()];
        diagnostics.push({ code: 'unknownPromise', data: { value: pid, defined: known }, location: part.source.position(['evidence', pid], 'key') });
        continue;
      }
      if (!Array.isArray(items)) continue;
      const promise = { ...(promises[index] as Obj) };
      const list = Array.isArray(promise.evidence) ? [...promise.evidence] : [];
      items.forEach((item, m) => {
        set.origin(['promises', index, 'evidence', list.length], part.source, ['evidence', pid, m]);
        list.push(item);
      });
      promise.evidence = list;
      promises[index] = promise;
    }
  }
  if (Array.isArray(root.promises) || promises.length > 0) merged.promises = promises;
  return merged;
}

/**
 * Computes every evidence item's data: fills in `actual` (and `verified` from
 * the period) and keeps the measure for reports. A data file that cannot be
 * read is not a structural error but a finding (`data-unreadable`); a path
 * outside the root folder, or `data` beside a typed `actual`, is.
 */
function attachMeasures(merged: Obj, set: RegisterSet, host: RegisterHost | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!Array.isArray(merged.promises)) return out;
  const itemPath = (i: number, j: number, ...rest: string[]) => ['promises', i, 'evidence', j, ...rest];
  /** Evidence item `j` of promise `i`, with its data's measure filled in, if it has data; else the item as it is. */
  const fill = (e: unknown, i: number, j: number): unknown => {
    if (!isObj(e)) return e;
    if (!isObj(e.data)) {
      if (e.verified === undefined) out.push({ code: 'required', data: { key: 'verified' }, location: set.position(itemPath(i, j)) });
      return e;
    }
    const spec = e.data as DataSpec;
    if (e.actual !== undefined) out.push({ code: 'dataAndActual', data: {}, location: set.position(itemPath(i, j, 'actual'), 'key') });
    if (e.verified === undefined && spec.date_column === undefined) out.push({ code: 'verifiedOrDateColumn', data: {}, location: set.position(itemPath(i, j)) });
    if (typeof spec.file !== 'string' || typeof spec.stat !== 'string') return e;
    if (!host) {
      out.push({ code: 'includeNoHost', data: {}, location: set.position(itemPath(i, j, 'data', 'file')) });
      return e;
    }
    const named = set.fileOf(itemPath(i, j));
    const rootDir = dirOf(set.root.file);
    const relativeNamer = named.startsWith(rootDir) ? named.slice(rootDir.length) : named;
    const resolved = resolveInside(relativeNamer, spec.file);
    if (resolved === null) {
      out.push({ code: 'dataOutside', data: { path: spec.file }, location: set.position(itemPath(i, j, 'data', 'file')) });
      return e;
    }
    const m = measure(spec, rootDir + resolved, host.read(resolved));
    const filled: Obj = { ...e, measure: m };
    if (m.ok) {
      filled.actual = m.value;
      if (e.verified === undefined && m.period) filled.verified = m.period.to;
    }
    return filled;
  };
  merged.promises = merged.promises.map((p, i) => {
    if (!isObj(p) || !Array.isArray(p.evidence)) return p;
    // A promise none of whose items has data is kept as read, its list too:
    // a large register is not copied promise by promise.
    const list: unknown[] = p.evidence;
    let evidence: unknown[] | undefined;
    for (let j = 0; j < list.length; j++) {
      const filled = fill(list[j], i, j);
      if (filled === list[j]) continue;
      evidence ??= [...list];
      evidence[j] = filled;
    }
    return evidence ? { ...p, evidence } : p;
  });
  return out;
}

/** In a part, a root-only key gets its own message instead of "unknown key". */
function rootOnly(list: Diagnostic[], raw: Obj): Diagnostic[] {
  return list.map((d) => (d.code === 'unknownKey' && ROOT_ONLY.includes(d.data.key) && d.data.key in raw ? { code: 'rootOnlyKey', data: { key: d.data.key }, location: d.location } : d));
}

function dirOf(file: string): string {
  const i = file.lastIndexOf('/');
  return i === -1 ? '' : file.slice(0, i + 1);
}

function syntaxDiagnostic(p: SyntaxProblem, source: RegisterSource, maxAliasCount: number): Diagnostic {
  const location = source.at(p.offset);
  // yaml's words, and the mistake behind them when it is a common one.
  const said = p.why ? { detail: p.detail, why: p.why } : { detail: p.detail };
  switch (p.code) {
    case 'DUPLICATE_KEY':
      return { code: 'duplicateKey', data: { key: p.key ?? '?' }, location };
    case 'TAB_AS_INDENT':
      return { code: 'tabIndent', data: {}, location };
    case 'BAD_INDENT':
      return { code: 'badIndent', data: said, location };
    case 'MULTIPLE_DOCS':
      return { code: 'multipleDocs', data: {}, location };
    case 'TOO_DEEP':
      return { code: 'tooDeep', data: { max: MAX_DEPTH }, location };
    case 'ALIAS_LIMIT':
      return { code: 'aliasLimit', data: { max: maxAliasCount }, location };
    case 'UNKNOWN_ALIAS':
      return { code: 'unknownAlias', data: { name: p.key ?? '?' }, location };
    default:
      return { code: 'yamlSyntax', data: said, location };
  }
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.location.file}:${d.location.line}:${d.location.column}:${d.code}:${JSON.stringify(d.data)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** File order: the root first, then each included file; top to bottom within a file. */
function sortByPosition(list: Diagnostic[], set: RegisterSet): Diagnostic[] {
  const fileOrder = new Map<string, number>(set.sources.map((s, i) => [s.file, i]));
  for (const d of list) if (!fileOrder.has(d.location.file)) fileOrder.set(d.location.file, fileOrder.size);
  return list
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        fileOrder.get(a.d.location.file)! - fileOrder.get(b.d.location.file)! ||
        a.d.location.line - b.d.location.line ||
        a.d.location.column - b.d.location.column ||
        a.i - b.i,
    )
    .map((x) => x.d);
}
