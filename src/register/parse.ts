/**
 * The parsing seam: source text in; plain values, syntax problems and a way to
 * find the offset of any path out. Nothing outside this file knows which YAML
 * reader is used, so a faster reader can be put here without touching
 * validation, rules or reporters.
 *
 * Two readers: `yaml` is the judge of what a file means and the source of
 * every syntax problem; the fast reader (fast-parse.ts) reads plain data
 * only, with the same values and offsets, and hands anything else to `yaml`.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { Node as YamlNode, YAMLMap } from 'yaml';
import { fastParse } from './fast-parse.js';

// `yaml` is loaded on first use, synchronously: a register the fast reader
// reads never needs it, and loading it is a good part of a small run's time.
let yamlModule: typeof Yaml | undefined;
function yaml(): typeof Yaml {
  return (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof Yaml);
}

export type PathSegment = string | number;
export type RegisterPath = readonly PathSegment[];

/** A YAML-level problem, before the register's own rules are applied. */
export interface SyntaxProblem {
  /** yaml's error code, e.g. DUPLICATE_KEY, BAD_INDENT, or ALIAS_LIMIT. */
  code: string;
  /** yaml's own English description, first line only. */
  detail: string;
  /** The duplicated key, for DUPLICATE_KEY. */
  key?: string;
  offset: number;
}

export interface ParsedSource {
  /** Plain JavaScript data (objects, arrays, strings, numbers, booleans, null). */
  value: unknown;
  problems: SyntaxProblem[];
  /**
   * Offset of the node at `path`: of its key when `part` is 'key' (for map
   * entries), otherwise of its value. Falls back to the nearest existing
   * ancestor when the path does not exist (e.g. a missing required key).
   */
  offsetOf(path: RegisterPath, part?: 'key' | 'value'): number;
  /** Which reader read it: 'fast' never reports problems, so an invalid file is read again with 'yaml'. */
  reader: 'fast' | 'yaml';
}

export interface ParseOptions {
  /** How many alias dereferences are allowed before the file is refused (billion laughs). */
  maxAliasCount?: number;
  /**
   * 'yaml' skips the fast reader: for diagnostics, whose words and positions are `yaml`'s.
   * 'fast' reads with the fast reader only, and gives null when it hands the text over. Default 'auto'.
   */
  reader?: 'auto' | 'yaml' | 'fast';
}

export const DEFAULT_MAX_ALIAS_COUNT = 100;

/** Deeper than this is no register; refusing early keeps the parser off the stack limit. */
export const MAX_DEPTH = 200;

