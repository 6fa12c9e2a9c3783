/**
 * Report formats by name, each loaded only when asked for, so a run pays only
 * for the reporter it uses.
 */
import type { Reporter } from './types.js';

export const FORMATS = ['table', 'json'] as const;
export type Format = (typeof FORMATS)[number];

const loaders: Record<Format, () => Promise<Reporter>> = {
  table: async () => (await import('./table.js')).renderTable,
  json: async () => (await import('./json.js')).renderJson,
};

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

export function loadReporter(format: Format): Promise<Reporter> {
  return loaders[format]();
}
