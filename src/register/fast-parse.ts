/**
 * A fast reader for the plain data that registers are made of: block mappings
 * and sequences, plain, quoted and block scalars, one-line flow collections,
 * comments. It keeps the start offset of every node as it goes, so a position
 * costs a walk down the path, never a search of the tree.
 *
 * `yaml` stays the judge of what a file means: this reader only reads what it
 * is sure of and hands everything else over (returns undefined) — tags,
 * anchors, aliases, explicit or complex keys, directives, document markers,
 * duplicate keys, tabs, CR line breaks, multi-line quoted or flow scalars,
 * anything it finds odd. Its values and offsets are those `yaml` gives (YAML
 * 1.2 core schema), which test/register/fast-parse.test.ts checks on every
 * example, on generated registers and on the YAML test suite.
 */
import type { RegisterPath } from './parse.js';

/**
 * Where every node is, in flat arrays rather than an object per node (a
 * large register has hundreds of thousands). A node is referred to by a
 * number: a scalar by -(offset + 1), a collection by the index of its record
 * in `data`: [offset, count | flags, then per entry the key's offset and the
 * entry's node (maps), or the entry's node (sequences)]. Keys are not kept:
 * a look-up reads them again from the text at their offsets.
 */
class Offsets {
  data: Int32Array<ArrayBuffer>;
  length = 0;
  /** Entries of the collections being read, innermost last: pairs of (key offset, node). */
  stack: Int32Array<ArrayBuffer>;
  top = 0;
  /** The last look-up: its root, its path's segments and the node after each ([0] is the root), `walked` of them valid. */
  private walkRoot = Number.NaN;
  private readonly walkPath: (string | number)[] = [];
  private readonly walkRefs: number[] = [];
  private walked = 0;
  /** Name → entry, for wide mappings, built on their first look-up. */
  private readonly indexes = new Map<number, Map<string, number>>();

  /**
   * Sized for a text of `length` characters, generously: growing an array
   * costs a copy, and also the compiled code that counted on it staying put.
   */
  constructor(
    private readonly keys: KeyReader,
    length: number,
  ) {
    this.data = new Int32Array(Math.max(1 << 12, length >> 3));
    this.stack = new Int32Array(Math.max(1 << 10, length >> 8));
  }

  /** Adds an entry to the collection being read: its key's offset (-1 in a sequence) and its node. */
  push(keyAt: number, ref: number): void {
    if (this.top + 2 > this.stack.length) this.stack = grow(this.stack, this.top + 2);
    this.stack[this.top++] = keyAt;
    this.stack[this.top++] = ref;
  }

  /** Ends the collection whose entries start at `base` on the stack; returns its reference. */
  close(at: number, base: number, kind: number): number {
    const count = (this.top - base) >> 1;
    const id = this.length;
    const need = id + 2 + (kind === SEQ ? count : 2 * count);
    if (need > this.data.length) this.data = grow(this.data, need);
    const d = this.data;
    const stack = this.stack;
    d[id] = at;
    d[id + 1] = count | kind;
    // Loops, not set(subarray()): a view object per collection would cost more than the copy.
    if (kind === SEQ) for (let k = base + 1, j = id + 2; k < this.top; k += 2, j++) d[j] = stack[k] as number;
    else for (let k = base, j = id + 2; k < this.top; k++, j++) d[j] = stack[k] as number;
    this.top = base;
    this.length = need;
    return id;
  }

  /** Gives back the room the arrays grew into but did not use (up to half of `data`), and the stack. */
  trim(): void {
    this.data = this.data.slice(0, this.length);
    this.stack = new Int32Array(0);
  }

  offsetOf(root: number, path: RegisterPath, part: 'key' | 'value'): number {
    const d = this.data;
    // An audit asks in register order (every evidence item of a promise, then
    // the next promise): the walk resumes where the last one shares its path.
    let i = 0;
    if (this.walkRoot === root) {
      const shared = Math.min(this.walked, path.length - 1);
      while (i < shared && this.walkPath[i] === path[i]) i++;
    } else {
      this.walkRoot = root;
      this.walkRefs[0] = root;
    }
    let ref = this.walkRefs[i] as number;
    let offset = atOf(d, ref);
    for (; i < path.length; i++) {
      this.walked = i;
      if (ref < 0) return offset;
      const segment = path[i] as string | number;
      const head = d[ref + 1] as number;
      const count = head & COUNT;
      if (head & MAP) {
        const k = this.entry(ref, count, String(segment), (head & FLOW) !== 0);
        if (k === -1) return offset;
        if (i === path.length - 1 && part === 'key') return d[ref + 2 + 2 * k] as number;
        ref = d[ref + 3 + 2 * k] as number;
      } else {
        if (typeof segment !== 'number' || !Number.isInteger(segment) || segment < 0 || segment >= count) return offset;
        ref = d[ref + 2 + segment] as number;
      }
      this.walkPath[i] = segment;
      this.walkRefs[i + 1] = ref;
      offset = atOf(d, ref);
    }
    this.walked = path.length;
    return offset;
  }

