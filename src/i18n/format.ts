/** Small helpers the catalogues share to write values into sentences. */
import type { RegisterCommand } from '../cli/load-register.js';

/** A value from the register as text, cut to a readable length. */
export function clip(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  // Cut by code points, so an emoji is never split into a lone surrogate.
  if (s.length > 60) {
    const chars = Array.from(s);
    if (chars.length > 60) return `${chars.slice(0, 57).join('')}…`;
  }
  return s;
}

/**
 * A value from the register, quoted as code and cut to a readable length: for
 * messages about the register's text (on standard error), where keys and
 * values are code. Sentences the reports show quote values in the language's
 * quotation marks instead (the catalogues' `quoted`), since Markdown and HTML
 * show a backtick as written.
 */
export function q(value: unknown): string {
  return `\`${clip(value)}\``;
}

/** `a`, `b`, `c` — or the given word for an empty list; each value quoted by `mark`. */
export function list(values: readonly string[], none: string, max = 8, mark: (value: string) => string = q): string {
  if (values.length === 0) return none;
  const shown = values.slice(0, max).map((v) => mark(v));
  return values.length > max ? `${shown.join(', ')}, …` : shown.join(', ');
}

/**
 * A number (or the numbers in a text such as a target `">= 4.5"`) with a
 * decimal comma, as Finnish writes it: 1.8 → 1,8. For sentences only; YAML
 * examples keep the decimal point, since the register is YAML.
 */
export function decimalComma(value: number | string): string {
  return String(value).replace(/(\d)\.(\d)/g, '$1,$2');
}

/** How `command` is given a register at `path`: `promise-audit check path`, `promise-audit scan … --register path`. */
export function registerExample(command: RegisterCommand, path: string): string {
  if (command === 'scan') return `promise-audit scan content/ --register ${path}`;
  if (command === 'explain') return `promise-audit explain ID ${path}`;
  return `promise-audit ${command} ${path}`;
}

/** `fix(value)` when there is a value, else nothing: for a hint that only some values get. */
export function withFixed(value: string | undefined, fix: (value: string) => string): string {
  return value === undefined ? '' : fix(value);
}

/** `value` as a quoted YAML string, for an example line to copy: double quotes, or single ones when it holds `"` or `\\`. */
export function yamlQuoted(value: string): string {
  return /["\\]/.test(value) ? `'${value.replaceAll("'", "''")}'` : `"${value}"`;
}
