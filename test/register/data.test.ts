/**
 * Evidence computed from data: each statistic against hand-computed values,
 * and every way a data file can be wrong, named with its line.
 */
import { describe, expect, it } from 'vitest';
import { measure } from '../../src/register/data/measure.js';
import { csat, median, nps, percentile } from '../../src/register/data/stats.js';
import { readableFigure } from '../../src/target.js';
import type { DataSpec } from '../../src/register/schema.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const csv = (rows: (string | number)[], header = 'v') => bytes(`${header}\n${rows.join('\n')}\n`);
const run = (spec: Partial<DataSpec>, data: Uint8Array | 'missing', file = 'data.csv') => measure({ file, stat: 'mean', column: 'v', ...spec } as DataSpec, file, data);
const value = (spec: Partial<DataSpec>, data: Uint8Array, file?: string) => {
  const m = run(spec, data, file);
  if (!m.ok) throw new Error(JSON.stringify(m));
  return m.value;
};

describe('statistics (hand-computed)', () => {
  const ten = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]; // sorted: 1 1 2 3 3 4 5 5 6 9
  it('mean, min, max, count', () => {
    expect(value({ stat: 'mean' }, csv(ten))).toBe(3.9);
    expect(value({ stat: 'min' }, csv(ten))).toBe(1);
    expect(value({ stat: 'max' }, csv(ten))).toBe(9);
    expect(value({ stat: 'count', column: undefined }, csv(ten))).toBe(10);
  });
  it('median of an even and an odd sample', () => {
    expect(value({ stat: 'median' }, csv(ten))).toBe(3.5);
    expect(median([7, 1, 3])).toBe(3);
  });
  it('nearest-rank percentiles: an observed value that at least XX % are at or below', () => {
    // p90 of 10 values: rank ceil(0.9 × 10) = 9 → 6; p75: rank 8 → 5; p95 and p99: rank 10 → 9.
    expect(value({ stat: 'p90' }, csv(ten))).toBe(6);
    expect(value({ stat: 'p75' }, csv(ten))).toBe(5);
    expect(value({ stat: 'p95' }, csv(ten))).toBe(9);
    expect(value({ stat: 'p99' }, csv(ten))).toBe(9);
  });
  it('percentiles on small samples and ties', () => {
    expect(percentile([2], 90)).toBe(2);
    expect(percentile([1, 2], 90)).toBe(2); // rank ceil(1.8) = 2
    expect(percentile([1, 2], 50)).toBe(1); // rank 1
    expect(percentile([2, 2, 2, 1], 75)).toBe(2);
    expect(percentile([1, 1, 1, 1, 1, 1, 1, 1, 1, 5], 90)).toBe(1); // 90 % are at most 1
  });
  it('share with a condition, as a percentage', () => {
    const data = bytes('wait_s,call\n30,1\n59,2\n60,3\n61,4\n\n');
    expect(value({ stat: 'share', column: undefined, where: 'wait_s <= 60' }, data)).toBe(75);
    expect(value({ stat: 'share', column: undefined, where: 'wait_s < 60' }, data)).toBe(50);
  });
  it('CSAT: share of 4 and 5 on a 1–5 scale', () => {
    expect(csat([5, 4, 3, 2, 1, 5, 4, 4])).toBe(62.5);
    expect(value({ stat: 'csat' }, csv([5, 4, 3]))).toBe(66.6667);
  });
  it('NPS: promoters minus detractors on a 0–10 scale', () => {
    expect(nps([10, 9, 8, 7, 6, 0])).toBeCloseTo(0);
    expect(nps([10, 10, 9, 5])).toBe(50);
    expect(value({ stat: 'nps' }, csv([10, 9, 6, 3, 8]))).toBe(0);
  });
});

