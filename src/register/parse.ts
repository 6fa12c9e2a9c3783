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
import { fastParse, type FastParsed } from './fast-parse.js';
import { standsAlone, yamlMistake, type YamlMistake } from './yaml-mistakes.js';

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
  /** yaml's error code, e.g. DUPLICATE_KEY, BAD_INDENT, or ALIAS_LIMIT and UNKNOWN_ALIAS (from toJS). */
  code: string;
  /** yaml's own English description, first line only. */
  detail: string;
  /** The duplicated key, for DUPLICATE_KEY; the alias's name, for UNKNOWN_ALIAS. */
  key?: string;
  /** The mistake behind it, when it is a common one (yaml-mistakes.ts). */
  why?: YamlMistake;
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
  let deep: number | undefined;
  if (options.reader !== 'yaml') {
    const fast = fastParse(text, MAX_DEPTH);
    if (fast) {
      deep = withinDepth(text, fast) ? undefined : tooDeepAt(text);
      if (deep === undefined) return { value: fast.value, problems: [], offsetOf: fast.offsetOf, reader: 'fast' };
    }
  }
  if (options.reader === 'fast') return null;
  deep ??= tooDeepAt(text);
  if (deep !== undefined) return { value: null, problems: [{ code: 'TOO_DEEP', detail: '', offset: deep }], offsetOf: () => 0, reader: 'yaml' };
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
  const namedLines = new Set<number>();
  /**
   * Where yaml misreads what follows a slip, however well it is written, and which of what it says
   * there is that misreading: after a tab, everything up to the next top-level key; after a key
   * indented short of its item's keys, their indentation, up to the next line no deeper.
   */
  const misread: { from: number; to: number; echo: (why: YamlMistake | undefined) => boolean }[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    // One problem per spot: yaml often reports a single mistake several ways.
    if (seen.has(e.pos[0])) continue;
    seen.add(e.pos[0]);
    const overflow = /call stack/i.test(e.message);
    const p: SyntaxProblem = { code: overflow ? 'TOO_DEEP' : e.code, detail: firstLine(e.message), offset: e.pos[0] };
    if (e.code === 'DUPLICATE_KEY') p.key = duplicateKeyAt(text, e.pos[0]);
    const mistake = yamlMistake(e.code, p.detail, text, e.pos[0]);
    if (mistake) {
      // yaml names the innermost bracket left open; the user closes the outermost, shown and named here.
      const open = mistake.why.kind === 'bracketNotClosed' ? unclosedFlow(doc, e.pos[0]) : undefined;
      p.why = open ? { kind: 'bracketNotClosed', bracket: open.bracket } : mistake.why;
      p.offset = open ? open.start : mistake.at;
    }
    // yaml often stumbles more than once over one slip on one line: once it is named, the rest of the line is its echo.
    // A mistake of its own (a tab, an escape, a quote, a reserved character) is said even so.
    const line = text.lastIndexOf('\n', p.offset - 1) + 1;
    const alone = (p.why !== undefined && standsAlone(p.why)) || p.code === 'TAB_AS_INDENT';
    if (namedLines.has(line) && !alone) continue;
    // Past a line indented with a tab, yaml misreads what follows (a key inside a value, a line that is
    // not `key: value`) up to the next top-level key, however well it is written: the tab is said, and
    // mistakes of their own.
    if (!alone && misread.some((r) => p.offset > r.from && p.offset < r.to && r.echo(p.why))) continue;
    if (p.why || p.code === 'TAB_AS_INDENT') namedLines.add(line);
    if (p.code === 'TAB_AS_INDENT') misread.push({ from: line, to: nextLineIndentedUpTo(text, line, 0), echo: () => true });
    // A key indented less than the keys of its list item: yaml misreads the item's keys below it
    // as out of line too, up to the next line indented no deeper than the slip (the next item, or key).
    if (e.code === 'MISSING_CHAR' && p.why?.kind === 'misaligned') misread.push({ from: line, to: nextLineIndentedUpTo(text, line, /^ */.exec(text.slice(line, line + 1024))![0].length), echo: echoesShortKey });
    problems.push(p);
  }
  let value: unknown = null;
  // A duplicate key leaves a well-formed tree (the later value wins), so the
  // rest of the register can still be checked and reported in the same run.
  if (problems.every((p) => p.code === 'DUPLICATE_KEY')) {
    try {
      value = doc.toJS({ maxAliasCount: options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT });
    } catch (error) {
      // yaml throws a ReferenceError for an alias whose anchor is not set before it,
      // and when aliases expand past maxAliasCount.
      const detail = error instanceof Error ? firstLine(error.message) : String(error);
      const name = /^Unresolved alias\b.*: (.*)$/.exec(detail)?.[1];
      const unknown = name === undefined ? undefined : unknownAlias(doc, name);
      if (name !== undefined) problems.push({ code: 'UNKNOWN_ALIAS', detail, key: name, offset: rangeStart(unknown) ?? 0 });
      else problems.push({ code: 'ALIAS_LIMIT', detail, offset: 0 });
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

/**
 * The `[` or `{` that yaml finds unclosed at `offset` (it says so where the
 * next line begins): the outermost flow collection that ends there.
 */
function unclosedFlow(doc: Yaml.Document.Parsed, offset: number): { start: number; bracket: ']' | '}' } | undefined {
  const { visit, isCollection, isSeq } = yaml();
  let open: { start: number; bracket: ']' | '}' } | undefined;
  visit(doc, (_key, node) => {
    if (isCollection(node) && node.flow && node.range?.[1] === offset) {
      open = { start: node.range[0], bracket: isSeq(node) ? ']' : '}' };
      return visit.BREAK;
    }
    return undefined;
  });
  return open;
}

/**
 * The first alias `*name` with no anchor `&name` before it, in the order yaml
 * reads the document: an anchor on a collection comes before the nodes in it.
 */
function unknownAlias(doc: Yaml.Document.Parsed, name: string): Yaml.Alias | undefined {
  const { visit, isAlias } = yaml();
  let anchored = false;
  let found: Yaml.Alias | undefined;
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      if (node.source !== name || anchored) return undefined;
      found = node;
      return visit.BREAK;
    }
    // The visitor is also handed the nulls of empty keys and values (`? ` alone).
    if ((node as { anchor?: string } | null)?.anchor === name) anchored = true;
    return undefined;
  });
  return found;
}

