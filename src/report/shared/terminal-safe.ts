/**
 * Text from the register is untrusted. Before it reaches a terminal, control
 * characters are made visible instead of executed: an ESC could start an ANSI
 * sequence (colours, OSC 8 links, OSC 52 clipboard writes), CR and backspace
 * could overwrite what was printed, BEL rings, and bidi overrides reorder text
 * (Trojan Source). C0 controls become their Unicode "control pictures" (␛, ␍);
 * C1 controls and bidi controls become <U+XXXX>.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f\u0080-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_WITH_BREAKS = /[\u0000-\u001f\u007f\u0080-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function picture(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** Keeps tabs and line feeds; everything else that controls the terminal is shown. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, picture);
}

/** For one-line cells: line breaks and tabs are shown too. */
export function terminalSafeLine(text: string): string {
  return text.replace(UNSAFE_WITH_BREAKS, (ch) => (ch === '\n' || ch === '\t' ? ' ' : picture(ch)));
}
