/**
 * Aho–Corasick over case-folded UTF-16 code units: every key is found in one
 * pass over the text, however many keys there are. Keys are written folded,
 * with single spaces between words; the text is folded and its runs of white
 * space collapsed to one space on the fly, so a key matches across line breaks
 * and repeated spaces. Masked markup (SKIP) is stepped over; a block boundary
 * (BREAK) starts afresh.
 *
 * All of that is in the transition table, so the inner loop is two table
 * reads per character and no branch but "did a key end here": every code
 * unit maps to a symbol (a character of some key, white space, SKIP, or
 * "anything else", which leads back to the root); SKIP loops on every state,
 * and white space loops on the states that a space led to. Where a key
 * starts is worked out backwards only when it ends, which is rare.
 *
 * The alphabet is only the code units that occur in keys, so a dense table
 * stays small: states × alphabet. A register with an alphabet too large for
 * that (thousands of CJK characters) falls back to sparse transitions with
 * failure links.
 */
import { foldTable, INVISIBLE, kindTable, SPACE, BOUNDARY } from './chars.js';

/** Called for every key occurrence: its index, and where it starts and ends (exclusive) in the units. */
export type OnMatch = (key: number, start: number, end: number) => void;

/** Anything in no key, and BREAK: back to the root. */
const SYM_OTHER = 0;
const SYM_SPACE = 1;
const SYM_SKIP = 2;
const FIRST_KEY_SYMBOL = 3;
/** Dense tables up to 16 Mi entries (64 MiB); beyond that, sparse. */
const DENSE_LIMIT = 1 << 24;

export class Matcher {
  /** Code unit → symbol. */
  private readonly classOf: Uint16Array;
  private readonly alpha: number;
  private readonly delta: Int32Array | null;
  private readonly goto: Map<number, number>[];
  private readonly fail: Int32Array;
  /** States a space led to: white space loops on them. */
  private readonly afterSpace: Uint8Array;
  /** The key that ends at a state, or -1. */
  private readonly match: Int32Array;
  /** The nearest state along the failure links where a key ends, or -1. */
  private readonly dict: Int32Array;
  private readonly hasOut: Uint8Array;
  private readonly keys: readonly string[];

  /** `denseLimit` is for tests: 0 forces the sparse transitions. */
  constructor(keys: readonly string[], options: { denseLimit?: number } = {}) {
    const fold = foldTable();
    const kinds = kindTable();
    this.keys = keys;
    const symOf = new Map<number, number>([[0x20, SYM_SPACE]]);
    const goto: Map<number, number>[] = [new Map()];
    const ends: number[] = [-1];
    const viaSpace: number[] = [0];
    keys.forEach((key, k) => {
      let node = 0;
      for (let i = 0; i < key.length; i++) {
        const unit = key.charCodeAt(i);
        let sym = symOf.get(unit);
        if (sym === undefined) {
          sym = FIRST_KEY_SYMBOL + symOf.size - 1;
          symOf.set(unit, sym);
        }
        let next = goto[node]!.get(sym);
        if (next === undefined) {
          next = goto.length;
          goto.push(new Map());
          ends.push(-1);
          viaSpace.push(sym === SYM_SPACE ? 1 : 0);
          goto[node]!.set(sym, next);
        }
        node = next;
      }
      if (ends[node] === -1) ends[node] = k;
    });

    const alpha = FIRST_KEY_SYMBOL + symOf.size - 1;
    this.alpha = alpha;
    const classOf = new Uint16Array(0x10000);
    for (let c = 0; c < 0x10000; c++) {
      const kind = kinds[c];
      if (kind === INVISIBLE) classOf[c] = SYM_SKIP;
      else if (kind === BOUNDARY) classOf[c] = SYM_OTHER;
      else if (kind === SPACE) classOf[c] = SYM_SPACE;
      else classOf[c] = symOf.get(fold[c]!) ?? SYM_OTHER;
    }
    this.classOf = classOf;

    const states = goto.length;
    const fail = new Int32Array(states);
    const match = Int32Array.from(ends);
    const dict = new Int32Array(states).fill(-1);
    const order: number[] = [0];
    for (let head = 0; head < order.length; head++) {
      const node = order[head]!;
      for (const [sym, child] of goto[node]!) {
        let f = node === 0 ? -1 : fail[node]!;
        let target = 0;
        while (f >= 0) {
          const next = goto[f]!.get(sym);
          if (next !== undefined) {
            target = next;
            break;
          }
          f = f === 0 ? -1 : fail[f]!;
        }
        fail[child] = target;
        dict[child] = match[target]! >= 0 ? target : dict[target]!;
        order.push(child);
      }
    }
    const hasOut = new Uint8Array(states);
    for (let s = 0; s < states; s++) hasOut[s] = match[s]! >= 0 || dict[s]! >= 0 ? 1 : 0;
    const afterSpace = Uint8Array.from(viaSpace);

    let delta: Int32Array | null = null;
    if (states * alpha <= (options.denseLimit ?? DENSE_LIMIT)) {
      delta = new Int32Array(states * alpha);
      for (const s of order) {
        const row = s * alpha;
        const failRow = fail[s]! * alpha;
        const edges = goto[s]!;
        for (let sym = SYM_SPACE; sym < alpha; sym++) delta[row + sym] = edges.get(sym) ?? (s === 0 ? 0 : delta[failRow + sym]!);
        // The loops go in after the row is filled from its failure row. They
        // never leak into a deeper row: a state that no space led to has a
        // failure state that no space led to either (same last character).
        delta[row + SYM_SKIP] = s;
        if (afterSpace[s] === 1) delta[row + SYM_SPACE] = s;
      }
    }
    this.delta = delta;
    this.goto = delta ? [] : goto;
    this.fail = fail;
    this.afterSpace = afterSpace;
    this.match = match;
    this.dict = dict;
    this.hasOut = hasOut;
  }

