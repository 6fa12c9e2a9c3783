/**
 * A code frame: the line before, the offending line and the line after, with
 * a caret under the column. The caret is placed by display width, so wide
 * characters and tabs before it do not push it off its mark.
 */
import type { LineIndex } from '../../register/positions.js';
import { terminalSafeLine } from './terminal-safe.js';
import { charWidth } from './width.js';

export interface FrameStyle {
  gutter(text: string): string;
  marker(text: string): string;
}

const plain: FrameStyle = { gutter: (s) => s, marker: (s) => s };
const MAX_LINE = 160;

export function codeFrame(lines: LineIndex, line: number, column: number, style: FrameStyle = plain): string {
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.lineCount, line + 1);
  const numberWidth = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const raw = lines.lineText(n) ?? '';
    const { text, caretAt } = clip(raw, n === line ? column : 1);
    const num = String(n).padStart(numberWidth);
    const mark = n === line ? style.marker('>') : ' ';
    out.push(`${mark} ${style.gutter(`${num} |`)}${text ? ` ${text}` : ''}`);
    if (n === line) out.push(`  ${style.gutter(`${' '.repeat(numberWidth)} |`)} ${' '.repeat(caretAt)}${style.marker('^')}`);
  }
  return out.join('\n');
}

/** Makes a line printable and short; returns where the caret goes, in display columns. */
function clip(raw: string, column: number): { text: string; caretAt: number } {
  const index = Math.max(0, Math.min(column - 1, raw.length));
  let start = 0;
  if (index > MAX_LINE - 20) start = index - 40;
  let text = raw.slice(start, start + MAX_LINE);
  const prefix = raw.slice(start, index);
  let caretAt = 0;
  for (const ch of prefix) caretAt += ch === '\t' ? 1 : charWidth(ch.codePointAt(0) as number);
  text = terminalSafeLine(text);
  if (start > 0) {
    text = `…${text}`;
    caretAt += 1;
  }
  if (start + MAX_LINE < raw.length) text += '…';
  return { text, caretAt };
}
