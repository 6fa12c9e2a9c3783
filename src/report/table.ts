/**
 * The terminal report — what a brand manager reads before launch: a header,
 * a table of promises, the findings grouped by promise with file:line and
 * what to do, then a one-line verdict. The only reporter that uses
 * cli-table3; colour comes in as a Styler.
 */
import Table from 'cli-table3';
import { docsUrl } from '../audit/rules/define-rule.js';
import type { Finding, PromiseResult, Status } from '../types.js';
import { findingMessage } from './shared/messages.js';
import type { Styler } from './shared/style.js';
import { terminalSafe, terminalSafeLine } from './shared/terminal-safe.js';
import { truncate } from './shared/width.js';
import type { Reporter } from './types.js';

const statusStyle = (style: Styler, status: Status) =>
  ({ ready: style.green, broken: style.red, blocked: style.red, pending: style.yellow, draft: style.gray })[status];

export const renderTable: Reporter = (result, options) => {
  const { t, style } = options;
  const width = Math.max(40, options.width);
  const out: string[] = [];
  const campaign = result.scope.campaign;
  out.push(
    style.bold(
      terminalSafeLine(t.report.header({ brand: result.brand, asOf: result.asOf, campaign, campaignName: campaign ? result.campaigns[campaign]?.name : undefined })),
    ),
  );
  out.push('');

  if (!options.quiet) {
    if (result.promises.length === 0) out.push(t.report.noPromises({}));
    else out.push(promiseTable(result.promises, options.t, style, width));
    out.push('');
  }

  const shown = options.quiet ? result.findings.filter((f) => f.severity === 'error' && !f.waived) : result.findings;
  if (shown.length > 0) {
    out.push(style.bold(t.report.findingsHeading({})));
    const byPromise = new Map<string, Finding[]>();
    for (const f of shown) {
      const key = f.promise ?? '';
      byPromise.set(key, [...(byPromise.get(key) ?? []), f]);
    }
    for (const [promise, list] of byPromise) {
      out.push('');
      out.push(style.bold(terminalSafeLine(promise)));
      for (const f of list) {
        const { file, line, column } = f.location;
        const sev = f.severity === 'error' ? style.red(`✖ ${t.report.severity({ severity: 'error' })}`) : style.yellow(`⚠ ${t.report.severity({ severity: 'warning' })}`);
        const where = style.dim(`${terminalSafeLine(file)}:${line}:${column}`);
        const waived = f.waived ? style.dim(' [waived]') : '';
        out.push(`  ${where}  ${sev}${waived}  ${style.cyan(f.rule)}`);
        out.push(`    ${terminalSafe(findingMessage(t, f)).replace(/\n/g, '\n    ')}`);
        if (f.waiver) out.push(`    ${style.dim(terminalSafeLine(t.report.waived({ ...f.waiver })))}`);
      }
    }
    out.push('');
    const rulesSeen = [...new Set(shown.map((f) => f.rule))];
    out.push(style.dim(t.report.rulesHelp({})));
    for (const rule of rulesSeen) out.push(style.dim(`  ${rule}: ${docsUrl(rule)}`));
    out.push('');
  } else if (!options.quiet) {
    out.push(style.dim(t.report.noFindings({})));
    out.push('');
  }

  const s = result.summary;
  const verdict = s.verdict === 'pass' ? style.green(style.bold(`✔ ${t.report.verdictPass({})}`)) : style.red(style.bold(`✖ ${t.report.verdictFail({})}`));
  out.push(`${verdict} — ${t.report.verdictLine({ verdict: s.verdict, failOn: result.policy.failOn })}`);
  out.push(`  ${t.report.counts(s)} · ${t.report.findingCounts(s)}`);
  return `${out.join('\n')}\n`;
};

/** Columns that fit the terminal: statement and next action share what is left, and wrap. */
function promiseTable(promises: PromiseResult[], t: ReportOptionsT, style: Styler, width: number): string {
  const c = t.report.columns({});
  let idWidth = Math.min(30, Math.max(c.promise.length, ...promises.map((p) => p.id.length)) + 2);
  const fixed = { tier: 16, announce: 12, status: 10, delivered: 11 };
  // Layouts from richest to leanest; the first whose flexible columns get room wins.
  const layouts: (keyof typeof c)[][] = [
    ['promise', 'statement', 'tier', 'announce', 'status', 'delivered', 'next'],
    ['promise', 'statement', 'announce', 'status', 'delivered', 'next'],
    ['promise', 'status', 'delivered', 'next'],
  ];
  const fixedWidth = (col: keyof typeof c) => (col === 'promise' ? idWidth : (fixed as Record<string, number>)[col] ?? 0);
  const room = (cols: (keyof typeof c)[]) => width - cols.reduce((sum, col) => sum + fixedWidth(col), 0) - (cols.length + 1);
  const columns = layouts.find((cols, i) => i === layouts.length - 1 || room(cols) >= (i === 0 ? 60 : 44))!;
  // On a narrow terminal the id column gives way so the next action keeps at least 16 columns.
  if (room(columns) < 16) idWidth = Math.max(8, idWidth - (16 - room(columns)));
  const flexible = room(columns);
  // The statement gets two fifths of what is left, the next action the rest.
  const statementWidth = columns.includes('statement') ? Math.max(12, Math.floor((flexible * 2) / 5)) : 0;
  const nextWidth = Math.max(12, flexible - statementWidth);
  const colWidths = columns.map((col) => (col === 'statement' ? statementWidth : col === 'next' ? nextWidth : fixedWidth(col)));

  const table = new Table({
    head: columns.map((col) => style.bold(c[col])),
    colWidths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], compact: false },
  });
  for (const p of promises) {
    const cells: Record<keyof typeof c, string> = {
      promise: truncate(terminalSafeLine(p.id), idWidth - 2),
      statement: truncate(terminalSafeLine(p.statement), statementWidth * 3 - 6),
      tier: t.report.tier({ tier: p.tier }),
      announce: p.announce ?? '—',
      status: statusStyle(style, p.status)(t.report.status({ status: p.status })),
      delivered: `${p.deliveredCount}/${p.touchpoints.length}`,
      next: terminalSafeLine(t.next(p.next)),
    };
    table.push(columns.map((col) => cells[col]));
  }
  return table.toString();
}

type ReportOptionsT = Parameters<Reporter>[1]['t'];