  /** Finds every key in `units[from, to)`. */
  run(units: Uint16Array, from: number, to: number, onMatch: OnMatch): void {
    const { classOf, alpha, delta, hasOut } = this;
    let state = 0;
    if (delta !== null) {
      for (let i = from; i < to; i++) {
        state = delta[state * alpha + classOf[units[i]!]!]!;
        if (hasOut[state] === 1) this.emit(state, units, from, i, onMatch);
      }
    } else {
      for (let i = from; i < to; i++) {
        state = this.step(state, classOf[units[i]!]!);
        if (hasOut[state] === 1) this.emit(state, units, from, i, onMatch);
      }
    }
  }

  /** Reports the keys that end at `units[i]`. */
  private emit(state: number, units: Uint16Array, from: number, i: number, onMatch: OnMatch): void {
    // A SKIP after a match loops on the matching state: the match was reported at its last character.
    if (this.classOf[units[i]!] === SYM_SKIP) return;
    let s = this.match[state]! >= 0 ? state : this.dict[state]!;
    while (s >= 0) {
      const key = this.match[s]!;
      onMatch(key, this.startOf(this.keys[key]!, units, from, i), i + 1);
      s = this.dict[s]!;
    }
  }

  /** Where the key that ends at `units[end]` starts: its characters read backwards, as the automaton read them forwards. */
  private startOf(key: string, units: Uint16Array, from: number, end: number): number {
    const classOf = this.classOf;
    let j = end;
    for (let k = key.length - 1; k >= 0; k--) {
      if (key.charCodeAt(k) === 0x20) {
        while (j >= from && (classOf[units[j]!] === SYM_SPACE || classOf[units[j]!] === SYM_SKIP)) j--;
      } else {
        while (j >= from && classOf[units[j]!] === SYM_SKIP) j--;
        j--;
      }
    }
    return j + 1;
  }

  private step(state: number, sym: number): number {
    if (sym === SYM_SKIP) return state;
    if (sym === SYM_OTHER) return 0;
    if (sym === SYM_SPACE && this.afterSpace[state] === 1) return state;
    for (let s = state; ; s = this.fail[s]!) {
      const next = this.goto[s]!.get(sym);
      if (next !== undefined) return next;
      if (s === 0) return 0;
    }
  }
}
