/**
 * Text from the register in XML (JUnit reports). Two things can go wrong:
 *
 * - Markup: `<`, `&` and, inside attributes, quotes end or start markup, so
 *   they become entities (the five of XML 1.0, section 2.4).
 * - Characters XML 1.0 does not allow at all, escaped or not
 *   (https://www.w3.org/TR/xml/#charsets: Char ::= #x9 | #xA | #xD |
 *   [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]): most C0 controls,
 *   lone surrogates, U+FFFE and U+FFFF. A single one makes the whole report
 *   unparsable, and CI servers then drop it silently, so they are removed.
 *
 * Line breaks and tabs survive as character references where a parser would
 * otherwise normalise them away: CR everywhere (end-of-line handling turns
 * CR LF into LF), and CR, LF and tab in attribute values (attribute-value
 * normalisation turns them into spaces).
 */

// Lone surrogates match one by one in a `u` regex; paired ones are a single code point and do not match.
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/gu;

/** Removes the characters XML 1.0 does not allow. */
export function xmlLegal(value: string): string {
  return value.replace(ILLEGAL, '');
}

// eslint-disable-next-line no-control-regex
const SHOWN_AS_REFERENCE = /[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * For element content. Some characters are written as character references,
 * which a parser reads back as the same text, because a report is often
 * printed to a terminal or a CI log (see terminal-safe.ts): DEL, C1 and bidi
 * controls, the line and paragraph separators, the bracket of `##[` and the
 * first colon of `::` at the start of a line (GitHub Actions workflow commands).
 */
export function xmlText(value: string): string {
  return xmlLegal(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;')
    .replace(SHOWN_AS_REFERENCE, (ch) => `&#x${ch.charCodeAt(0).toString(16).toUpperCase()};`)
    .replace(/##\[/g, '##&#91;')
    .replace(/(^|\n)([ \t]*):(?=:)/g, '$1$2&#58;');
}

/** For attribute values, in double or single quotes. */
export function xmlAttribute(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
