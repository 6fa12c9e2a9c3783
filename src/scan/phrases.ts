/**
 * Phrases → patterns: every promise's `claims` and the built-in generic claims
 * compiled into one multi-pattern matcher.
 *
 * A phrase is words separated by white space; a word may end in `*` to match
 * any ending ("kuvien lajittelu*" matches "kuvien lajittelussa"). Words are
 * case-folded. The matcher searches for each pattern's key — its words up to
 * and including the first `*` word — and `verify` in scan.ts checks the rest
 * (word boundaries, any further words), so a phrase with stems in the middle
 * still costs one pass over the text.
 */
import { foldTable, INVISIBLE, kindTable, SPACE, BOUNDARY, WORD } from './chars.js';
import type { AnnexPoint, ClaimLanguage, GenericClaim } from './generic-claims.js';
import { GENERIC_CLAIMS } from './generic-claims.js';
import { Matcher } from './matcher.js';

export type PatternSource =
  | { kind: 'claim'; promise: string; phrase: string }
  | { kind: 'generic'; phrase: string; point: AnnexPoint; lang: ClaimLanguage };

export interface PatternWord {
  /** Folded text, without the `*`. */
  text: string;
  /** Ended in `*`: any ending matches. */
  stem: boolean;
  /** Starts with a letter or digit, so the text before it must not. */
  wordStart: boolean;
  /** Ends with a letter or digit, so the text after it must not (unless a stem). */
  wordEnd: boolean;
}

export interface Pattern {
  source: PatternSource;
  words: PatternWord[];
  /** How many leading words the matcher's key covers. */
  keyWords: number;
}

export interface PatternSet {
  patterns: Pattern[];
  matcher: Matcher;
  /** Key index → the patterns sharing that key. */
  keyPatterns: number[][];
}

export interface PromiseClaims {
  promise: string;
  claims: readonly string[];
}

/** Splits and folds a phrase; null when nothing is left to search for. */
export function parsePhrase(phrase: string): PatternWord[] | null {
  const fold = foldTable();
  const kinds = kindTable();
  const words: PatternWord[] = [];
  let current = '';
  const flush = () => {
    let text = current;
    current = '';
    let stem = false;
    while (text.endsWith('*')) {
      text = text.slice(0, -1);
      stem = true;
    }
    if (text === '') return;
    words.push({
      text,
      stem,
      wordStart: kinds[text.charCodeAt(0)] === WORD,
      wordEnd: kinds[text.charCodeAt(text.length - 1)] === WORD,
    });
  };
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i);
    const kind = kinds[c];
    if (kind === SPACE || kind === BOUNDARY) flush();
    else if (kind !== INVISIBLE) current += String.fromCharCode(fold[c]!);
  }
  flush();
  return words.length > 0 ? words : null;
}

export function compilePatterns(claims: readonly PromiseClaims[], generic: readonly GenericClaim[] = GENERIC_CLAIMS): PatternSet {
  const patterns: Pattern[] = [];
  const keys: string[] = [];
  const keyIndex = new Map<string, number>();
  const keyPatterns: number[][] = [];
  const add = (source: PatternSource) => {
    const words = parsePhrase(source.phrase);
    if (!words) return;
    const firstStem = words.findIndex((w) => w.stem);
    const keyWords = firstStem < 0 ? words.length : firstStem + 1;
    const key = words
      .slice(0, keyWords)
      .map((w) => w.text)
      .join(' ');
    let k = keyIndex.get(key);
    if (k === undefined) {
      k = keys.length;
      keys.push(key);
      keyIndex.set(key, k);
      keyPatterns.push([]);
    }
    keyPatterns[k]!.push(patterns.length);
    patterns.push({ source, words, keyWords });
  };
  for (const c of claims) for (const phrase of new Set(c.claims)) add({ kind: 'claim', promise: c.promise, phrase });
  for (const g of generic) add({ kind: 'generic', phrase: g.phrase, point: g.point, lang: g.lang });
  return { patterns, matcher: new Matcher(keys), keyPatterns };
}
