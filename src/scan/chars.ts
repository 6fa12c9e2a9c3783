/**
 * Per-code-unit tables the scanner reads in its inner loop: what kind of
 * character a UTF-16 code unit is, and its case fold. Built once, on first use
 * (about 65,536 look-ups, a few milliseconds), so the loop does one array read
 * per character instead of a regular expression or a `toLowerCase()` call.
 */

/**
 * Two code units the extractors write into the searchable text in place of
 * markup, so the text keeps the length of the original and every offset in it
 * is an offset in the file. Both are control characters that real copy never
 * holds (a NUL makes a file binary and skipped).
 */
/** Masked inline markup (`**`, `<b>`, `&amp;`'s tail): invisible, it joins what is on both sides. */
export const SKIP = 0x0000;
/** A block boundary (paragraph, heading, list item, table cell): no phrase spans it. */
export const BREAK = 0x0001;

/** Kinds of code units (plain numbers: the inner loops compare them). */
export const OTHER = 0;
/** Letters, digits and combining marks: what words are made of. */
export const WORD = 1;
/** Any Unicode white space, line breaks included. */
export const SPACE = 2;
/** Invisible: SKIP, soft hyphen, zero-width characters. */
export const INVISIBLE = 3;
/** BREAK. */
export const BOUNDARY = 4;

let kinds: Uint8Array | undefined;
let folds: Uint16Array | undefined;

/** Kind of every UTF-16 code unit. Surrogates count as Other: emoji are no letters. */
export function kindTable(): Uint8Array {
  if (kinds) return kinds;
  const table = new Uint8Array(0x10000);
  const word = /[\p{L}\p{N}\p{M}]/u;
  const space = /\s/;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (word.test(ch)) table[c] = WORD;
    else if (space.test(ch)) table[c] = SPACE;
  }
  // Invisible characters that may sit inside a word in copy: "ympäristö&shy;ystävällinen".
  for (const c of [SKIP, 0x00ad, 0x034f, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]) table[c] = INVISIBLE;
  table[BREAK] = BOUNDARY;
  kinds = table;
  return table;
}

/**
 * Simple case folding, one code unit to one: `toLowerCase` where it gives a
 * single unit (Ä → ä, Ö → ö, Å → å, K (Kelvin) → k), plus final sigma → sigma
 * and dotted capital I → i. Full folding (ß → ss) would change lengths and is
 * not needed for the phrases copy holds.
 */
export function foldTable(): Uint16Array {
  if (folds) return folds;
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c < 0x80) {
      table[c] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      table[c] = c;
      continue;
    }
    const lower = String.fromCharCode(c).toLowerCase();
    table[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
  }
  table[0x0130] = 0x69; // İ → i
  table[0x03c2] = 0x03c3; // ς → σ
  folds = table;
  return table;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A string's UTF-16 code units in a fresh, writable array (the extractors mask it in place). */
export function toUnits(text: string): Uint16Array {
  if (LITTLE_ENDIAN) {
    // Node copies the string natively: several times faster than a charCodeAt loop.
    const bytes = Buffer.from(text, 'utf16le');
    if (bytes.byteOffset % 2 === 0) return new Uint16Array(bytes.buffer, bytes.byteOffset, text.length);
    return new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  }
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

/** Code units back to a string, in chunks (String.fromCharCode takes limited arguments). */
export function fromUnits(units: Uint16Array, start = 0, end = units.length): string {
  let out = '';
  for (let i = start; i < end; i += 8192) out += String.fromCharCode(...units.subarray(i, Math.min(end, i + 8192)));
  return out;
}
