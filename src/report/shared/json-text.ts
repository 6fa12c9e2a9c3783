/**
 * JSON for reports: `JSON.stringify` with two-space indentation and a final
 * line break, and some characters written as escapes that every JSON parser
 * reads back as the same string. JSON.stringify escapes C0 controls but
 * leaves others raw, and a JSON report is often printed to a terminal or a
 * CI log, where they act: DEL and C1 controls (U+009B is a CSI), bidi
 * controls (which reorder the text shown: Trojan Source) and the line and
 * paragraph separators. And `##[` becomes `##\u005b`, so that a report
 * printed into a GitHub Actions log cannot start a legacy workflow command
 * (`##[error]…` anywhere in a line; see terminal-safe.ts). All of them occur
 * in JSON text only inside strings.
 */
// eslint-disable-next-line no-control-regex
const RAW = /[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|##\[/g;

export function jsonText(value: unknown): string {
  const text = JSON.stringify(value, null, 2).replace(RAW, (m) => (m === '##[' ? '##\\u005b' : `\\u${m.charCodeAt(0).toString(16).padStart(4, '0')}`));
  return `${text}\n`;
}