describe('reading data files', () => {
  it('reads ; separated files with decimal commas, quotes and a BOM, as Finnish Excel exports them', () => {
    const data = bytes('\ufeffid;aika;"kommentti"\r\n1;1,5;"hyvä; nopea"\r\n2;2,5;\r\n');
    expect(value({ column: 'aika', decimal: ',' }, data)).toBe(2);
  });
  it('reads JSON: a list of objects', () => {
    expect(value({ stat: 'max' }, bytes('[{"v": 1}, {"v": 4.5}]'), 'data.json')).toBe(4.5);
  });
  it('takes the period from a date column, ISO or Finnish dates', () => {
    const m = run({ date_column: 'päivä' }, bytes('v;päivä\n1;3.10.2026\n2;2026-10-31\n3;15.10.2026\n'));
    expect(m).toMatchObject({ ok: true, n: 3, period: { from: '2026-10-03', to: '2026-10-31' } });
  });

  const failure = (spec: Partial<DataSpec>, data: Uint8Array | 'missing', file?: string) => {
    const m = run(spec, data, file);
    if (m.ok) throw new Error('expected a failure');
    return { line: m.line, problem: m.problem };
  };
  it('names the line of a malformed row, and what is wrong with it', () => {
    expect(failure({}, bytes('v,w\n1,2\n3\n4,5\n'))).toMatchObject({ line: 3, problem: { code: 'malformed', why: { kind: 'fieldCount', fields: 1, columns: 2 } } });
    expect(failure({}, bytes('v,w\n1,2,3\n'))).toMatchObject({ line: 2, problem: { code: 'malformed', why: { kind: 'fieldCount', fields: 3, columns: 2 } } });
  });
  it('tells an unclosed quote from a quote in the middle of a field', () => {
    expect(failure({}, bytes('v,w\n1,"2\n3,4\n'))).toMatchObject({ problem: { code: 'malformed', why: { kind: 'quoteNotClosed' } } });
    expect(failure({}, bytes('v,w\n1,a"b"c\n'))).toMatchObject({ line: 2, problem: { code: 'malformed', why: { kind: 'strayQuote' } } });
    expect(failure({}, bytes('v,w\n1,"a"b\n'))).toMatchObject({ line: 2, problem: { code: 'malformed', why: { kind: 'strayQuote' } } });
  });
  it('a JSON file that is no JSON: the line where reading stopped', () => {
    expect(failure({}, bytes('[\n  {"v": 1},\n  {"v": 2,}\n]'), 'data.json')).toMatchObject({ line: 3, problem: { code: 'malformed', why: { kind: 'notJson' } } });
  });
  it('names the line of a value that is no number, and hints at decimal commas', () => {
    expect(failure({}, csv([1, 2, 'n/a']))).toEqual({ line: 4, problem: { code: 'notNumber', column: 'v', value: 'n/a', decimalComma: false } });
    expect(failure({}, bytes('v;w\n1,5;x\n'))).toEqual({ line: 2, problem: { code: 'notNumber', column: 'v', value: '1,5', decimalComma: true } });
  });
  it('names the line of an object in JSON', () => {
    expect(failure({}, bytes('[\n  {"v": 1},\n  {"v": "x"}\n]'), 'data.json')).toMatchObject({ line: 3, problem: { code: 'notNumber' } });
  });
  it('an empty file, a header without rows, a missing file', () => {
    expect(failure({}, bytes(''))).toMatchObject({ problem: { code: 'empty' } });
    expect(failure({}, bytes('v\n'))).toMatchObject({ problem: { code: 'empty' } });
    expect(failure({}, 'missing')).toMatchObject({ line: null, problem: { code: 'missing' } });
  });
  it('a missing column lists the columns there are', () => {
    expect(failure({ column: 'days' }, bytes('order,hours\n1,2\n'))).toEqual({ line: 1, problem: { code: 'noColumn', column: 'days', columns: ['order', 'hours'] } });
  });
  it('answers outside the scale of CSAT or NPS', () => {
    expect(failure({ stat: 'csat' }, csv([5, 6]))).toMatchObject({ line: 3, problem: { code: 'outOfScale', scale: '1–5' } });
    expect(failure({ stat: 'nps' }, csv([11]))).toMatchObject({ line: 2, problem: { code: 'outOfScale', scale: '0–10' } });
  });
  it('gives the same figure for the same file', () => {
    const data = csv([1.25, 2.5, 3.75]);
    expect(run({}, data)).toEqual(run({}, data));
  });
});

describe('a figure as people read it', () => {
  it('is rounded to two decimals, unless that would put it on the other side of its target', () => {
    expect(readableFigure(91.6667, '>= 85')).toBe(91.67);
    expect(readableFigure(1.8)).toBe(1.8);
    // 84.996 misses >= 85; shown as 85 it would seem to meet it.
    expect(readableFigure(84.996, '>= 85')).toBe(84.996);
    expect(readableFigure(2.004, '<= 2')).toBe(2.004);
  });
});
