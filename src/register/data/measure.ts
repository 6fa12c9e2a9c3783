/**
 * Evidence computed from data: the statistic an evidence item names, over the
 * column it names, with the sample size and the period the data covers.
 */
import { isIsoDate } from '../../audit/dates.js';
import { WHERE_PATTERN } from '../format.js';
import type { Unreadable } from '../host.js';
import type { DataSpec } from '../schema.js';
import { compare, type Comparison } from '../../target.js';
import { csat, mean, median, nps, percentile, round, share } from './stats.js';
import { readTable, type Malformed } from './table.js';

export type DataProblem =
  | { code: 'missing' }
  | { code: 'unreadable'; why: Unreadable }
  | { code: 'empty' }
  | {
      code: 'malformed';
      /** The parser's own words (English). */
      detail: string;
      /** What is wrong, when it is one of the mistakes the catalogues put in words. */
      why?: Malformed;
    }
  | { code: 'notTable' }
  | { code: 'noColumn'; column: string; columns: string[] }
  | { code: 'notNumber'; column: string; value: string; /** It looks like a decimal comma while `decimal` is ".". */ decimalComma: boolean }
  | { code: 'notDate'; column: string; value: string }
  | { code: 'outOfScale'; column: string; value: number; scale: string };

export type Measure =
  | {
      ok: true;
      /** The computed figure (`actual`). */
      value: number;
      /** Observations it was computed from. */
      n: number;
      stat: DataSpec['stat'];
      /** Data file, relative to the root register's folder. */
      file: string;
      column?: string;
      /** First and last day of the data (date_column), if given. */
      period?: { from: string; to: string };
    }
  | { ok: false; file: string; line: number | null; problem: DataProblem };

/** Parses `1,5` with decimal ",", `1.5` otherwise; NaN when it is no number. */
function toNumber(value: unknown, decimal: '.' | ','): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return Number.NaN;
  let s = value.trim().replace(/[\s\u00a0]/g, '');
  if (decimal === ',') s = s.replace(/\./g, '').replace(',', '.');
  if (s === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return Number.NaN;
  return Number(s);
}

function notNumber(column: string, raw: unknown, decimal: '.' | ','): DataProblem {
  const value = String(raw);
  return { code: 'notNumber', column, value, decimalComma: decimal === '.' && /^\s*-?\d+,\d+\s*$/.test(value) };
}

/** ISO dates, and the Finnish d.m.yyyy that spreadsheets export. */
function toIsoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim().slice(0, 10);
  if (isIsoDate(v)) return v;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value.trim());
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

export function measure(spec: DataSpec, file: string, bytes: Uint8Array | 'missing' | Unreadable): Measure {
  const fail = (problem: DataProblem, line: number | null = null): Measure => ({ ok: false, file, line, problem });
  if (bytes === 'missing') return fail({ code: 'missing' });
  if (!(bytes instanceof Uint8Array)) return fail({ code: 'unreadable', why: bytes });
  const table = readTable(new TextDecoder('utf-8').decode(bytes), file, spec.delimiter);
  if (!table.ok) {
    if (table.problem === 'malformed') return fail({ code: 'malformed', detail: table.detail, ...(table.why ? { why: table.why } : {}) }, table.line);
    return fail({ code: table.problem }, table.line);
  }
  const decimal = spec.decimal ?? '.';
  const need = [spec.column, spec.date_column].filter((c): c is string => c !== undefined);
  const where = spec.where ? WHERE_PATTERN.exec(spec.where) : null;
  if (where) need.push(where[1] as string);
  for (const column of need) if (!table.columns.includes(column)) return fail({ code: 'noColumn', column, columns: table.columns }, 1);

  let from: string | undefined;
  let to: string | undefined;
  if (spec.date_column) {
    for (const row of table.rows) {
      const raw = row.values[spec.date_column];
      const d = toIsoDate(raw);
      if (d === null) return fail({ code: 'notDate', column: spec.date_column, value: String(raw) }, row.line);
      if (from === undefined || d < from) from = d;
      if (to === undefined || d > to) to = d;
    }
  }

  let value: number;
  const n = table.rows.length;
  if (spec.stat === 'count') {
    value = n;
  } else if (spec.stat === 'share' && where) {
    // The share of observations meeting the condition, as a percentage.
    const column = where[1] as string;
    const op = where[2] as Comparison;
    const bound = toNumber(where[3], where[3]!.includes(',') ? ',' : '.');
    let hits = 0;
    for (const row of table.rows) {
      const v = toNumber(row.values[column], decimal);
      if (Number.isNaN(v)) return fail(notNumber(column, row.values[column], decimal), row.line);
      if (compare(v, op, bound)) hits++;
    }
    value = (hits / n) * 100;
  } else {
    const column = spec.column ?? '';
    if (!spec.column) return fail({ code: 'noColumn', column: '', columns: table.columns }, 1);
    const values: number[] = [];
    for (const row of table.rows) {
      const raw = row.values[column];
      const v = toNumber(raw, decimal);
      if (Number.isNaN(v)) return fail(notNumber(column, raw, decimal), row.line);
      if (spec.stat === 'csat' && (v < 1 || v > 5)) return fail({ code: 'outOfScale', column, value: v, scale: '1–5' }, row.line);
      if (spec.stat === 'nps' && (v < 0 || v > 10)) return fail({ code: 'outOfScale', column, value: v, scale: '0–10' }, row.line);
      values.push(v);
    }
    switch (spec.stat) {
      case 'mean':
        value = mean(values);
        break;
      case 'median':
        value = median(values);
        break;
      case 'p75':
      case 'p90':
      case 'p95':
      case 'p99':
        value = percentile(values, Number(spec.stat.slice(1)));
        break;
      case 'min':
        value = Math.min(...values);
        break;
      case 'max':
        value = Math.max(...values);
        break;
      case 'csat':
        value = csat(values);
        break;
      case 'nps':
        value = nps(values);
        break;
      case 'share':
        // Without `where`: the share of non-zero observations (a 1/0 column).
        value = share(values, '!=', 0);
        break;
    }
  }
  return {
    ok: true,
    value: round(value),
    n,
    stat: spec.stat,
    file,
    ...(spec.column ? { column: spec.column } : {}),
    ...(from !== undefined && to !== undefined ? { period: { from, to } } : {}),
  };
}
