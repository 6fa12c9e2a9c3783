/**
 * Display width of text in a terminal: East Asian wide and full-width
 * characters and most emoji take two columns, combining marks none.
 * Finnish letters (ä, ö, å) are one column each, as in every terminal.
 */
export function charWidth(codePoint: number): number {
  if (codePoint === 0) return 0;
  if (codePoint < 0x300) return 1;
  if ((codePoint >= 0x300 && codePoint <= 0x36f) || (codePoint >= 0x200b && codePoint <= 0x200f) || (codePoint >= 0xfe00 && codePoint <= 0xfe0f)) return 0;
  if (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x1f300 && codePoint <= 0x1faff) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/** Colour codes (SGR) the reporters add themselves: they take no room. (Escapes in register text are made visible before, never passed through.) */
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;

export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text.includes('\u001b') ? text.replace(SGR, '') : text) w += charWidth(ch.codePointAt(0) as number);
  return w;
}

/**
 * Word-wraps a paragraph to `width` columns: the first line after `indent`,
 * the others after `hang`. A word longer than a line (a path, a link) keeps a
 * line of its own rather than being cut.
 */
export function wrap(text: string, width: number, indent: string, hang = indent): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const max = Math.max(20, width - (lines.length === 0 ? indent : hang).length);
    if (line !== '' && textWidth(line) + 1 + textWidth(word) > max) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.map((l, i) => (i === 0 ? indent : hang) + l).join('\n');
}

/** Cuts text to at most `max` columns, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (textWidth(text) <= max) return text;
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = charWidth(ch.codePointAt(0) as number);
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}
