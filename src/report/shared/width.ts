/**
 * Display width of text in a terminal: East Asian wide and full-width
 * characters and most emoji take two columns, combining marks none.
 * Finnish letters (ä, ö, å) are one column each, as in every terminal.
 */
import { addTo } from '../../multimap.js';

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

/** The text without the reporters' colour codes. */
function withoutColour(text: string): string {
  return text.includes('\u001b') ? text.replace(SGR, '') : text;
}

export function textWidth(text: string): number {
  let w = 0;
  for (const ch of withoutColour(text)) w += charWidth(ch.codePointAt(0) as number);
  return w;
}

/**
 * Word-wraps a paragraph to `width` columns: the first line after `indent`,
 * the others after `hang`. A word longer than a line (a path, a link) keeps a
 * line of its own rather than being cut. A colour that runs on past a line's
 * end is closed there and opened again on the next line (after its
 * indentation): CI logs and some pagers start every line afresh.
 */
export function wrap(text: string, width: number, indent: string, hang = indent): string {
  const lines: string[] = [];
  let line = '';
  for (const word of keepNumbersWithWords(text.split(' '), Math.max(20, width - Math.max(indent.length, hang.length)))) {
    const max = Math.max(20, width - (lines.length === 0 ? indent : hang).length);
    if (line !== '' && textWidth(line) + 1 + textWidth(word) > max) {
      // Not the spaces of a double space (`error  message`) the line ends at.
      lines.push(line.replace(/ +$/, ''));
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length > 1 && text.includes('\u001b')) {
    let open = new Map<number, string[]>();
    for (let i = 0; i < lines.length; i++) {
      const reopened = [...open.values()].flat().join('');
      open = stylesOpenAfter(lines[i] as string, open);
      const closed = [...open.keys()].map((close) => `\u001b[${close}m`).join('');
      lines[i] = reopened + (lines[i] as string) + closed;
    }
  }
  return lines.map((l, i) => (i === 0 ? indent : hang) + l).join('\n');
}

/**
 * A number stays on the line of its word: a bare number with the word after
 * it (`3 ready`, `14 days`, `96.5 %`), a label with the number after it
 * (`virheitä: 1,`). Pairs only, and only pairs that fit on a line: a run of
 * numbers (`EU sizes 34 36 38`) still breaks anywhere.
 */
function keepNumbersWithWords(words: string[], max: number): string[] {
  const units: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const next = words[i + 1];
    const [a, b] = [withoutColour(word), withoutColour(next ?? '')];
    const pair =
      next !== undefined &&
      ((NUMBER.test(a) && !NUMBER.test(b)) || (a.endsWith(':') && LABELLED_NUMBER.test(b))) &&
      textWidth(word) + 1 + textWidth(next) <= max;
    units.push(pair ? `${word} ${next}` : word);
    if (pair) i++;
  }
  return units;
}

const NUMBER = /^[+-]?\d(?:[\d.,]*\d)?$/;
/** The number after a label, with the comma or full stop that may end it. */
const LABELLED_NUMBER = /^[+-]?\d(?:[\d.,]*\d)?[,.;]?$/;

/**
 * The colour codes still open after `text`, given those open before it, by
 * the code that closes them: 22 bold and dim, 39 a colour, 49 a background…
 */
function stylesOpenAfter(text: string, before: ReadonlyMap<number, string[]>): Map<number, string[]> {
  const open = new Map([...before].map(([close, codes]) => [close, [...codes]]));
  for (const [sequence] of text.matchAll(SGR)) {
    // Each parameter of `ESC[1;31m` on its own; `38;5;n` and `38;2;r;g;b` are one colour.
    const params = sequence.slice(2, -1).split(';').map((p) => Number(p || '0'));
    for (let k = 0; k < params.length; k++) {
      const code = params[k] as number;
      const extended = (code === 38 || code === 48) && (params[k + 1] === 5 || params[k + 1] === 2);
      const length = extended ? (params[k + 1] === 5 ? 3 : 5) : 1;
      const own = `\u001b[${params.slice(k, k + length).join(';')}m`;
      k += length - 1;
      if (code === 0) open.clear();
      else if (CLOSERS.has(code)) open.delete(code);
      else {
        const close = closerOf(code);
        if (close !== undefined) addTo(open, close, own);
      }
    }
  }
  return open;
}

const CLOSERS = new Set([22, 23, 24, 27, 28, 29, 39, 49]);

function closerOf(code: number): number | undefined {
  if (code === 1 || code === 2) return 22;
  if (code >= 3 && code <= 9 && code !== 5 && code !== 6) return 20 + code;
  if ((code >= 30 && code <= 38) || (code >= 90 && code <= 97)) return 39;
  if ((code >= 40 && code <= 48) || (code >= 100 && code <= 107)) return 49;
  return undefined;
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
