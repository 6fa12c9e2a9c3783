/**
 * Text from the register is untrusted, and Markdown turns punctuation into
 * structure. Unescaped, a statement could end a table cell (`|`), end a row
 * (a line break), open raw HTML (`<script>`, which GitHub strips but other
 * renderers run), make a link (`[x](javascript:…)`), a code span, emphasis,
 * math (`$…$`, rendered by GitHub) or an autolink (`https://…`, `www.…`,
 * `a@b.c`) or a mention (`@team`), and shift the columns of every row after it.
 *
 * So every piece of user text goes through `mdText` before it is written:
 * control and bidi characters are shown, not obeyed (as in the terminal);
 * line breaks become spaces (a GFM table row is one line); and every ASCII
 * punctuation character that CommonMark or GFM give a meaning is
 * backslash-escaped, which CommonMark allows for any ASCII punctuation
 * (spec 0.31, "Backslash escapes"); links that GitHub finds in plain text
 * get an invisible word joiner instead (see below). Inside a GFM table `\|` is what keeps a
 * pipe in its cell (GFM spec, "Tables", example 200), and `\\` stays a
 * backslash, so a trailing backslash cannot escape the cell's own pipe.
 *
 * Never put user text in a code span: backslash escapes do not work there.
 */
import { visibleControlsLine } from './terminal-safe.js';

const WORD_JOINER = '\u2060';

/** Punctuation with a meaning in CommonMark, GFM or GitHub's renderer (math: `$`). */
const SPECIAL = /[\\`*_[\]<>#|~&$]/g;

/** One line of user text, safe anywhere inline: table cells, list items, headings. */
export function mdText(text: string): string {
  let out = visibleControlsLine(text).replace(SPECIAL, (ch) => `\\${ch}`);
  // Autolink literals (GFM: `https://…`, `www.…`, `a@b.c`), @mentions and #123 issue links are found
  // in the text *after* parsing (cmark-gfm's autolink extension, mdast-util-gfm-autolink-literal),
  // so backslashes cannot stop them: an invisible WORD JOINER (U+2060) breaks each pattern instead.
  out = out.replace(/(?<=\b(?:https?|ftp|mailto|xmpp))(?=:)|(?<=\bwww)(?=\.)|(?<=@)|(?<=\\#)(?=\d)/gi, WORD_JOINER);
  // Block syntax only counts at the start of a line, but the text may be put there: a list marker
  // (`- `, `+ `, `1. `, `1) `), a thematic break or setext underline (`---`, `===`).
  out = out.replace(/^(\s*)(?:([-+=])(?=\s|$|\2)|(\d{1,9})(?=[.)](?:\s|$)))/, (_, space: string, mark?: string, digits?: string) =>
    mark !== undefined ? `${space}\\${mark}` : `${space}${digits}\\`,
  );
  return out;
}

/** One row of a GFM table: each cell is written by the caller (escaped or generated text). */
export function mdRow(cells: readonly string[]): string {
  return `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
}

/** A GFM table: header, delimiter row and rows. `align` per column: 'l' (default) or 'r'. */
export function mdTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly ('l' | 'r')[] = []): string {
  const delimiter = header.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  return [mdRow(header), mdRow(delimiter), ...rows.map((r) => mdRow(r))].join('\n');
}