export function parseSource(text: string, options: ParseOptions & { reader: 'fast' }): ParsedSource | null;
export function parseSource(text: string, options?: ParseOptions & { reader?: 'auto' | 'yaml' }): ParsedSource;
export function parseSource(text: string, options: ParseOptions = {}): ParsedSource | null {
  const deep = tooDeepAt(text);
  if (deep !== undefined) {
    if (options.reader === 'fast') return null;
    return { value: null, problems: [{ code: 'TOO_DEEP', detail: '', offset: deep }], offsetOf: () => 0, reader: 'yaml' };
  }
  if (options.reader !== 'yaml') {
    const fast = fastParse(text);
    if (fast) return { value: fast.value, problems: [], offsetOf: fast.offsetOf, reader: 'fast' };
    if (options.reader === 'fast') return null;
  }
  const { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } = yaml();
  const doc = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
    keepSourceTokens: false,
    lineCounter: new LineCounter(),
    // Problems are collected and reported as diagnostics; never printed by yaml
    // itself (it writes a process warning to standard error for a complex key).
    logLevel: 'error',
  });
  const problems: SyntaxProblem[] = [];
  const seen = new Set<number>();
  for (const e of [...doc.errors, ...doc.warnings]) {
    // One problem per spot: yaml often reports a single mistake several ways.
    if (seen.has(e.pos[0])) continue;
    seen.add(e.pos[0]);
    const overflow = /call stack/i.test(e.message);
    const p: SyntaxProblem = { code: overflow ? 'TOO_DEEP' : e.code, detail: firstLine(e.message), offset: e.pos[0] };
    if (e.code === 'DUPLICATE_KEY') p.key = duplicateKeyAt(text, e.pos[0]);
    problems.push(p);
  }
  let value: unknown = null;
  // A duplicate key leaves a well-formed tree (the later value wins), so the
  // rest of the register can still be checked and reported in the same run.
  if (problems.every((p) => p.code === 'DUPLICATE_KEY')) {
    try {
      value = doc.toJS({ maxAliasCount: options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT });
    } catch (error) {
      // yaml throws a ReferenceError when aliases expand past maxAliasCount.
      const detail = error instanceof Error ? firstLine(error.message) : String(error);
      problems.push({ code: 'ALIAS_LIMIT', detail, offset: 0 });
    }
  }

  const offsetOf = (path: RegisterPath, part: 'key' | 'value' = 'value'): number => {
    let node: unknown = doc.contents;
    let offset = rangeStart(node) ?? 0;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        // The last pair wins, as in the loaded value when a key is duplicated.
        const pair = pairOf(node, String(segment));
        if (!pair) return offset;
        if (last && part === 'key') return rangeStart(pair.key) ?? offset;
        node = pair.value;
        offset = rangeStart(node) ?? rangeStart(pair.key) ?? offset;
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
        if (node === undefined) return offset;
        offset = rangeStart(node) ?? offset;
      } else {
        return offset;
      }
    }
    return offset;
  };

  return { value, problems, offsetOf, reader: 'yaml' };
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as YamlNode | null | undefined)?.range;
  return range ? range[0] : undefined;
}

function keyText(key: unknown): string | undefined {
  if (yaml().isScalar(key)) return String((key as Yaml.Scalar).value);
  return undefined;
}

/** Mappings this narrow are searched; wider ones are indexed once, so a look-up does not scan them. */
const NARROW = 16;
const pairIndexes = new WeakMap<YAMLMap, Map<string | undefined, Yaml.Pair>>();

/** The last pair of `map` whose key is `key`. */
function pairOf(map: YAMLMap, key: string): Yaml.Pair | undefined {
  const { isPair } = yaml();
  if (map.items.length <= NARROW) return map.items.findLast((it) => isPair(it) && keyText(it.key) === key);
  let index = pairIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const it of map.items) if (isPair(it)) index.set(keyText(it.key), it);
    pairIndexes.set(map, index);
  }
  return index.get(key);
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '').trim();
}

function duplicateKeyAt(text: string, offset: number): string | undefined {
  const m = /^\s*(?:"([^"]*)"|'([^']*)'|([^:#\n]+?))\s*:/.exec(text.slice(offset, offset + 300));
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/**
 * Offset where nesting passes MAX_DEPTH, if it does: flow brackets outside
 * quotes, or block indentation deeper than any register needs.
 */
function tooDeepAt(text: string): number | undefined {
  // A line indented past the limit anywhere: the full scan finds which one.
  // (No run of that many spaces, no such line: includes() is the quick no.)
  if (text.includes(DEEP_SPACES) && DEEP_INDENT.test(text)) return tooDeepScan(text, 0, false) as number | undefined;
  // Otherwise nothing happens at depth 0 until a bracket opens: jump from one
  // bracket to the next (skipping those in comments) and scan only from there
  // until the depth is back to 0 at a line break. Same result as scanning
  // every character, in a fraction of the time on a large register.
  let i = 0;
  let nextSquare = text.indexOf('[');
  let nextCurly = text.indexOf('{');
  while (i < text.length) {
    if (nextSquare !== -1 && nextSquare < i) nextSquare = text.indexOf('[', i);
    if (nextCurly !== -1 && nextCurly < i) nextCurly = text.indexOf('{', i);
    const j = nextSquare === -1 ? nextCurly : nextCurly === -1 ? nextSquare : Math.min(nextSquare, nextCurly);
    if (j === -1) return undefined;
    const lineStart = text.lastIndexOf('\n', j - 1) + 1;
    if (commentBefore(text, Math.max(lineStart, i), j)) {
      const end = text.indexOf('\n', j);
      if (end === -1) return undefined;
      i = end + 1;
      continue;
    }
    if (!flowCanStart(text, lineStart, j)) {
      // Part of a scalar (`statement: "Sizes [S-XL"`, `note: see [1]`): text, not nesting.
      i = j + 1;
      continue;
    }
    const scanned = tooDeepScan(text, j, true);
    if (typeof scanned === 'number') return scanned;
    if (scanned === undefined) return undefined;
    i = scanned.resume;
  }
  return undefined;
}

