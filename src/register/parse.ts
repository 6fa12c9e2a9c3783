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

export function parseSource(text: string, options: ParseOptions = {}): ParsedSource {
  const doc = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
    keepSourceTokens: false,
    lineCounter: new LineCounter(),
  });
  const problems: SyntaxProblem[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    const p: SyntaxProblem = { code: e.code, detail: firstLine(e.message), offset: e.pos[0] };
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
        const pair = node.items.find((it) => isPair(it) && keyText(it.key) === String(segment));
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
