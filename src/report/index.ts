/**
 * Report formats by name, each loaded only when asked for, so a run pays only
 * for the reporter it uses.
 */
import type { Reporter } from './types.js';

export const FORMATS = ['table', 'json', 'sarif', 'junit', 'github', 'csv', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];

const loaders: Record<Format, () => Promise<Reporter>> = {
  table: async () => (await import('./table.js')).renderTable,
  json: async () => (await import('./json.js')).renderJson,
  sarif: async () => (await import('./sarif.js')).renderSarif,
  junit: async () => (await import('./junit.js')).renderJunit,
  github: async () => (await import('./github.js')).renderGithub,
  csv: async () => (await import('./csv.js')).renderCsv,
  markdown: async () => (await import('./markdown.js')).renderMarkdown,
  html: async () => (await import('./html.js')).renderHtml,
};

/** A file name to suggest for a report of each format (`--report sarif=report.sarif`). */
export const EXAMPLE_FILES: Record<Format, string> = {
  table: 'report.txt',
  json: 'report.json',
  sarif: 'report.sarif',
  junit: 'report.xml',
  github: 'report.txt',
  csv: 'report.csv',
  markdown: 'report.md',
  html: 'report.html',
};

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

export function loadReporter(format: Format): Promise<Reporter> {
  return loaders[format]();
}
