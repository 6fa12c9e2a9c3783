/**
 * Text from the register is untrusted: in HTML it is always written through
 * `html()`, in element content and in quoted attribute values alike (the
 * OWASP rule: escape & < > " ' everywhere). Control and bidi characters are
 * made visible first, as in the terminal: a bidi override would reorder what
 * the reader sees (Trojan Source), and C0 controls are parse errors in HTML.
 */
import { visibleControlsLine } from './terminal-safe.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * User text for HTML content or a quoted attribute value; line breaks become
 * spaces. `##[` gets its bracket as a character reference: it reads the same,
 * and a report printed into a GitHub Actions log cannot start a workflow
 * command (see terminal-safe.ts).
 */
export function html(text: string): string {
  return visibleControlsLine(text)
    .replace(/[&<>"']/g, (ch) => ENTITIES[ch] as string)
    .replace(/##\[/g, '##&#91;');
}
