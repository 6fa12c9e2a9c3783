/**
 * `explain`: why one promise has its status — every required touchpoint with
 * the evidence considered and its validity on the audit day, where the
 * announce date comes from, the lead time, the findings and waivers that
 * apply, and the next action. As text for people, or JSON for scripts.
 */
import { addDays } from '../audit/dates.js';
import { docsUrl } from '../audit/rules/define-rule.js';
import type { AuditResult, EvidenceCheck, PromiseResult } from '../types.js';
import { findingJson, promiseJson } from './json.js';
import { jsonText } from './shared/json-text.js';
import { findingMessage } from './shared/messages.js';
import { terminalSafeLine } from './shared/terminal-safe.js';
import { textWidth, wrap } from './shared/width.js';
import type { ReportOptions } from './types.js';

export function explainJson(result: AuditResult, promise: PromiseResult, { t }: ReportOptions): string {
  const out = {
    schemaVersion: result.schemaVersion,
    asOf: result.asOf,
    scope: result.scope,
    policy: result.policy,
    promise: promiseJson(promise, t),
    findings: result.findings.filter((f) => f.promise === promise.id).map((f) => findingJson(f, t)),
    waivers: result.waivers.filter((w) => w.promise === promise.id),
  };
  return jsonText(out);
}

export function explainText(result: AuditResult, p: PromiseResult, options: ReportOptions): string {
  const { t, style } = options;
  const x = t.explain;
  const safe = terminalSafeLine;
  const lines: string[] = [];
  const statusColour = { ready: style.green, broken: style.red, blocked: style.red, pending: style.yellow, draft: style.gray }[p.status];

  lines.push(`${style.bold(safe(p.id))} — ${safe(p.statement)}`);
  lines.push(
    `${statusColour(style.bold(t.report.status({ status: p.status })))} · ${t.report.tier({ tier: p.tier })} · ${x.owner({ owner: safe(p.owner) })} · ${x.auditDay({ asOf: result.asOf })}` +
      (result.scope.campaign ? ` · ${x.campaign({ campaign: result.scope.campaign })}` : ''),
  );
  lines.push(style.dim(`${safe(p.location.file)}:${p.location.line}:${p.location.column}`));
  lines.push('');

  // When and why it is (or will be) public.
  if (p.announce === null) lines.push(x.noAnnounce({}));
  else if (p.announceSource?.kind === 'campaign') {
    const c = result.campaigns[p.announceSource.campaign];
    lines.push(x.announceCampaign({ date: p.announce, campaign: p.announceSource.campaign, name: safe(c?.name ?? '') }));
  } else lines.push(x.announceOwn({ date: p.announce }));
  if (p.announce !== null) {
    lines.push(x.leadTime({ days: result.policy.leadTimeDays, deadline: addDays(p.announce, -result.policy.leadTimeDays) }));
  }
  lines.push(x.statusWhy({ status: p.status, delivered: p.deliveredCount, required: p.touchpoints.length, asOf: result.asOf, announce: p.announce, campaign: result.scope.campaign }));
  lines.push('');

  lines.push(style.bold(x.touchpoints({ count: p.touchpoints.length })));
  for (const tp of p.touchpoints) {
    const mark = tp.delivered ? style.green('✔') : style.red('✖');
    const why = tp.delivered ? x.delivered({}) : `${x.notDelivered({})}: ${safe(t.reason(tp.reason ?? { code: 'noEvidence' }))}`;
    lines.push(`  ${mark} ${style.bold(safe(tp.id))} (${safe(tp.name)}) — ${why}`);
    for (const e of tp.evidence) lines.push(...evidenceLines(e, options));
    if (tp.plan) lines.push(`      ${x.plan({ due: tp.plan.due, note: tp.plan.note ? safe(tp.plan.note) : undefined })}`);
  }
  lines.push('');

  const findings = result.findings.filter((f) => f.promise === p.id);
  lines.push(style.bold(x.findings({ count: findings.length })));
  for (const f of findings) {
    const sev = f.severity === 'error' ? style.red(t.report.severity({ severity: 'error' })) : style.yellow(t.report.severity({ severity: 'warning' }));
    lines.push(`  ${sev}${f.waived ? style.dim(` [${t.report.waivedTag({})}]`) : ''} ${style.cyan(f.rule)}  ${style.dim(`${safe(f.location.file)}:${f.location.line}:${f.location.column}`)}`);
    lines.push(`    ${safe(findingMessage(t, f))}`);
    lines.push(`    ${style.dim(docsUrl(f.rule))}`);
  }
  const waivers = result.waivers.filter((w) => w.promise === p.id);
  if (waivers.length > 0) {
    lines.push('');
    lines.push(style.bold(x.waivers({ count: waivers.length })));
    for (const w of waivers) {
      lines.push(
        `  ${w.rule}${w.touchpoint ? ` @ ${safe(w.touchpoint)}` : ''} — ${safe(w.reason)} ${style.dim(x.waiverState({ approvedBy: safe(w.approvedBy), expires: w.expires, live: w.live, covers: w.covers }))}`,
      );
    }
  }
  lines.push('');
  lines.push(`${style.bold(x.next({}))} ${safe(t.next(p.next))}`);
  // Each line word-wrapped to the terminal, continued two columns in from where it starts.
  const width = Math.max(40, options.width);
  const fit = (line: string) => {
    if (textWidth(line) <= width) return line;
    const indent = /^ */.exec(line)![0];
    return wrap(line.slice(indent.length), width, indent, `${indent}  `);
  };
  return `${lines.map(fit).join('\n')}\n`;
}

function evidenceLines(e: EvidenceCheck, { t, style }: ReportOptions): string[] {
  const x = t.explain;
  const mark = e.valid ? style.green('✔') : style.red('✖');
  const out = [
    `      ${mark} ${t.document.evidenceKind({ kind: e.kind })} ${x.summary({ text: terminalSafeLine(e.summary) })} ${x.verified({ verified: e.verified, by: terminalSafeLine(e.by), validUntil: e.validUntil })}`,
  ];
  if (e.actual !== undefined && e.target !== undefined) {
    out.push(`          ${x.figure({ actual: e.actual, unit: e.unit ? terminalSafeLine(e.unit) : undefined, target: e.target })}`);
  }
  if (e.data) out.push(`          ${style.dim(x.computed({ ...e.data, file: terminalSafeLine(e.data.file), column: e.data.column ? terminalSafeLine(e.data.column) : undefined }))}`);
  if (e.problem) out.push(`          ${style.red(terminalSafeLine(t.problem(e.problem)))}`);
  if (e.source) out.push(`          ${style.dim(x.source({ source: terminalSafeLine(e.source) }))}`);
  return out;
}
