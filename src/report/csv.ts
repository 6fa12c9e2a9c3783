/**
 * CSV for spreadsheets: one row per promise in scope, or one per touchpoint of
 * each promise (`--csv-rows touchpoints`), with a localised header row.
 *
 * Made to open cleanly in Excel and LibreOffice:
 * - UTF-8 with a byte-order mark, without which Excel reads the file in the
 *   system's legacy code page and Finnish letters come out as mojibake;
 * - RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180): CRLF between rows,
 *   text cells in double quotes, a quote inside doubled, so commas, quotes and
 *   line breaks stay inside their cell;
 * - safe from formula injection (CSV injection, OWASP
 *   https://owasp.org/www-community/attacks/CSV_Injection): a spreadsheet
 *   runs a cell that starts with `=`, `+`, `-` or `@` as a formula (tab and
 *   CR too, as do NUL in some), and register text is untrusted, so such a cell
 *   gets a leading single quote and is shown as text;
 * - safe to print into a terminal or a CI log: see csvCell.
 * Counts are written as bare numbers; they are never negative.
 */
import { addTo } from '../multimap.js';
import type { Finding, PromiseResult } from '../types.js';
import type { Stage } from './shared/document-model.js';
import { repositoryFile } from './shared/paths.js';
import { terminalSafe } from './shared/terminal-safe.js';
import type { Reporter } from './types.js';

type Cell = string | number;

// OWASP's list (=, +, -, @, tab, CR) and NUL from the ASVS (requirement 1.2.10).
// eslint-disable-next-line no-control-regex
const FORMULA_START = /^[=+\-@\t\r\0]/;

/** Text a spreadsheet will not run as a formula. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * One RFC 4180 field: numbers bare, text neutralised and quoted. CSV is often
 * printed to a terminal or a CI log (`--format csv`), where a line of a
 * cell's text is a line of the log: its control characters are shown and its
 * workflow commands made harmless, as in every other report.
 */
export function csvCell(value: Cell): string {
  if (typeof value === 'number') return String(value);
  // A CR before a line feed overwrites nothing: Windows line breaks stay as written.
  const shown = value.includes('\r\n') ? value.split('\r\n').map(terminalSafe).join('\r\n') : terminalSafe(value);
  return `"${neutraliseFormula(shown).replace(/"/g, '""')}"`;
}

const BOM = '\uFEFF';
const CRLF = '\r\n';

export const renderCsv: Reporter = (result, options) => {
  const { t } = options;
  const c = t.ci.csvColumns({});
  const byPromise = new Map<string, Finding[]>();
  for (const f of result.findings) if (f.promise !== null) addTo(byPromise, f.promise, f);

  const common = (p: PromiseResult): Cell[] => [
    p.id,
    p.statement,
    t.report.tier({ tier: p.tier }),
    // In the report's language, as the tier and the status are.
    p.stage ? t.document.stage({ stage: p.stage as Stage }) : '',
    p.owner,
    t.report.status({ status: p.status }),
    p.announce ?? '',
    p.campaigns.join(', '),
  ];
  const where = (p: PromiseResult) => `${repositoryFile(options, p.location.file)}:${p.location.line}:${p.location.column}`;
  const rows: Cell[][] = [];

  if ((options.csvRows ?? 'promises') === 'touchpoints') {
    rows.push([c.promise, c.statement, c.tier, c.stage, c.owner, c.status, c.announce, c.campaigns, c.touchpoint, c.touchpointName, c.touchpointDelivered, c.reason, c.validUntil, c.planDue, c.planNote, c.location]);
    for (const p of result.promises) {
      for (const tp of p.touchpoints) {
        const validUntil = tp.evidence.reduce((max, e) => (e.valid && e.validUntil !== null && e.validUntil > max ? e.validUntil : max), '');
        rows.push([
          ...common(p),
          tp.id,
          tp.name,
          t.ci.csvBoolean({ value: tp.delivered }),
          tp.reason ? t.reason(tp.reason) : '',
          validUntil,
          tp.plan?.due ?? '',
          tp.plan?.note ?? '',
          where(p),
        ]);
      }
    }
  } else {
    rows.push([c.promise, c.statement, c.tier, c.stage, c.owner, c.status, c.announce, c.campaigns, c.delivered, c.required, c.next, c.errors, c.warnings, c.waived, c.location]);
    for (const p of result.promises) {
      const findings = byPromise.get(p.id) ?? [];
      const live = findings.filter((f) => !f.waived);
      rows.push([
        ...common(p),
        p.deliveredCount,
        p.touchpoints.length,
        t.next(p.next),
        live.filter((f) => f.severity === 'error').length,
        live.filter((f) => f.severity === 'warning').length,
        findings.length - live.length,
        where(p),
      ]);
    }
  }
  return BOM + rows.map((row) => row.map(csvCell).join(',') + CRLF).join('');
};
