/**
 * Text from the register is untrusted. Before it reaches a terminal, control
 * characters are made visible instead of executed: an ESC could start an ANSI
 * sequence (colours, OSC 8 links, OSC 52 clipboard writes), CR and backspace
 * could overwrite what was printed, BEL rings, and bidi overrides reorder text
 * (Trojan Source). C0 controls become their Unicode "control pictures" (␛, ␍);
 * C1 controls and bidi controls become <U+XXXX>.
 *
 * A CI log is a terminal too, with commands of its own: the GitHub Actions
 * runner obeys `::command::` at the start of a log line (after spaces) and
 * the legacy `##[command]` anywhere in a line
 * (https://github.com/actions/runner, ActionCommand.cs: TryParseV2 and
 * TryParse). Register text could otherwise add fake error annotations, mask
 * or stop the log. So `##[` gets a backslash after the bracket, as the runner
 * itself does for its own markers (`##[\start-action`), and a word that starts
 * a `::command::` gets one between its colons: visible, and no command.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f\u0080-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_WITH_BREAKS = /[\u0000-\u001f\u007f\u0080-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/**
 * `##[` anywhere; `::` and a letter at the start of the text or of a word, where
 * a wrapped line may begin. No look further along the line: linear time, whatever the text.
 */
const WORKFLOW_COMMAND = /##\[|(?<=^|\s)::(?=[A-Za-z])/g;

function picture(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

function noWorkflowCommands(text: string): string {
  return text.replace(WORKFLOW_COMMAND, (m) => (m === '##[' ? '##[\\' : ':\\:'));
}

/** Control and bidi characters shown, tabs and line feeds kept: for documents (Markdown, HTML) that escape their own syntax. */
export function visibleControls(text: string): string {
  return text.replace(UNSAFE, picture);
}

/** For one line of a document: line breaks and tabs become spaces, other controls are shown. */
export function visibleControlsLine(text: string): string {
  return text.replace(UNSAFE_WITH_BREAKS, (ch) => (ch === '\n' || ch === '\t' ? ' ' : picture(ch)));
}

/** For a terminal or a CI log: keeps tabs and line feeds; everything else that controls the terminal or the log is shown. */
export function terminalSafe(text: string): string {
  return noWorkflowCommands(visibleControls(text));
}

/** For one-line cells of a terminal or a CI log: line breaks and tabs are shown too. */
export function terminalSafeLine(text: string): string {
  return noWorkflowCommands(visibleControlsLine(text));
}
