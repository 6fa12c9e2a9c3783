/**
 * The terminal report — what a brand manager reads before launch: a header,
 * a table of promises, the findings grouped by promise with file:line and
 * what to do, then a one-line verdict. The only reporter that uses
 * cli-table3; colour comes in as a Styler.
 */
import Table from 'cli-table3';
import { docsUrl } from '../audit/rules/define-rule.js';
import { addTo } from '../multimap.js';
import type { CopyResult, Finding, PromiseResult, Status } from '../types.js';
import { findingMessage, verdictLine } from './shared/messages.js';
import type { Styler } from './shared/style.js';
import { terminalSafeLine } from './shared/terminal-safe.js';
import { textWidth, truncate, wrap } from './shared/width.js';
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
      wrap(terminalSafeLine(t.report.header({ brand: result.brand, asOf: result.asOf, campaign, campaignName: campaign ? result.campaigns[campaign]?.name : undefined })), width, '', '  '),
    ),
  );
  out.push('');

  // `scan` reports on copy: the claims found stand in for the table of promises.
  const copyOnly = result.copy?.copyOnly ?? false;
  if (!options.quiet && !copyOnly) {
    if (result.promises.length === 0) out.push(t.report.noPromises({}));
    else {
      const { shown, hidden } = pickRows(result.promises);
      const table = promiseTable(shown, options.t, style, width);
      out.push(table.text);
      // Columns the terminal had no room for are named, not dropped without a word.
      if (table.leftOut.length > 0) out.push(style.dim(wrap(t.report.columnsLeftOut({ columns: table.leftOut }), width, '', '')));
      if (hidden > 0) out.push(style.dim(t.report.moreRows({ count: hidden, max: TABLE_MAX_ROWS })));
    }
    out.push('');
  }
  if (!options.quiet && result.copy) {
    out.push(...copySection(result.copy, t, style, width));
    out.push('');
  }

  const shown = options.quiet ? result.findings.filter((f) => f.severity === 'error' && !f.waived) : result.findings;
  if (shown.length > 0) {
    out.push(style.bold(t.report.findingsHeading({})));
    const byPromise = new Map<string, Finding[]>();
    for (const f of shown) addTo(byPromise, f.promise ?? '', f);
    for (const [promise, list] of byPromise) {
      out.push('');
      out.push(style.bold(terminalSafeLine(promise || t.scan.noPromiseGroup({}))));
      for (const f of list) {
        const { file, line, column } = f.location;
        const sev = f.severity === 'error' ? style.red(`✖ ${t.report.severity({ severity: 'error' })}`) : style.yellow(`⚠ ${t.report.severity({ severity: 'warning' })}`);
        const where = style.dim(`${terminalSafeLine(file)}:${line}:${column}`);
        const waived = f.waived ? style.dim(` [${t.report.waivedTag({})}]`) : '';
        // Location, severity and rule on one line when they fit; else the location alone on the first line.
        const header = `  ${where}  ${sev}${waived}  ${style.cyan(f.rule)}`;
        out.push(textWidth(header) <= width ? header : `  ${where}\n    ${sev}${waived}  ${style.cyan(f.rule)}`);
        out.push(wrap(terminalSafeLine(findingMessage(t, f)), width, '    '));
        if (f.waiver) out.push(style.dim(wrap(terminalSafeLine(t.report.waived({ ...f.waiver })), width, '    ')));
      }
    }
    out.push('');
    const rulesSeen = [...new Set(shown.map((f) => f.rule))];
    out.push(style.dim(wrap(t.report.rulesHelp({}), width, '', '  ')));
    // A link cannot be broken: unless every rule fits on one line with its link, each link gets a line of its own.
    const links = rulesSeen.map((rule) => [`  ${rule}:`, docsUrl(rule)] as const);
    const oneLine = links.every(([rule, url]) => textWidth(rule) + 1 + textWidth(url) <= width);
    for (const [rule, url] of links) out.push(style.dim(oneLine ? `${rule} ${url}` : `${rule}\n    ${url}`));
    out.push('');
  } else if (!options.quiet) {
    out.push(style.dim(t.report.noFindings({})));
    out.push('');
  }

  const s = result.summary;
  const verdict = s.verdict === 'pass' ? style.green(style.bold(`✔ ${t.report.verdictPass({})}`)) : style.red(style.bold(`✖ ${t.report.verdictFail({})}`));
  const line = copyOnly ? t.scan.verdictLine({ verdict: s.verdict, failOn: result.policy.failOn }) : verdictLine(t, result);
  // Wrapped like the findings, so that a narrow terminal does not cut a word.
  out.push(wrap(`${verdict} — ${line}`, width, '', '  '));
  out.push(wrap(copyOnly ? t.report.findingCounts(s) : `${t.report.counts(s)} · ${t.report.findingCounts(s)}`, width, '  '));
  return `${out.join('\n')}\n`;
};

