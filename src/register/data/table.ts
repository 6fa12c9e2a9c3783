/**
 * Reading a data file into rows: CSV (quoted fields, a BOM, `,` `;` or tab
 * separators as Finnish Excel exports use) with csv-parse, or JSON (an array
 * of objects). Each row keeps the line it started on, so a bad value can be
 * reported at file:line.
 */
import { createRequire } from 'node:module';
import type * as CsvParse from 'csv-parse/sync';

// Loaded on first use, synchronously: most registers name no data file, and
// loading the parser would add to every run's start-up.
let csvParse: typeof CsvParse.parse | undefined;
const parse: typeof CsvParse.parse = (...args: Parameters<typeof CsvParse.parse>) => {
  csvParse ??= (createRequire(import.meta.url)('csv-parse/sync') as typeof CsvParse).parse;
  return csvParse(...args);
};

export interface Row {
  line: number;
  values: Record<string, unknown>;
}

/**
 * What makes a data file unreadable, where the parser says so in a way each
 * language can put in its own words (the parser's own message is English).
 */
export type Malformed =
  | { kind: 'quoteNotClosed' }
  /** A quote in the middle of an unquoted field, or text after a closing quote. */
  | { kind: 'strayQuote' }
  | { kind: 'fieldCount'; fields: number; columns: number }
  | { kind: 'notJson' };

export type TableResult =
  | { ok: true; columns: string[]; rows: Row[] }
  | { ok: false; line: number; problem: 'empty' | 'malformed' | 'notTable'; detail: string; why?: Malformed };

export function readTable(text: string, file: string, delimiter?: string): TableResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, line: 1, problem: 'empty', detail: '' };
  return /\.json$/i.test(file) ? readJson(body) : readCsv(body, delimiter);
}

function readCsv(text: string, delimiter?: string): TableResult {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const sep = delimiter ?? detectDelimiter(firstLine);
  try {
    const records = parse(text, { delimiter: sep, columns: true, info: true, skip_empty_lines: true, trim: true }) as { record: Record<string, string>; info: { lines: number } }[];
    const columns = firstLine.split(sep).map((c) => c.trim().replace(/^"|"$/g, ''));
    if (records.length === 0) return { ok: false, line: 1, problem: 'empty', detail: '' };
    return { ok: true, columns, rows: records.map((r) => ({ line: r.info.lines, values: r.record })) };
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    const why = malformedCsv(error);
    return { ok: false, line: e.lines ?? 1, problem: 'malformed', detail: (e.message ?? String(error)).split('\n')[0] as string, ...(why ? { why } : {}) };
  }
}

/** csv-parse's error, by its code: the mistakes a hand-edited or exported file can have. */
function malformedCsv(error: unknown): Malformed | undefined {
  const e = error as { code?: string; record?: unknown; columns?: unknown };
  switch (e.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return { kind: 'quoteNotClosed' };
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return { kind: 'strayQuote' };
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      return Array.isArray(e.record) && Array.isArray(e.columns) ? { kind: 'fieldCount', fields: e.record.length, columns: e.columns.length } : undefined;
    default:
      return undefined;
  }
}

/** The separator that splits the header line into the most fields. */
function detectDelimiter(header: string): string {
  let best = ',';
  let most = 0;
  for (const sep of [',', ';', '\t']) {
    const n = header.split(sep).length;
    if (n > most) {
      best = sep;
      most = n;
    }
  }
  return best;
}

function readJson(text: string): TableResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const m = /position (\d+)/.exec(String(error));
    const line = m ? text.slice(0, Number(m[1])).split('\n').length : 1;
    return { ok: false, line, problem: 'malformed', detail: String((error as Error).message), why: { kind: 'notJson' } };
  }
  if (!Array.isArray(data) || data.some((r) => typeof r !== 'object' || r === null || Array.isArray(r))) {
    return { ok: false, line: 1, problem: 'notTable', detail: '' };
  }
  if (data.length === 0) return { ok: false, line: 1, problem: 'empty', detail: '' };
  // Line of each object: the n-th top-level `{` in the text.
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (c === '{' && depth === 1) lines.push(line);
      depth++;
    } else if (c === '}' || c === ']') depth--;
  }
  const rows = (data as Record<string, unknown>[]).map((values, i) => ({ line: lines[i] ?? 1, values }));
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r.values)))];
  return { ok: true, columns, rows };
}
