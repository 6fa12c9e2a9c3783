/**
 * Structural problems of a register, as text (`file:line:column  message` and
 * a code frame: the form editors and terminals turn into links) or as JSON
 * for editors and scripts.
 */
import type { Catalogue } from '../i18n/en.js';
import { diagnosticMessage } from '../i18n/index.js';
import type { RegisterSet } from '../register/source.js';
import type { Diagnostic } from '../types.js';
import { codeFrame } from './shared/code-frame.js';
import { jsonText } from './shared/json-text.js';
import { terminalSafeLine } from './shared/terminal-safe.js';
import type { Styler } from './shared/style.js';
import { wrap } from './shared/width.js';

export interface DiagnosticsTextOptions {
  t: Catalogue;
  style: Styler;
  /** Print at most this many (a broken file can have thousands). Default 50. */
  max?: number;
  /**
   * A terminal's width: each message is wrapped to it at spaces, its lines
   * after the first indented. Without it (a pipe, a file, a CI log) each stays
   * one `file:line:column  message` line, the form problem matchers read.
   */
  width?: number;
}

export function diagnosticsText(diagnostics: readonly Diagnostic[], source: RegisterSet, options: DiagnosticsTextOptions): string {
  const { t, style } = options;
  const max = options.max ?? 50;
  const blocks: string[] = [];
  for (const d of diagnostics.slice(0, max)) {
    const { file, line, column } = d.location;
    // One line each: the file name and the values a message quotes come from the user, and a line break would split the block.
    const where = `${terminalSafeLine(file)}:${line}:${column}`;
    const message = `${style.red(t.cli.errorPrefix({}))}  ${terminalSafeLine(diagnosticMessage(t, d))}`;
    const head = options.width === undefined ? `${style.bold(where)}  ${message}` : wrappedHead(where, message, options.width, style);
    // A binary file's bytes make no picture worth showing.
    const lines = d.code === 'binaryFile' ? undefined : source.get(file)?.lines;
    blocks.push(lines ? `${head}\n${codeFrame(lines, line, column, { gutter: style.dim, marker: style.red })}` : head);
  }
  if (diagnostics.length > max) blocks.push(t.cli.moreProblems({ count: diagnostics.length - max }));
  const summary = `✖ ${terminalSafeLine(t.cli.invalidSummary({ count: diagnostics.length, file: source.file }))}`;
  blocks.push(style.red(options.width === undefined ? summary : wrap(summary, options.width, '', '  ')));
  return `${blocks.join('\n\n')}\n`;
}

/**
 * `file:line:column  error  message` wrapped to `width`, the message's later
 * lines indented. The location is kept whole, spaces in the file name and all
 * (`My Drive/promises.yaml:10:16`): terminals and editors open it as one.
 */
function wrappedHead(where: string, message: string, width: number, style: Styler): string {
  // One column wide, like the space it stands for; terminalSafeLine has shown any control character of the name as a symbol.
  const KEEP = '\u0001';
  const kept = where.replaceAll(' ', KEEP);
  return wrap(`${style.bold(kept)}  ${message}`, width, '', '    ').replaceAll(KEEP, ' ');
}

export interface DiagnosticJson {
  file: string;
  line: number;
  column: number;
  code: string;
  message: string;
}

export function diagnosticsJson(diagnostics: readonly Diagnostic[], t: Catalogue): string {
  const list: DiagnosticJson[] = diagnostics.map((d) => ({ ...d.location, code: d.code, message: diagnosticMessage(t, d) }));
  return jsonText(list);
}