/**
 * The claims found in copy: one line per promise (how many mentions, the
 * first of them), covered ones in green; then suppressions and notes.
 */
function copySection(copy: CopyResult, t: ReportOptionsT, style: Styler, width: number): string[] {
  const out = [style.bold(t.scan.heading({}))];
  const covered = copy.mentions.filter((m) => m.covered).length;
  out.push(wrap(t.scan.summary({ files: copy.files, mentions: copy.mentions.length, covered }), width, '  '));
  const byPromise = new Map<string, CopyResult['mentions']>();
  for (const m of copy.mentions) addTo(byPromise, m.promise, m);
  const rows = [...byPromise].map(([promise, list]) => {
    const first = list[0]!;
    return {
      mark: first.covered ? style.green('✔') : style.red('✖'),
      promise: terminalSafeLine(promise),
      state: first.covered ? t.scan.covered({}) : t.scan.notCovered({ status: first.status }),
      color: first.covered ? style.green : statusStyle(style, first.status),
      count: `${list.length}×`,
      where: `${terminalSafeLine(first.location.file)}:${first.location.line}:${first.location.column}${list.length > 1 ? ' …' : ''}`,
    };
  });
  const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - textWidth(s)));
  const idWidth = Math.max(0, ...rows.map((r) => textWidth(r.promise)));
  const stateWidth = Math.max(0, ...rows.map((r) => textWidth(r.state)));
  const countWidth = Math.max(0, ...rows.map((r) => r.count.length));
  // Columns when they fit the terminal, the first mention at the end of the row or below it;
  // in a terminal too narrow for the columns, each claim on lines of its own.
  const before = 2 + 2 + idWidth + 2 + stateWidth + 2 + countWidth + 2;
  for (const r of rows) {
    if (before > width) {
      out.push(`  ${r.mark} ${r.promise}  ${r.count}\n    ${r.color(r.state)}\n    ${style.dim(r.where)}`);
      continue;
    }
    const row = `  ${r.mark} ${pad(r.promise, idWidth)}  ${r.color(pad(r.state, stateWidth))}  ${' '.repeat(countWidth - r.count.length)}${r.count}`;
    out.push(before + textWidth(r.where) <= width ? `${row}  ${style.dim(r.where)}` : `${row}\n    ${style.dim(r.where)}`);
  }
  const explained = copy.suppressions.filter((s) => s.reason !== null);
  if (explained.length > 0) {
    out.push(style.dim(wrap(t.scan.suppressed({ count: explained.length, covers: explained.reduce((n, s) => n + s.covers, 0) }), width, '  ')));
  }
  for (const n of copy.notes) out.push(style.dim(wrap(`! ${terminalSafeLine(t.scan.note(n))}`, width, '  ')));
  return out;
}

/**
 * Promises in the table at most. A screenful is what people read; the table
 * is also slow to lay out (cli-table3 checks each cell against every cell
 * above it, so 10,000 rows took minutes). The findings below it are all listed.
 */
export const TABLE_MAX_ROWS = 200;

/** Up to TABLE_MAX_ROWS promises, those not ready first, shown in register order. */
function pickRows(promises: PromiseResult[]): { shown: PromiseResult[]; hidden: number } {
  if (promises.length <= TABLE_MAX_ROWS) return { shown: promises, hidden: 0 };
  const keep = new Set(
    promises
      .map((p, i) => ({ ready: p.status === 'ready' ? 1 : 0, i }))
      .sort((a, b) => a.ready - b.ready || a.i - b.i)
      .slice(0, TABLE_MAX_ROWS)
      .map((x) => x.i),
  );
  return { shown: promises.filter((_, i) => keep.has(i)), hidden: promises.length - TABLE_MAX_ROWS };
}

