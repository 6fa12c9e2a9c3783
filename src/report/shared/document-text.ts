/**
 * The sentences of the Markdown and HTML documents, written from the
 * language-free model with the catalogue, dates and figures in the
 * language's style. Returns plain text: each document escapes it for its
 * own format, because user text (names, statements, reasons) is inside.
 */
import type { Catalogue } from '../../i18n/en.js';
import type { Lang } from '../../i18n/index.js';
import type { AuditResult, EvidenceCheck, Finding, NextAction, Status, TouchpointReason } from '../../types.js';
import { ownerName, STATUS_SYMBOL, touchpointName, type Deadline, type OwnerAction, type TimelineEntry } from './document-model.js';
import { formatDate, formatNumber, formatTarget, localizeValues } from './locale-format.js';
import { readableFigure } from '../../target.js';
import { findingMessage } from './messages.js';

export interface DocumentText {
  t: Catalogue;
  lang: Lang;
  date(iso: string): string;
  number(n: number): string;
  /** Symbol and name of a status: `✖ broken`. */
  status(status: Status): string;
  /** Symbol and name of a finding's severity, marked when waived. */
  severity(f: Finding): string;
  touchpoint(id: string): string;
  owner(id: string): string;
  next(next: NextAction): string;
  reason(reason: TouchpointReason): string;
  deadline(d: Deadline): string;
  action(a: OwnerAction): string;
  /** A finding's message, and the waiver that covers it. */
  finding(f: Finding): string;
  /** `1,7 days (target ≤ 2)`, or null for evidence without a figure. */
  figure(e: EvidenceCheck): string | null;
  evidence(e: EvidenceCheck): string;
  /** Where the evidence comes from: the data file its figure is computed from, and its source. */
  source(e: EvidenceCheck): string | null;
  timelineState(e: TimelineEntry): string;
  meta(): string;
}

export function documentText(result: AuditResult, t: Catalogue, lang: Lang): DocumentText {
  const date = (iso: string) => formatDate(iso, lang);
  const local = <T>(data: T) => localizeValues(data, lang);
  const tp = (id: string) => touchpointName(result, id);
  const reason = (r: TouchpointReason) => t.reason(local(r));
  const message = (f: Finding) => findingMessage(t, { ...f, data: local(f.data) } as Finding);

  const text: DocumentText = {
    t,
    lang,
    date,
    number: (n) => formatNumber(n, lang),
    status: (status) => `${STATUS_SYMBOL[status]} ${t.report.status({ status })}`,
    severity: (f) => `${f.severity === 'error' ? '✖' : '⚠'} ${t.report.severity({ severity: f.severity })}${f.waived ? ` (${t.document.waivedTag({})})` : ''}`,
    touchpoint: tp,
    owner: (id) => ownerName(result, id),
    next: (next) => t.next(local(next)),
    reason,
    deadline(d) {
      switch (d.kind) {
        case 'now':
          return t.document.deadlineNow(d.since === undefined ? {} : { since: date(d.since) });
        case 'date':
          return t.document.deadlineBy({ date: date(d.date), daysLeft: d.daysLeft });
        case 'beforeAnnouncing':
          return t.document.deadlineBeforeAnnouncing({});
      }
    },
    action(a) {
      const what = a.what;
      switch (what.kind) {
        case 'deliver': {
          const deliver = t.document.actionDeliver({ touchpoint: tp(what.touchpoint), reason: reason(what.reason) });
          if (!what.plan) return deliver;
          const plan = t.document.actionPlan(what.plan.note === undefined ? { due: date(what.plan.due) } : { due: date(what.plan.due), note: what.plan.note });
          return `${deliver}; ${plan}`;
        }
        case 'renew':
          return t.document.actionRenew({ touchpoint: tp(what.touchpoint), validUntil: date(what.validUntil) });
        case 'finding':
          return `${what.finding.severity === 'error' ? '✖' : '⚠'} ${what.finding.rule}: ${message(what.finding)}`;
      }
    },
    finding(f) {
      const base = message(f);
      if (!f.waiver) return base;
      return `${base} — ${t.document.waivedBy({ reason: f.waiver.reason, approvedBy: ownerName(result, f.waiver.approvedBy), expires: date(f.waiver.expires) })}`;
    },
    figure(e) {
      if (e.actual === undefined || e.target === undefined) return null;
      const figure = { actual: formatNumber(readableFigure(e.actual, e.target), lang), target: formatTarget(e.target, lang) };
      return t.document.figure(e.unit === undefined ? figure : { ...figure, unit: e.unit });
    },
    evidence: (e) => `${t.document.evidenceKind({ kind: e.kind })}: ${e.summary}`,
    source(e) {
      const computed = e.data ? t.explain.computed(local(e.data)) : null;
      if (computed === null) return e.source ?? null;
      return e.source === undefined ? computed : `${computed} · ${e.source}`;
    },
    timelineState: (e) => t.document.timelineState({ kind: e.kind, days: e.days }),
    meta() {
      const campaign = result.scope.campaign;
      const name = campaign === null ? undefined : result.campaigns[campaign]?.name;
      return t.document.meta(name === undefined ? { asOf: date(result.asOf), campaign } : { asOf: date(result.asOf), campaign, campaignName: name });
    },
  };
  return text;
}
