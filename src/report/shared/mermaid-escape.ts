/**
 * Labels inside a Mermaid diagram. Mermaid has its own syntax inside the
 * Markdown code block, and backslashes do not escape it: in a `gantt` chart
 * a `:` ends a task's name, `;` and a line break end a statement, `#` starts
 * an entity (`#35;`) or a comment, `%%` a directive or comment, and a line
 * that starts with a keyword (`section`, `title`, `click`, `excludes`, …)
 * changes meaning. Backticks and quotes start Markdown strings, `<` and `>`
 * HTML. A line that starts with three backticks would also close the code
 * block. So labels are whitelisted, not escaped: letters, marks, digits,
 * spaces and a little harmless punctuation stay, everything else becomes a
 * space. Callers start task names with a symbol of their own, so no label
 * can start with a keyword.
 * https://mermaid.js.org/syntax/gantt.html
 */
import { clip } from './clip.js';

const NOT_ALLOWED = /[^\p{L}\p{M}\p{N} .,!?()/+'-]/gu;

/** One Mermaid label: safe, single-line, at most `max` characters; `fallback` when nothing is left. */
export function mermaidLabel(text: string, max = 60, fallback = '-'): string {
  const cleaned = text.normalize('NFC').replace(NOT_ALLOWED, ' ').replace(/\s+/g, ' ').trim();
  return cleaned === '' ? fallback : clip(cleaned, max);
}