/** Columns that fit the terminal: statement and next action share what is left, and wrap. */
function promiseTable(promises: PromiseResult[], t: ReportOptionsT, style: Styler, width: number): { text: string; leftOut: string[] } {
  const c = t.report.columns({});
  // Ids are what `explain` is given: shown whole up to 40 characters, or a third of a wider terminal.
  let idWidth = Math.min(Math.max(42, Math.floor(width / 3)), Math.max(c.promise.length, ...promises.map((p) => p.id.length)) + 2);
  // As wide as what they show in the run's language (and their heading), no wider: the rest is the statement's and the next action's.
  const widest = (heading: string, values: string[]) => Math.max(textWidth(heading), ...values.map(textWidth)) + 2;
  const fixed = {
    tier: widest(c.tier, promises.map((p) => t.report.tier({ tier: p.tier }))),
    announce: widest(c.announce, ['2026-01-01']),
    status: widest(c.status, promises.map((p) => t.report.status({ status: p.status }))),
    delivered: widest(c.delivered, promises.map((p) => `${p.deliveredCount}/${p.touchpoints.length}`)),
  };
  // Layouts from richest to leanest; the first whose flexible columns get room wins.
  const layouts: (keyof typeof c)[][] = [
    ['promise', 'statement', 'tier', 'announce', 'status', 'delivered', 'next'],
    ['promise', 'statement', 'announce', 'status', 'delivered', 'next'],
    ['promise', 'statement', 'status', 'delivered', 'next'],
    ['promise', 'status', 'delivered', 'next'],
    ['promise', 'status', 'next'],
  ];
  const fixedWidth = (col: keyof typeof c) => (col === 'promise' ? idWidth : (fixed as Record<string, number>)[col] ?? 0);
  const room = (cols: (keyof typeof c)[]) => width - cols.reduce((sum, col) => sum + fixedWidth(col), 0) - (cols.length + 1);
  const columns = layouts.find((cols, i) => i === layouts.length - 1 || room(cols) >= (i === 0 ? 50 : i < 3 ? 44 : 16))!;
  // On a very narrow terminal the id column gives way so the next action keeps at least 16 columns.
  if (room(columns) < 16) idWidth = Math.max(8, idWidth - (16 - room(columns)));
  const flexible = room(columns);
  // The statement gets two fifths of what is left, the next action the rest; what one of them
  // does not need (its longest text on one line) goes to the other.
  const nexts = promises.map((p) => terminalSafeLine(t.next(p.next)));
  let statementWidth = 0;
  if (columns.includes('statement')) {
    const share = Math.max(12, Math.floor((flexible * 2) / 5));
    const wantNext = widest(c.next, nexts);
    const wantStatement = widest(c.statement, promises.map((p) => terminalSafeLine(p.statement)));
    statementWidth = wantNext < flexible - share ? flexible - wantNext : share;
    if (wantStatement < statementWidth) statementWidth = Math.max(12, wantStatement);
  }
  const nextWidth = Math.max(12, flexible - statementWidth);
  const colWidths = columns.map((col) => (col === 'statement' ? statementWidth : col === 'next' ? nextWidth : fixedWidth(col)));

  const table = new Table({
    head: columns.map((col) => style.bold(c[col])),
    colWidths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], compact: false },
  });
  promises.forEach((p, i) => {
    const cells: Record<keyof typeof c, string> = {
      promise: truncate(terminalSafeLine(p.id), idWidth - 2),
      statement: truncate(terminalSafeLine(p.statement), statementWidth * 3 - 6),
      tier: t.report.tier({ tier: p.tier }),
      announce: p.announce ?? '—',
      status: statusStyle(style, p.status)(t.report.status({ status: p.status })),
      delivered: `${p.deliveredCount}/${p.touchpoints.length}`,
      next: nexts[i]!,
    };
    table.push(columns.map((col) => cells[col]));
  });
  return { text: table.toString(), leftOut: layouts[0]!.filter((col) => !columns.includes(col)).map((col) => c[col]) };
}

type ReportOptionsT = Parameters<Reporter>[1]['t'];