const DEEP_SPACES = ' '.repeat(MAX_DEPTH * 2 + 1);
const DEEP_INDENT = new RegExp(`(?:^|\\n)${DEEP_SPACES}`);

/** Whether a comment starts in text[from, to) at depth 0: `#` first on its line or after a space. */
function commentBefore(text: string, from: number, to: number): boolean {
  // A loop over the (short) stretch, not indexOf('#'): that would search on past `to`, to the next `#` in the file.
  for (let k = from; k < to; k++) {
    if (text.charCodeAt(k) === 35 && (k === 0 || text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 10)) return true;
  }
  return false;
}

/**
 * Whether a bracket at text[at] opens a flow collection in block context: the
 * first thing on its line, after an indicator and a space (`key: [`, `- [`,
 * `? [`), or after a tag or anchor. Anywhere else it is inside a scalar.
 */
function flowCanStart(text: string, lineStart: number, at: number): boolean {
  let k = at - 1;
  while (k >= lineStart && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  if (k < lineStart) return true;
  const c = text.charCodeAt(k);
  if ((c === 58 || c === 45 || c === 63) && k < at - 1) return true;
  // A tag or anchor before it: the last word starts with `!` or `&`.
  let w = k;
  while (w > lineStart && text.charCodeAt(w - 1) !== 32 && text.charCodeAt(w - 1) !== 9) w--;
  const first = text.charCodeAt(w);
  return first === 33 || first === 38;
}

/**
 * The character-by-character scan: of the whole text, or from a bracket at
 * depth 0 outside a comment (`fromBracket`), then up to the first line break
 * where the depth is back to 0, saying where to go on.
 */
function tooDeepScan(text: string, start: number, fromBracket: boolean): number | undefined | { resume: number } {
  let depth = 0;
  let quote = 0;
  let lineStart = start === 0;
  let indent = 0;
  // Inside flow brackets a quote opens a quoted scalar only where a scalar
  // starts: after `[`, `{` or `,`, or after `:` and a space (or right after a
  // quoted key, JSON style). Elsewhere (`it's`, `12"`) it is part of a plain
  // scalar, and brackets after it still count, as they do for `yaml`.
  let last = 0;
  let gap = false;
  let afterQuoted = false;
  // Char codes, not one-character strings: this can run over every byte of every file.
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      indent = 0;
      gap = true;
      if (depth === 0) {
        quote = 0;
        if (fromBracket && i > start) return { resume: i + 1 };
      }
      continue;
    }
    if (lineStart) {
      if (c === 32) {
        if (++indent > MAX_DEPTH * 2) return i;
        continue;
      }
      lineStart = false;
    }
    if (quote) {
      // In double quotes a backslash escapes the next character (`\"` does not end them);
      // in single quotes `''` is a quote inside them.
      if (c === 92 && quote === 34) i++;
      else if (c === quote) {
        if (quote === 39 && text.charCodeAt(i + 1) === 39) i++;
        else {
          quote = 0;
          last = c;
          gap = false;
          afterQuoted = true;
        }
      }
      continue;
    }
    if (c === 32 || c === 9 || c === 13) {
      gap = true;
      continue;
    }
    if (depth > 0 && (c === 34 || c === 39) && (last === 91 || last === 123 || last === 44 || (last === 58 && (gap || afterQuoted)))) quote = c;
    else if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH) return i;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
    else if (c === 35 && (i === 0 || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 10)) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end - 1;
      continue;
    }
    if (c === 58) afterQuoted = afterQuoted && !gap;
    else afterQuoted = false;
    last = c;
    gap = false;
  }
  return undefined;
}