  private entry(ref: number, count: number, name: string, flow: boolean): number {
    const d = this.data;
    if (count <= NARROW) {
      for (let k = 0; k < count; k++) if (this.keys.keyIs(d[ref + 2 + 2 * k] as number, name, flow)) return k;
      return -1;
    }
    let index = this.indexes.get(ref);
    if (!index) {
      index = new Map();
      for (let k = 0; k < count; k++) index.set(this.keys.keyText(d[ref + 2 + 2 * k] as number, flow), k);
      this.indexes.set(ref, index);
    }
    return index.get(name) ?? -1;
  }
}

/** Reads a key again where it was read once. */
interface KeyReader {
  keyIs(at: number, name: string, flow: boolean): boolean;
  keyText(at: number, flow: boolean): string;
}

// A collection's kind, in its record's count field.
const SEQ = 0;
const MAP = 0x40000000;
/** A flow mapping, whose plain keys end where flow scalars end. */
const FLOW = 0x20000000;
const COUNT = FLOW - 1;
/** Mappings this narrow are searched in order; wider ones get an index. */
const NARROW = 16;

const atOf = (d: Int32Array, ref: number): number => (ref < 0 ? -ref - 1 : (d[ref] as number));

function grow(a: Int32Array, need: number): Int32Array<ArrayBuffer> {
  let size = a.length * 2;
  while (size < need) size *= 2;
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

export interface FastParsed {
  value: Record<string, unknown>;
  offsetOf(path: RegisterPath, part?: 'key' | 'value'): number;
  /** Flow lists and mappings read: one opening bracket each. More brackets in the text means some stand in text. */
  flowCollections: number;
}

/** Thrown (internally) to hand the text over to `yaml`. */
class HandOver {}
const HAND_OVER = new HandOver();
function handOver(): never {
  throw HAND_OVER;
}

// Characters the reader refuses outright: tabs and CR (indentation and line
// breaks then work the way they do everywhere else), C0/C1 controls, and the
// Unicode line and paragraph separators and BOM, which YAML treats specially.
const REFUSED_CHARS = /[\t\r\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;

const NL = 10;
const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;

/** Longest implicit key YAML allows is 1024 characters; stay well under it. */
const MAX_KEY = 1000;

/**
 * Reads `text`, or returns undefined to hand it over to `yaml`. Lists and
 * mappings nested more than `maxDepth` levels deep (block and flow together)
 * are handed over too, so that whatever this reader accepts is within the
 * limit that parse.ts enforces before `yaml` reads a file.
 */
export function fastParse(text: string, maxDepth: number): FastParsed | undefined {
  if (REFUSED_CHARS.test(text)) return undefined;
  try {
    const reader = new Reader(text, maxDepth);
    const value = reader.document();
    const { offsets, where, flowCollections } = reader;
    offsets.trim();
    return { value, offsetOf: (path, part = 'value') => offsets.offsetOf(where, path, part), flowCollections };
  } catch (error) {
    if (error === HAND_OVER) return undefined;
    // Nested past the stack: `yaml` reads it, and says so.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

// The reader returns each node's value and leaves where it is in `where`,
// and a line's start and indentation in fields: a large register has
// hundreds of thousands of nodes and lines, and no result object is made
// for any of them.
//
// Text is searched with indexOf wherever it can be (a line's end, the next
// `: ` or ` #`): that runs many times faster than a loop over characters.
// Each search keeps its last answer, which also answers every question asked
// from between where that search started and what it found: the next value's
// search for `: ` finds the colon of the key on the line below, and so on.
class Reader implements KeyReader {
  /** Where reading goes on: always the start of a line (or the end of the text). */
  private next = 0;
  /** Where the node just read is (see Offsets). */
  where = 0;
  readonly offsets: Offsets;
  /** The items of the sequences being read, innermost last (each sequence is then copied out at its size). */
  private readonly items: unknown[] = [];
  private itemsTop = 0;
  /** Plain keys and values read so far, by their text (see Scalars). */
  private readonly keys = new Scalars(1 << 10, (s) => (typeof resolvePlain(s) === 'string' ? s : undefined));
  private readonly values = new Scalars(1 << 13, resolvePlain);
  /** The line found by contentLine(). */
  private lineStart = 0;
  private lineIndent = 0;
  /** What plainEnd() found besides the end. */
  private colon = false;
  private comment = false;
  /** Just after the `:` of the key read by key(). */
  private keyAfter = 0;
  // The searches' last answers: from `…From`, the first is at `…At` (or past the end).
  private nlFrom = -1;
  private nlAt = -1;
  private colonFrom = -1;
  private colonAt = -1;
  private hashFrom = -1;
  private hashAt = -1;
  /** The last line start whose indentation was measured, and its first character that is no space. */
  private indentFrom = -1;
  private indentAt = -1;

  /** Lists and mappings open around the one being read. */
  private depth = 0;
  /** Flow lists and mappings read so far. */
  flowCollections = 0;

  constructor(
    private readonly t: string,
    private readonly maxDepth: number,
  ) {
    this.offsets = new Offsets(this, t.length);
  }

  /** Opens a list or mapping (close() ends it): past the deepest allowed, hands over. */
  private open(): void {
    if (++this.depth > this.maxDepth) handOver();
  }

  /** Ends a list or mapping that started at `at`. */
  private close(at: number, base: number, kind: number): void {
    this.depth--;
    this.where = this.offsets.close(at, base, kind);
  }

  document(): Record<string, unknown> {
    let found = this.contentLine(0, true);
    if (found && this.lineIndent === 0 && isMarker(this.t, this.lineStart)) {
      if (!this.endsLine(this.lineStart + 3, true)) handOver();
      found = this.contentLine(this.lineAfter(this.lineStart), false);
    }
    if (!found) handOver();
    const at = this.lineStart + this.lineIndent;
    if (!this.isKeyLine(at)) handOver();
    const value = this.blockMap(at, this.lineIndent) as Record<string, unknown>;
    if (this.contentLine(this.next, false)) handOver();
    return value;
  }

  // --- lines ---------------------------------------------------------------

  /** Start of the line after the one holding `at`. */
  private lineAfter(at: number): number {
    const end = this.lineEnd(at);
    return end === this.t.length ? end : end + 1;
  }

  /** The line break that ends the line holding `at`, or the end of the text. */
  private lineEnd(at: number): number {
    if (at >= this.nlFrom && at <= this.nlAt) return this.nlAt;
    const nl = this.t.indexOf('\n', at);
    this.nlFrom = at;
    return (this.nlAt = nl === -1 ? this.t.length : nl);
  }

  /** The first `:` from `at` on that is followed by a space, a line break or the end; past the end if none. */
  private nextColon(at: number): number {
    if (at >= this.colonFrom && at <= this.colonAt) return this.colonAt;
    const t = this.t;
    // (do-while: one path for the first search and the next, so that code
    // compiled before the first `:` of a URL need not be thrown away there)
    let i = at - 1;
    let c: number;
    do {
      i = t.indexOf(':', i + 1);
      c = t.charCodeAt(i + 1);
    } while (i !== -1 && i + 1 < t.length && c !== SPACE && c !== NL);
    this.colonFrom = at;
    return (this.colonAt = i === -1 ? t.length + 1 : i);
  }

  /** The first `#` after a space that is at `at` or later; past the end if none. */
  private nextHash(at: number): number {
    if (at >= this.hashFrom && at < this.hashAt) return this.hashAt;
    // indexOf(' #') would stop at every space: look for the rare `#` instead, then at what is before it.
    const t = this.t;
    let i = at;
    do i = t.indexOf('#', i + 1);
    while (i !== -1 && t.charCodeAt(i - 1) !== SPACE);
    this.hashFrom = at;
    return (this.hashAt = i === -1 ? t.length + 2 : i);
  }

  /** The first character that is no space on the line starting at `start` (measured once for the lines looked at twice). */
  private indentEnd(start: number): number {
    if (start === this.indentFrom) return this.indentAt;
    const t = this.t;
    let i = start;
    while (t.charCodeAt(i) === SPACE) i++;
    this.indentFrom = start;
    return (this.indentAt = i);
  }

  /** Whether only spaces (and, if allowed, a comment) follow `at` on its line. */
  private endsLine(at: number, commentAllowed: boolean): boolean {
    const t = this.t;
    let i = at;
    while (t.charCodeAt(i) === SPACE) i++;
    if (i >= t.length || t.charCodeAt(i) === NL) return true;
    return commentAllowed && t.charCodeAt(i) === HASH && (i === at ? i === 0 || isBlank(t.charCodeAt(i - 1)) : true);
  }

  /**
   * The next line from `from` (a line start) that is neither blank nor only a
   * comment. Document markers and directives are handed over.
   */
  private contentLine(from: number, first: boolean): boolean {
    const t = this.t;
    let start = from;
    while (start < t.length) {
      const i = this.indentEnd(start);
      if (i >= t.length) return false;
      const c = t.charCodeAt(i);
      if (c === NL || c === HASH) {
        start = this.lineAfter(i);
        continue;
      }
      if (i === start) {
        if (c === 0x25 /* % */) handOver();
        if ((c === DASH || c === 0x2e) && isMarker(t, i) && !(first && c === DASH)) handOver();
      }
      this.lineStart = start;
      this.lineIndent = i - start;
      return true;
    }
    return false;
  }

  /** `-` followed by a space, a line break or the end: a block sequence entry. */
  private isSeqEntry(at: number): boolean {
    const t = this.t;
    if (t.charCodeAt(at) !== DASH) return false;
    const c = t.charCodeAt(at + 1);
    return at + 1 >= t.length || c === SPACE || c === NL;
  }

  // --- keys ----------------------------------------------------------------

  /** Whether an implicit key (plain or quoted, then `:`) starts at `at`. */
  private isKeyLine(at: number): boolean {
    const t = this.t;
    const c = t.charCodeAt(at);
    if (c === 0x22 || c === 0x27) {
      const end = this.quotedEnd(at);
      if (end === -1) return false;
      let i = end;
      while (t.charCodeAt(i) === SPACE) i++;
      return t.charCodeAt(i) === COLON && isBreakOrSpace(t, i + 1);
    }
    if (!isPlainStart(t, at)) return false;
    this.plainEnd(at, false);
    return this.colon;
  }

  /** Reads the key at `at`; returns it, and leaves the offset just after its `:` in keyAfter. */
  private key(at: number): string {
    const t = this.t;
    const c = t.charCodeAt(at);
    let key: string;
    let i: number;
    if (c === 0x22 || c === 0x27) {
      const end = this.quotedEnd(at);
      if (end === -1) handOver();
      key = this.quoted(at, end);
      i = end;
      while (t.charCodeAt(i) === SPACE) i++;
    } else {
      if (!isPlainStart(t, at)) handOver();
      const end = this.plainEnd(at, false);
      if (!this.colon) handOver();
      const k = this.keys.get(t, at, end);
      if (typeof k !== 'string') handOver();
      key = k;
      i = end;
      while (t.charCodeAt(i) === SPACE) i++;
    }
    if (t.charCodeAt(i) !== COLON || !isBreakOrSpace(t, i + 1)) handOver();
    if (i - at > MAX_KEY || key === '__proto__' || key === '<<') handOver();
    this.keyAfter = i + 1;
    return key;
  }

  // --- block collections ---------------------------------------------------

  /** A block mapping whose first key is at `at`, its keys indented by `indent`. */
  private blockMap(at: number, indent: number): unknown {
    const t = this.t;
    const value: Record<string, unknown> = {};
    const offsets = this.offsets;
    const base = offsets.top;
    this.open();
    let keyAt = at;
    for (;;) {
      const key = this.key(keyAt); // hands over when there is no key here
      if (Object.prototype.hasOwnProperty.call(value, key)) handOver();
      let p = this.keyAfter;
      while (t.charCodeAt(p) === SPACE) p++;
      value[key] = this.value(p, indent, true);
      offsets.push(keyAt, this.where);
      if (!this.contentLine(this.next, false) || this.lineIndent < indent) break;
      if (this.lineIndent > indent) handOver();
      keyAt = this.lineStart + indent;
    }
    this.close(at, base, MAP);
    return value;
  }

  /** A block sequence whose first `-` is at `at`, in column `indent`. */
  private blockSeq(at: number, indent: number): unknown {
    const offsets = this.offsets;
    const base = offsets.top;
    const first = this.itemsTop;
    this.open();
    let dash = at;
    for (;;) {
      let p = dash + 1;
      while (this.t.charCodeAt(p) === SPACE) p++;
      const lineStart = dash - indent;
      const item = this.isKeyLine(p) ? this.blockMap(p, p - lineStart) : this.value(p, indent, false);
      this.items[this.itemsTop++] = item;
      offsets.push(-1, this.where);
      if (!this.contentLine(this.next, false) || this.lineIndent < indent) break;
      if (this.lineIndent > indent) handOver();
      dash = this.lineStart + indent;
      if (!this.isSeqEntry(dash)) break;
    }
    this.close(at, base, SEQ);
    return this.takeItems(first);
  }

  /** The items from `first` up, as an array of their number (an array grown by push keeps room to spare). */
  private takeItems(first: number): unknown[] {
    const value = this.items.slice(first, this.itemsTop);
    this.itemsTop = first;
    return value;
  }

  /**
   * The value that starts at `p` (after `key: ` or `- ` and any spaces), in a
   * collection indented by `parent`. Leaves `next` at the line after it.
   */
  private value(p: number, parent: number, inMap: boolean): unknown {
    const t = this.t;
    const c = t.charCodeAt(p);
    if (p >= t.length || c === NL || c === HASH) {
      // Nothing on this line: the value is below it, or null here.
      if (this.contentLine(this.lineAfter(p), false)) {
        const at = this.lineStart + this.lineIndent;
        if (this.lineIndent > parent) {
          // A node on a line of its own.
          if (this.isSeqEntry(at)) return this.blockSeq(at, this.lineIndent);
          if (this.isKeyLine(at)) return this.blockMap(at, this.lineIndent);
          return this.inline(at, parent);
        }
        if (inMap && this.lineIndent === parent && this.isSeqEntry(at)) return this.blockSeq(at, parent);
      }
      this.next = this.lineAfter(p);
      this.where = -p - 1;
      return null;
    }
    return this.inline(p, parent);
  }

  /** A scalar or flow collection starting at `p` on a line of content. */
  private inline(p: number, parent: number): unknown {
    const t = this.t;
    const c = t.charCodeAt(p);
    if (c === 0x22 || c === 0x27) {
      const end = this.quotedEnd(p);
      if (end === -1 || !this.endsLine(end, true)) handOver();
      this.next = this.lineAfter(end);
      this.where = -p - 1;
      return this.quoted(p, end);
    }
    if (c === 0x7c || c === 0x3e) return this.blockScalar(p, parent);
    if (c === 0x5b || c === 0x7b) return this.flow(p);
    if (!isPlainStart(t, p)) handOver();
    return this.plain(p, parent);
  }

  // --- scalars -------------------------------------------------------------

  /**
   * Where a plain scalar starting at `at` ends on its line (trailing spaces
   * excluded), and whether it ends at a `:` that makes it a key or at a
   * comment. In flow context it also ends at `,`, `[`, `]`, `{` and `}`.
   */
  private plainEnd(at: number, flow: boolean): number {
    if (flow) return this.flowPlainEnd(at);
    const t = this.t;
    const lineEnd = this.lineEnd(at);
    const colon = this.nextColon(at);
    const hash = this.nextHash(at);
    this.colon = colon < lineEnd && colon < hash;
    this.comment = hash < lineEnd && hash < colon;
    let end = this.colon ? colon : this.comment ? hash : lineEnd;
    while (end > at && t.charCodeAt(end - 1) === SPACE) end--;
    return end;
  }

  /** plainEnd() in flow context, character by character (flow collections are short). */
  private flowPlainEnd(at: number): number {
    const t = this.t;
    const length = t.length;
    let i = at;
    let end = at;
    this.colon = false;
    this.comment = false;
    while (i < length) {
      const c = t.charCodeAt(i);
      if (c === NL) break;
      if (c === SPACE) {
        i++;
        continue;
      }
      if (c === HASH && i > at && t.charCodeAt(i - 1) === SPACE) {
        this.comment = true;
        break;
      }
      if (c === COLON) {
        const d = t.charCodeAt(i + 1);
        if (i + 1 >= length || d === SPACE || d === NL || isFlowIndicator(d)) {
          this.colon = true;
          break;
        }
      }
      if (isFlowIndicator(c)) break;
      i++;
      end = i;
    }
    return end;
  }

  /** A plain scalar at `p`, perhaps folded over more-indented lines below it. */
  private plain(p: number, parent: number): unknown {
    const t = this.t;
    const firstEnd = this.plainEnd(p, false);
    if (this.colon) handOver();
    // Only a scalar folded over several lines is put together.
    let text: string | undefined;
    let after = this.lineAfter(firstEnd);
    if (!this.comment) {
      // Continuation lines: more indented than the parent, folded with a
      // space, or with one line break per empty line between them.
      let breaks = 0;
      let at = after;
      while (at < t.length) {
        const i = this.indentEnd(at);
        const c = t.charCodeAt(i);
        if (i >= t.length) break;
        if (c === NL) {
          breaks++;
          at = i + 1;
          continue;
        }
        if (i - at <= parent || c === HASH) break;
        if (!isPlainStart(t, i) || c === DASH || c === 0x3f || c === COLON) handOver();
        const end = this.plainEnd(i, false);
        if (this.colon || this.comment) handOver();
        text = (text ?? t.slice(p, firstEnd)) + (breaks === 0 ? ' ' : '\n'.repeat(breaks)) + t.slice(i, end);
        breaks = 0;
        at = this.lineAfter(end);
        after = at;
      }
    }
    this.next = after;
    this.where = -p - 1;
    return text === undefined ? this.values.get(t, p, firstEnd) : resolvePlain(text);
  }

  /** Offset just after the closing quote of the one-line quoted scalar at `at`, or -1. */
  private quotedEnd(at: number): number {
    const t = this.t;
    const q = t.charCodeAt(at);
    for (let i = at + 1; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === NL) return -1;
      if (q === 0x27 && c === 0x27) {
        if (t.charCodeAt(i + 1) === 0x27) {
          i++;
          continue;
        }
        return i + 1;
      }
      if (q === 0x22) {
        if (c === 0x5c) {
          i++;
          if (t.charCodeAt(i) === NL) return -1;
          continue;
        }
        if (c === 0x22) return i + 1;
      }
    }
    return -1;
  }

  /** The value of the quoted scalar from `at` to `end` (after the closing quote). */
  private quoted(at: number, end: number): string {
    const t = this.t;
    const body = t.slice(at + 1, end - 1);
    if (t.charCodeAt(at) === 0x27) return body.includes("''") ? body.replaceAll("''", "'") : body;
    if (!body.includes('\\')) return body;
    let out = '';
    for (let i = 0; i < body.length; i++) {
      const c = body[i] as string;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = body[++i] as string;
      const simple = ESCAPES[e];
      if (simple !== undefined) {
        out += simple;
        continue;
      }
      const length = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
      const hex = body.slice(i + 1, i + 1 + length);
      if (length === 0 || hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) handOver();
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) handOver();
      out += String.fromCodePoint(code);
      i += length;
    }
    return out;
  }

  /** `|` or `>` with an optional `-`, content more indented than `parent`. */
  private blockScalar(p: number, parent: number): unknown {
    const t = this.t;
    const folded = t.charCodeAt(p) === 0x3e;
    let h = p + 1;
    let chomp: 'clip' | 'strip' = 'clip';
    if (t.charCodeAt(h) === DASH) {
      chomp = 'strip';
      h++;
    } else if (t.charCodeAt(h) === 0x2b /* + */) handOver();
    const hc = t.charCodeAt(h);
    if (h < t.length && hc !== SPACE && hc !== NL) handOver(); // an indentation indicator, or junk
    if (!this.endsLine(h, true)) handOver();
    let at = this.lineAfter(h);
    const lines: string[] = [];
    let indent = -1;
    let end = at;
    while (at < t.length) {
      const i = this.indentEnd(at);
      const blank = i >= t.length || t.charCodeAt(i) === NL;
      if (blank) {
        // Leading blank lines, and blank lines holding spaces past the
        // content's indentation, have rules of their own: hand them over.
        if (indent === -1 || i - at > indent) handOver();
        lines.push('');
        at = i >= t.length ? t.length : i + 1;
        continue;
      }
      if (indent === -1) {
        if (i - at <= parent) handOver(); // empty content
        indent = i - at;
      }
      if (i - at < indent) break;
      if (folded && i - at > indent) handOver(); // more-indented lines keep their breaks
      const nl = t.indexOf('\n', i);
      const lineEnd = nl === -1 ? t.length : nl;
      lines.push(t.slice(at + indent, lineEnd));
      at = nl === -1 ? t.length : nl + 1;
      end = at;
    }
    if (indent === -1) handOver();
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    let body: string;
    if (folded) {
      body = '';
      let empty = 0;
      for (let k = 0; k < lines.length; k++) {
        const line = lines[k] as string;
        if (line === '') {
          empty++;
          continue;
        }
        body += k === 0 ? line : (empty > 0 ? '\n'.repeat(empty) : ' ') + line;
        empty = 0;
      }
    } else {
      body = lines.join('\n');
    }
    this.next = end;
    this.where = -p - 1;
    return chomp === 'strip' ? body : `${body}\n`;
  }

  // --- flow collections ----------------------------------------------------

  /** `[a, "b"]`, `{k: v}`, `[]`, `{}`, nested or not, all on one line. */
  private flow(p: number): unknown {
    const value = this.flowCollection(p);
    if (!this.endsLine(this.flowEnd, true)) handOver();
    this.next = this.lineAfter(this.flowEnd);
    return value;
  }

  /** Just after the flow node read last. */
  private flowEnd = 0;

  // Sequences and mappings in functions of their own: each is compiled when
  // it gets hot, and a register's first flow sequence, often well after its
  // first flow mapping, does not throw away the code made for mappings.
  private flowCollection(p: number): unknown {
    return this.t.charCodeAt(p) === 0x5b ? this.flowSeq(p) : this.flowMap(p);
  }

  /** `[a, "b", [c]]`. */
  private flowSeq(p: number): unknown[] {
    const t = this.t;
    const first = this.itemsTop;
    const offsets = this.offsets;
    const base = offsets.top;
    this.open();
    this.flowCollections++;
    let i = p + 1;
    while (t.charCodeAt(i) === SPACE) i++;
    if (t.charCodeAt(i) === 0x5d) {
      i++;
    } else {
      for (;;) {
        const item = this.flowNode(i);
        this.items[this.itemsTop++] = item;
        offsets.push(-1, this.where);
        i = this.flowEnd;
        while (t.charCodeAt(i) === SPACE) i++;
        const c = t.charCodeAt(i);
        if (c === 0x5d) {
          i++;
          break;
        }
        if (c === COLON) handOver(); // a single-pair mapping
        i = this.flowComma(i, 0x5d);
      }
    }
    this.flowEnd = i;
    this.close(p, base, SEQ);
    return this.takeItems(first);
  }

  /** `{k: v, "l": [m]}`. */
  private flowMap(p: number): Record<string, unknown> {
    const t = this.t;
    const value: Record<string, unknown> = {};
    const offsets = this.offsets;
    const base = offsets.top;
    this.open();
    this.flowCollections++;
    let i = p + 1;
    while (t.charCodeAt(i) === SPACE) i++;
    if (t.charCodeAt(i) === 0x7d) {
      i++;
    } else {
      for (;;) {
        const start = i;
        const key = this.flowNode(i);
        if (typeof key !== 'string' || this.where >= 0 || key === '__proto__' || key === '<<' || Object.prototype.hasOwnProperty.call(value, key)) handOver();
        i = this.flowEnd;
        while (t.charCodeAt(i) === SPACE) i++;
        if (t.charCodeAt(i) !== COLON || t.charCodeAt(i + 1) !== SPACE) handOver();
        i++;
        while (t.charCodeAt(i) === SPACE) i++;
        value[key] = this.flowNode(i);
        offsets.push(start, this.where);
        i = this.flowEnd;
        while (t.charCodeAt(i) === SPACE) i++;
        if (t.charCodeAt(i) === 0x7d) {
          i++;
          break;
        }
        i = this.flowComma(i, 0x7d);
      }
    }
    this.flowEnd = i;
    this.close(p, base, MAP | FLOW);
    return value;
  }

  /** The `,` between two entries at `i`: where the next entry starts. */
  private flowComma(i: number, close: number): number {
    const t = this.t;
    if (t.charCodeAt(i) !== 0x2c) handOver();
    i++;
    while (t.charCodeAt(i) === SPACE) i++;
    if (t.charCodeAt(i) === close) handOver(); // a trailing comma
    return i;
  }

  /** A flow collection, or a quoted or plain scalar, inside a flow collection. */
  private flowNode(at: number): unknown {
    const t = this.t;
    const c = t.charCodeAt(at);
    if (c === 0x5b) return this.flowSeq(at);
    if (c === 0x7b) return this.flowMap(at);
    this.where = -at - 1;
    if (c === 0x22 || c === 0x27) {
      const end = this.quotedEnd(at);
      if (end === -1) handOver();
      this.flowEnd = end;
      return this.quoted(at, end);
    }
    if (!isPlainStart(t, at) || c === DASH) {
      // `-x` is a fine plain scalar, but `- x` is not: keep it simple.
      if (c !== DASH || isBreakOrSpace(t, at + 1) || isFlowIndicator(t.charCodeAt(at + 1))) handOver();
    }
    const end = this.plainEnd(at, true);
    // Ends before a flow indicator or `: `, on this line.
    if (this.comment || end === at || end >= t.length || t.charCodeAt(end) === NL) handOver();
    this.flowEnd = end;
    return this.values.get(t, at, end);
  }

  // --- keys again, for positions --------------------------------------------

  keyText(at: number, flow: boolean): string {
    const c = this.t.charCodeAt(at);
    if (c === 0x22 || c === 0x27) return this.quoted(at, this.quotedEnd(at));
    return this.t.slice(at, this.plainEnd(at, flow));
  }

  keyIs(at: number, name: string, flow: boolean): boolean {
    const t = this.t;
    const c = t.charCodeAt(at);
    if (c === 0x22 || c === 0x27) return this.keyText(at, flow) === name;
    // Most keys differ in their first character; the rest are read to their end.
    return c === name.charCodeAt(0) && t.startsWith(name, at) && this.plainEnd(at, flow) === at + name.length;
  }
}

/**
 * The values of short plain scalars, remembered by their text: a register
 * says `kind: metric`, `owner: team-042` and `verified: 2026-08-18` tens of
 * thousands of times over, and a value found here is neither cut out of the
 * text again (a string the collector then copies and keeps) nor resolved
 * again. A table with one place per hash of a few characters, not a Map, so
 * that a look-up makes no string: the text is compared where it stands.
 */
class Scalars {
  /** Where in the text each remembered scalar stands (-1: none yet), and how long it is. */
  private readonly starts: Int32Array;
  private readonly lengths: Int32Array;
  private readonly resolved: unknown[];
  private readonly mask: number;

  constructor(
    size: number,
    private readonly resolve: (text: string) => unknown,
  ) {
    this.starts = new Int32Array(size).fill(-1);
    this.lengths = new Int32Array(size);
    this.resolved = new Array<unknown>(size).fill(undefined);
    this.mask = size - 1;
  }

  /** The value of the plain scalar t[at, end); `t` is always the one text being read. */
  get(t: string, at: number, end: number): unknown {
    const n = end - at;
    if (n > SHORT) return this.resolve(t.slice(at, end));
    // The characters that tell ids, dates and numbers apart: the first, the middle and the last few.
    let h = n;
    h = (h * 31 + t.charCodeAt(at)) | 0;
    h = (h * 31 + t.charCodeAt(at + (n >> 1))) | 0;
    h = (h * 31 + t.charCodeAt(end - 1)) | 0;
    h = (h * 31 + t.charCodeAt(end - 2)) | 0;
    h = (h * 31 + t.charCodeAt(end - 3)) | 0;
    h = (h * 31 + t.charCodeAt(end - 5)) & this.mask;
    const from = this.starts[h] as number;
    if (from >= 0 && this.lengths[h] === n) {
      // Compared where both stand in the text: no string is made or looked up.
      let k = 0;
      while (k < n && t.charCodeAt(from + k) === t.charCodeAt(at + k)) k++;
      if (k === n) return this.resolved[h];
    }
    const value = this.resolve(t.slice(at, end));
    this.starts[h] = at;
    this.lengths[h] = n;
    this.resolved[h] = value;
    return value;
  }
}

/** Scalars up to this long are remembered; longer ones are mostly unique (statements, ids). */
const SHORT = 12;


/** `---` or `...` followed by a space, a line break or the end. */
function isMarker(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  return t.charCodeAt(i + 1) === c && t.charCodeAt(i + 2) === c && isBreakOrSpace(t, i + 3);
}

function isBlank(c: number): boolean {
  return c === SPACE || c === NL;
}

function isBreakOrSpace(t: string, i: number): boolean {
  if (i >= t.length) return true;
  const c = t.charCodeAt(i);
  return c === SPACE || c === NL;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isFlowIndicator(c: number): boolean {
  return c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
}

/**
 * Whether a plain scalar may start at `at`: not with an indicator, except
 * `-` followed by something other than a space (as in `-5`).
 */
function isPlainStart(t: string, at: number): boolean {
  if (at >= t.length) return false;
  const c = t.charCodeAt(at);
  switch (c) {
    case DASH:
      return !isBreakOrSpace(t, at + 1);
    case 0x3f: // ?
    case COLON:
    case 0x2c: // ,
    case 0x5b: // [
    case 0x5d: // ]
    case 0x7b: // {
    case 0x7d: // }
    case HASH:
    case 0x26: // &
    case 0x2a: // *
    case 0x21: // !
    case 0x7c: // |
    case 0x3e: // >
    case 0x27: // '
    case 0x22: // "
    case 0x25: // %
    case 0x40: // @
    case 0x60: // `
    case SPACE:
    case NL:
      return false;
    default:
      return true;
  }
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

// The YAML 1.2 core schema, as `yaml` resolves plain scalars (same tests,
// same order, same conversions: parseInt keeps `-0`).
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

export function resolvePlain(s: string): unknown {
  const length = s.length;
  if (length === 0) return null;
  const c = s.charCodeAt(0);
  // Most scalars are words, told apart by their first character and length
  // without a regular expression (`null` is 4 long, `true` 4, `false` 5).
  switch (c) {
    case 0x7e: // ~
      return length === 1 ? null : s;
    case 0x6e: // n
    case 0x4e: // N
      return length === 4 && NULL.test(s) ? null : s;
    case 0x74: // t
    case 0x54: // T
      return length === 4 && BOOL.test(s) ? true : s;
    case 0x66: // f
    case 0x46: // F
      return length === 5 && BOOL.test(s) ? false : s;
    case 0x2e: // .
    case 0x2b: // +
    case DASH:
      break;
    default: {
      if (c < 0x30 || c > 0x39) return s;
      // A date (2026-11-24) is the commonest scalar that starts with a digit and is no number.
      if (length === 10 && s.charCodeAt(4) === DASH && s.charCodeAt(7) === DASH) return s;
      // Then plain decimals, 12 and 12.5, which the expressions below would call INT and FLOAT.
      let i = 1;
      while (i < length && isDigit(s.charCodeAt(i))) i++;
      if (i === length) return parseInt(s, 10);
      if (s.charCodeAt(i) === 0x2e) {
        i++;
        while (i < length && isDigit(s.charCodeAt(i))) i++;
        if (i === length) return parseFloat(s);
      }
    }
  }
  if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(s)) return parseFloat(s);
  if (FLOAT.test(s)) return parseFloat(s);
  return s;
}
