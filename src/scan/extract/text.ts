/**
 * Plain text: searched as written. A blank line ends a paragraph (no phrase
 * spans it), web addresses are masked ("/eco-friendly-bags" in a link is no
 * claim a reader sees), and a line that is only a suppression comment —
 * `# promise-audit-ignore …`, `// …` or `<!-- … -->` — is a comment.
 */
import { BREAK, toUnits } from '../chars.js';
import type { Extracted, SourceComment } from './types.js';

/** Web addresses in running text. */
export const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"'`\])}]+/g;
const BLANK_LINE = /\n[ \t\f\v\r]*(?=\n)|\r(?=\r)/g;
const COMMENT_LINE = /^([ \t]*)(?:#|\/\/|<!--)(.*?promise-audit-ignore.*?)(?:-->)?[ \t]*\r?$/gm;

export function extractText(text: string): Extracted {
  const units = toUnits(text);
  const comments: SourceComment[] = [];
  markBlankLines(text, units, 0, text.length);
  maskUrls(text, units, 0, text.length);
  for (const m of text.matchAll(COMMENT_LINE)) {
    const start = m.index + (m[1]?.length ?? 0);
    const end = m.index + m[0].length;
    comments.push({ start, end, body: m[2] ?? '' });
    units.fill(0x20, start, end);
  }
  return { segments: [{ start: 0, units }], comments };
}

/** A BREAK on every blank line in `text[from, to)`. */
export function markBlankLines(text: string, units: Uint16Array, from: number, to: number): void {
  BLANK_LINE.lastIndex = from;
  for (let m = BLANK_LINE.exec(text); m && m.index < to; m = BLANK_LINE.exec(text)) units[m.index] = BREAK;
}

/** Web addresses in `text[from, to)` masked as white space. */
export function maskUrls(text: string, units: Uint16Array, from: number, to: number): void {
  URL_PATTERN.lastIndex = from;
  for (let m = URL_PATTERN.exec(text); m && m.index < to; m = URL_PATTERN.exec(text)) {
    units.fill(0x20, m.index, Math.min(to, m.index + m[0].length));
  }
}
