/**
 * CSV: UTF-8 with a BOM and CRLF rows (Excel reads Finnish letters right),
 * RFC 4180 quoting that a real CSV parser reads back, and no cell a
 * spreadsheet would run as a formula.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { fi } from '../../src/i18n/fi.js';
import { csvCell, neutraliseFormula, renderCsv } from '../../src/report/csv.js';
import { plainStyle } from '../../src/report/shared/style.js';
import type { ReportOptions } from '../../src/report/types.js';
import { auditCi, HOSTILE } from './ci-register.js';
import { run } from '../helpers/cli.js';

const options = (over: Partial<ReportOptions> = {}): ReportOptions => ({ t: en, lang: 'en', style: plainStyle, width: 120, ...over });
const rows = (text: string) => parse(text, { bom: true, record_delimiter: '\r\n', relax_column_count: false }) as string[][];
/** Cells by header name. */
const records = (text: string) => {
  const [header, ...body] = rows(text);
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
};

describe('CSV report', () => {
  it('starts with a UTF-8 byte-order mark and ends every row with CRLF', () => {
    const text = renderCsv(auditCi(), options());
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text.endsWith('\r\n')).toBe(true);
    // Line feeds inside cells are in quotes; between rows, only CRLF.
    const outside = text.replace(/"(?:[^"]|"")*"/g, '');
    expect(outside).not.toMatch(/(?<!\r)\n/);
  });

  it('has a localised header and one row per promise', () => {
    const result = auditCi();
    const en_ = rows(renderCsv(result, options()));
    expect(en_[0]!.slice(0, 6)).toEqual(['Promise', 'Statement', 'Tier', 'Stage', 'Owner', 'Status']);
    expect(en_.slice(1).map((r) => r[0])).toEqual(result.promises.map((p) => p.id));
    const fi_ = rows(renderCsv(result, options({ t: fi, lang: 'fi' })));
    expect(fi_[0]!.slice(0, 6)).toEqual(['Lupaus', 'Sanamuoto', 'Taso', 'Vaihe', 'Omistaja', 'Tila']);
    expect(fi_[0]).toContain('Lunastettuja kosketuspisteitä'); // Finnish letters intact
    expect(fi_.find((r) => r[0] === 'phone-answered')![5]).toBe('rikottu');
  });

  it('names the stage in the report\'s language, as the tier and the status', async () => {
    const csv = await run(['check', 'examples/webshop.yaml', '--format', 'csv', '--lang', 'fi']);
    const stageOf = new Map(rows(csv.stdout).slice(1).map((r) => [r[0], r[3]]));
    expect(stageOf.get('two-day-delivery')).toBe('toimitus');
    expect(stageOf.get('free-returns')).toBe('jälkipalvelu');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const byId = new Map(records(renderCsv(auditCi(), options())).map((r) => [r.Promise!, r]));
    expect(byId.get('two-day-delivery')!.Statement).toBe(`'=HYPERLINK("http://example.com/x", "click")`);
    expect(byId.get('phone-answered')!.Statement).toBe(`'+358 40 123 4567, always answered`);
    expect(byId.get('size-advice')!.Statement).toBe(`'-20% returns with fit advice`);
    expect(byId.get('gift-wrap')!.Statement).toBe(`'@SUM(1+1) gift wrap, "free", for everyone\nsecond line`);
    for (const record of byId.values()) for (const cell of Object.values(record)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  /** The hostile text as a CSV printed to a terminal or CI log holds it. */
  const SHOWN = HOSTILE.replace('\u0001', '␁').replace('\u001b', '␛').replace('\n::error', '\n:\\:error');

  it('round-trips quotes, commas and line breaks', () => {
    const byId = new Map(records(renderCsv(auditCi(), options())).map((r) => [r.Promise!, r]));
    // Line breaks stay; control characters are shown and a workflow command is made harmless, for a CI log.
    expect(byId.get('ai-sorting')!.Statement).toBe(SHOWN);
    expect(byId.get('gift-wrap')!.Statement).toContain('"free", for everyone\nsecond line');
    expect(byId.get('phone-answered')!['Delivered touchpoints']).toBe('0');
    expect(byId.get('phone-answered')!.Errors).toBe('1');
    expect(byId.get('free-returns')!.Waived).toBe('1');
  });

  it('gives one row per touchpoint with --csv-rows touchpoints', () => {
    const result = auditCi();
    const list = records(renderCsv(result, options({ csvRows: 'touchpoints' })));
    expect(list).toHaveLength(result.promises.reduce((n, p) => n + p.touchpoints.length, 0));
    const phone = list.find((r) => r.Promise === 'phone-answered')!;
    expect(phone).toMatchObject({ Touchpoint: 'phone', 'Touchpoint name': 'Phone', Delivered: 'no' });
    expect(phone['Why not delivered']).toBe(`target missed: “${SHOWN}” is 80, the target is >= 95`);
    expect(list.find((r) => r.Promise === 'two-day-delivery')).toMatchObject({ Delivered: 'yes', 'Evidence valid until': '2027-11-03' });
  });

  it('quotes and neutralises single cells as OWASP recommends', () => {
    expect(['=1+1', '+1', '-1', '@A1', '\tx', '\rx', 'plain', ' =not-first'].map(neutraliseFormula)).toEqual(["'=1+1", "'+1", "'-1", "'@A1", "'\tx", "'\rx", 'plain', ' =not-first']);
    expect(csvCell('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvCell(42)).toBe('42');
  });
});
