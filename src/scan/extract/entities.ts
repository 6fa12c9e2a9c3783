/**
 * HTML character references, decoded in place: the character goes where the
 * `&` was, the rest of the reference becomes SKIP. The named ones are those
 * copy uses (Latin-1, typographic punctuation, invisible characters); any other
 * name is left as written.
 */
import { SKIP } from '../chars.js';

const NAMED: Record<string, number> = {
  amp: 0x26, lt: 0x3c, gt: 0x3e, quot: 0x22, apos: 0x27,
  nbsp: 0xa0, iexcl: 0xa1, cent: 0xa2, pound: 0xa3, curren: 0xa4, yen: 0xa5, brvbar: 0xa6, sect: 0xa7,
  uml: 0xa8, copy: 0xa9, ordf: 0xaa, laquo: 0xab, not: 0xac, shy: 0xad, reg: 0xae, macr: 0xaf,
  deg: 0xb0, plusmn: 0xb1, sup2: 0xb2, sup3: 0xb3, acute: 0xb4, micro: 0xb5, para: 0xb6, middot: 0xb7,
  cedil: 0xb8, sup1: 0xb9, ordm: 0xba, raquo: 0xbb, frac14: 0xbc, frac12: 0xbd, frac34: 0xbe, iquest: 0xbf,
  Agrave: 0xc0, Aacute: 0xc1, Acirc: 0xc2, Atilde: 0xc3, Auml: 0xc4, Aring: 0xc5, AElig: 0xc6, Ccedil: 0xc7,
  Egrave: 0xc8, Eacute: 0xc9, Ecirc: 0xca, Euml: 0xcb, Igrave: 0xcc, Iacute: 0xcd, Icirc: 0xce, Iuml: 0xcf,
  ETH: 0xd0, Ntilde: 0xd1, Ograve: 0xd2, Oacute: 0xd3, Ocirc: 0xd4, Otilde: 0xd5, Ouml: 0xd6, times: 0xd7,
  Oslash: 0xd8, Ugrave: 0xd9, Uacute: 0xda, Ucirc: 0xdb, Uuml: 0xdc, Yacute: 0xdd, THORN: 0xde, szlig: 0xdf,
  agrave: 0xe0, aacute: 0xe1, acirc: 0xe2, atilde: 0xe3, auml: 0xe4, aring: 0xe5, aelig: 0xe6, ccedil: 0xe7,
  egrave: 0xe8, eacute: 0xe9, ecirc: 0xea, euml: 0xeb, igrave: 0xec, iacute: 0xed, icirc: 0xee, iuml: 0xef,
  eth: 0xf0, ntilde: 0xf1, ograve: 0xf2, oacute: 0xf3, ocirc: 0xf4, otilde: 0xf5, ouml: 0xf6, divide: 0xf7,
  oslash: 0xf8, ugrave: 0xf9, uacute: 0xfa, ucirc: 0xfb, uuml: 0xfc, yacute: 0xfd, thorn: 0xfe, yuml: 0xff,
  Scaron: 0x160, scaron: 0x161, Zcaron: 0x17d, zcaron: 0x17e, OElig: 0x152, oelig: 0x153, Yuml: 0x178,
  ndash: 0x2013, mdash: 0x2014, lsquo: 0x2018, rsquo: 0x2019, sbquo: 0x201a, ldquo: 0x201c, rdquo: 0x201d,
  bdquo: 0x201e, hellip: 0x2026, bull: 0x2022, prime: 0x2032, lsaquo: 0x2039, rsaquo: 0x203a, euro: 0x20ac,
  trade: 0x2122, minus: 0x2212, ensp: 0x2002, emsp: 0x2003, thinsp: 0x2009, zwnj: 0x200c, zwj: 0x200d,
  lrm: 0x200e, rlm: 0x200f, NewLine: 0x0a, Tab: 0x09,
};

const isAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Decodes the reference at `units[i]` (an `&`), if it is one, in place.
 * Returns the index after it (or after the `&` when it is no reference).
 */
export function decodeEntity(units: Uint16Array, i: number, to: number): number {
  let j = i + 1;
  let cp = -1;
  if (units[j] === 0x23 /* # */) {
    j++;
    let hex = false;
    if (units[j] === 0x78 || units[j] === 0x58) {
      hex = true;
      j++;
    }
    const digitsStart = j;
    let value = 0;
    while (j < to && j - digitsStart < 8) {
      const c = units[j]!;
      const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : hex && (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 ? (c | 0x20) - 0x61 + 10 : -1;
      if (d < 0) break;
      value = value * (hex ? 16 : 10) + d;
      j++;
    }
    if (j === digitsStart || units[j] !== 0x3b /* ; */) return i + 1;
    cp = value === 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff) ? 0xfffd : value;
  } else {
    let name = '';
    while (j < to && j - i <= 32 && isAlnum(units[j]!)) name += String.fromCharCode(units[j++]!);
    if (units[j] !== 0x3b || !Object.prototype.hasOwnProperty.call(NAMED, name)) return i + 1;
    cp = NAMED[name]!;
  }
  const end = j + 1;
  if (cp < 0x20) cp = 0x20; // control characters (and &NewLine;, &Tab;) read as white space
  units.fill(SKIP, i, end);
  if (cp > 0xffff) {
    // Room for both halves: an astral reference is at least `&#65536;`.
    units[i] = 0xd800 + ((cp - 0x10000) >> 10);
    units[i + 1] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
  } else {
    units[i] = cp;
  }
  return end;
}