/** What yaml says of the well-written keys below a key indented short of them: their indentation, read wrongly. */
function echoesShortKey(why: YamlMistake | undefined): boolean {
  return why === undefined || why.kind === 'misaligned' || why.kind === 'keyInValue' || why.kind === 'notKeyValue' || why.kind === 'keyWithoutValue';
}

/**
 * Where the next line after the one at `start` starts that is indented `indent` spaces at most
 * (0: a top-level key), blank and comment lines aside; or the end of the text.
 */
function nextLineIndentedUpTo(text: string, start: number, indent: number): number {
  const m = new RegExp(`\\n(?= {0,${indent}}[^\\s#])`, 'g');
  m.lastIndex = start;
  const found = m.exec(text);
  return found ? found.index + 1 : text.length;
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
 * True when tooDeepAt() is sure to find nothing in a text the fast reader
 * read, without its scan, which follows every bracket of the file (some 30
 * ms for 10,000 promises). The fast reader went no deeper than MAX_DEPTH;
 * when every bracket of the text opened one of the flow lists and mappings
 * it read, the scan counts no other, and finds no deeper nesting than the
 * reader did. A bracket in text (a block scalar, `Sizes - [S-XL`), a run of
 * `- ` indicators or deep indentation may count where the reader saw none:
 * then the scan decides, as it does for every file `yaml` reads, so that a
 * file is refused or not whichever reader reads it.
 */
function withinDepth(text: string, fast: FastParsed): boolean {
  if (text.includes(DEEP_SPACES) || COMPACT_PAIR.test(text)) return false;
  let brackets = 0;
  for (let i = text.indexOf('['); i !== -1; i = text.indexOf('[', i + 1)) brackets++;
  for (let i = text.indexOf('{'); i !== -1; i = text.indexOf('{', i + 1)) brackets++;
  return brackets === fast.flowCollections;
}

/**
 * Offset where nesting passes MAX_DEPTH, if it does: flow brackets outside
 * quotes, or block indentation deeper than any register needs.
 */
function tooDeepAt(text: string): number | undefined {
  const compact = compactTooDeepAt(text);
  if (compact !== undefined) return compact;
  // A line indented past the limit anywhere: the full scan finds which one.
  // (No run of that many spaces, no such line: includes() is the quick no.)
  if (text.includes(DEEP_SPACES) && DEEP_INDENT.test(text)) return tooDeepScan(text, 0, false) as number | undefined;
  // Otherwise nothing happens at depth 0 until a bracket opens a flow
  // collection: jump from one bracket to the next and scan only from there
  // until the depth is back to 0 at a line break. A bracket in a comment, in a
  // quoted string or in plain text (`note: see [1]`) opens nothing: what
  // stands before it on its line tells (see BlockLine). Linear in the text.
  let i = 0;
  let nextSquare = text.indexOf('[');
  let nextCurly = text.indexOf('{');
  const line = new BlockLine(text);
  while (i < text.length) {
    if (nextSquare !== -1 && nextSquare < i) nextSquare = text.indexOf('[', i);
    if (nextCurly !== -1 && nextCurly < i) nextCurly = text.indexOf('{', i);
    const j = nextSquare === -1 ? nextCurly : nextCurly === -1 ? nextSquare : Math.min(nextSquare, nextCurly);
    if (j === -1) return undefined;
    const opens = line.opensFlow(j);
    if (opens === COMMENT) {
      if (line.end === text.length) return undefined;
      i = line.end + 1;
      continue;
    }
    if (opens === TEXT) {
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

const FLOW = 0;
const TEXT = 1;
const COMMENT = 2;

/**
 * What a bracket at depth 0 is, read from the start of its line (block
 * context): it opens a flow collection where a node can start (first on the
 * line, after `key: `, `- `, `? `, or after a tag or anchor); inside a quoted
 * string or a comment, or anywhere else in plain text, it is text. The line
 * is read once, however many brackets it holds. A quoted string that goes on
 * to the next line is not followed there: its brackets then count, which can
 * only make the check stricter, never blind it.
 */
class BlockLine {
  /** The line being read: its end (the line break or the text's end), and how far it is read. */
  end = -1;
  private at = 0;
  /** The open quote (0 for none); the last character that is not a space, and whether a space followed it; the first character of the last word. */
  private quote = 0;
  private last = -1;
  private gap = false;
  private wordFirst = -1;
  private comment = false;

  constructor(private readonly text: string) {}

  opensFlow(j: number): typeof FLOW | typeof TEXT | typeof COMMENT {
    const t = this.text;
    if (j > this.end) {
      const end = t.indexOf('\n', j);
      this.end = end === -1 ? t.length : end;
      this.at = t.lastIndexOf('\n', j - 1) + 1;
      this.quote = 0;
      this.last = -1;
      this.gap = false;
      this.wordFirst = -1;
      this.comment = false;
    }
    for (; this.at < j && !this.comment; this.at++) this.read(t.charCodeAt(this.at));
    if (this.comment) return COMMENT;
    const inText = this.quote !== 0 || !this.nodeCanStart();
    this.read(t.charCodeAt(j));
    this.at = j + 1;
    return inText ? TEXT : FLOW;
  }

  private nodeCanStart(): boolean {
    if (this.last === -1) return true;
    if (!this.gap) return false;
    // `key: `, `- `, `? `, or a tag (`!!seq `) or anchor (`&a `).
    return this.last === 58 || this.last === 45 || this.last === 63 || this.wordFirst === 33 || this.wordFirst === 38;
  }

  private read(c: number): void {
    if (this.quote !== 0) {
      const taken = quotedStep(this.text, this.at, this.quote);
      if (taken === QUOTE_ENDS) {
        this.quote = 0;
        this.last = c;
        this.gap = false;
      } else this.at += taken - 1;
      return;
    }
    if (c === 32 || c === 9 || c === 13) {
      this.gap = true;
      return;
    }
    if (c === 35 && (this.last === -1 || this.gap)) {
      this.comment = true;
      return;
    }
    if ((c === 34 || c === 39) && this.nodeCanStart()) {
      this.quote = c;
      return;
    }
    if (this.last === -1 || this.gap) this.wordFirst = c;
    this.last = c;
    this.gap = false;
  }
}

const QUOTE_ENDS = -1;

/**
 * Inside a string quoted with `quote` (a char code), at text[i]: how many
 * characters the string takes from here (2 for an escape: `\"` in double
 * quotes, `''` in single ones), or QUOTE_ENDS when text[i] closes it.
 */
function quotedStep(text: string, i: number, quote: number): number {
  const c = text.charCodeAt(i);
  if (c === 92 && quote === 34) return 2;
  if (c !== quote) return 1;
  return quote === 39 && text.charCodeAt(i + 1) === 39 ? 2 : QUOTE_ENDS;
}

/**
 * `- - - x` and `? ? x`: each indicator on a line opens a level of its own,
 * with no bracket or indentation to show it (and `yaml` takes time that grows
 * far faster than the line for nested `?` keys). The expression runs only on
 * a text that has two indicators in a row somewhere.
 */
function compactTooDeepAt(text: string): number | undefined {
  if (!COMPACT_PAIR.test(text)) return undefined;
  const m = COMPACT_DEEP.exec(text);
  return m ? m.index + m[0].length : undefined;
}

const COMPACT_PAIR = /[-?][ \t]+[-?](?:[ \t]|$)/m;
const COMPACT_DEEP = new RegExp(`^[ \\t]*(?:[-?][ \\t]+){${MAX_DEPTH}}(?=[-?](?:[ \\t]|$))`, 'm');

const DEEP_SPACES = ' '.repeat(MAX_DEPTH * 2 + 1);
const DEEP_INDENT = new RegExp(`(?:^|\\n)${DEEP_SPACES}`);

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
      // A quoted string is followed to the end of its line only: brackets on
      // the lines it goes on to count, so that no quote the check misreads can
      // hide the rest of the file from it. (Stricter, never blind.)
      quote = 0;
      if (depth === 0 && fromBracket && i > start) return { resume: i + 1 };
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
      const taken = quotedStep(text, i, quote);
      if (taken === QUOTE_ENDS) {
        quote = 0;
        last = c;
        gap = false;
        afterQuoted = true;
      } else i += taken - 1;
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
    else if (c === 35 && (i === 0 || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9 || text.charCodeAt(i - 1) === 10)) {
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
