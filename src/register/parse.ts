/**
 * The parsing seam: source text in; plain values, syntax problems and a way to
 * find the offset of any path out. Nothing outside this file knows which YAML
 * reader is used, so a faster reader can be put here without touching
 * validation, rules or reporters.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

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
}

export interface ParseOptions {
  /** How many alias dereferences are allowed before the file is refused (billion laughs). */
  maxAliasCount?: number;
}

export const DEFAULT_MAX_ALIAS_COUNT = 100;

/** Deeper than this is no register; refusing early keeps the parser off the stack limit. */
export const MAX_DEPTH = 200;

export function parseSource(text: string, options: ParseOptions = {}): ParsedSource {
  const deep = tooDeepAt(text);
  if (deep !== undefined) {
    return { value: null, problems: [{ code: 'TOO_DEEP', detail: '', offset: deep }], offsetOf: () => 0 };
  }
  const doc = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
    keepSourceTokens: false,
    lineCounter: new LineCounter(),
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
        const pair = node.items.findLast((it) => isPair(it) && keyText(it.key) === String(segment));
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

  return { value, problems, offsetOf };
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as YamlNode | null | undefined)?.range;
  return range ? range[0] : undefined;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
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
  let depth = 0;
  let quote = '';
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\n') {
      lineStart = true;
      indent = 0;
      if (depth === 0) quote = '';
      continue;
    }
    if (lineStart) {
      if (c === ' ') {
        if (++indent > MAX_DEPTH * 2) return i;
        continue;
      }
      lineStart = false;
    }
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (depth > 0 && (c === '"' || c === "'")) quote = c;
    else if (c === '[' || c === '{') {
      if (++depth > MAX_DEPTH) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
    else if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\n')) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end - 1;
    }
  }
  return undefined;
}
