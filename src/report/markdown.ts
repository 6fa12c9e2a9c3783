/**
 * The Markdown report (GitHub-flavoured): for pull-request comments, the job
 * summary of a GitHub Actions run and wikis. The verdict comes first, in one
 * line; then the counts, the promises, what each owner must do before
 * launch, the timeline (a Mermaid chart GitHub draws), journey coverage,
 * findings, waivers and the audit trail.
 *
 * Every piece of user text goes through `mdText` (see markdown-escape.ts)
 * or, inside the chart, `mermaidLabel`. The report stays under GitHub's
 * job-summary limit by summarising whole sections, never by cutting one.
 */
import { docsUrl } from '../audit/rules/define-rule.js';
import { STATUSES, type AuditResult, type Finding } from '../types.js';
import {
  auditTrail,
  journey,
  journeyHasStages,
  ownerActions,
  pickTimeline,
  timeline,
  type JourneyRow,
  type OwnerActions,
  type TimelineEntry,
  type TrailItem,
} from './shared/document-model.js';
import { clip } from './shared/clip.js';
import { documentText, type DocumentText } from './shared/document-text.js';
import { GITHUB_STEP_SUMMARY_MAX_BYTES, utf8Length } from './shared/limits.js';
import { mdTable, mdText } from './shared/markdown-escape.js';
import { mermaidLabel } from './shared/mermaid-escape.js';
import { verdictLine } from './shared/messages.js';
import type { Reporter } from './types.js';

export { GITHUB_STEP_SUMMARY_MAX_BYTES } from './shared/limits.js';

/** Above this many promises only those not ready are listed in full; the ready ones are counted. */
export const MARKDOWN_FULL_LIST_MAX = 100;
/** Bars in the Mermaid timeline at most: a taller chart is unreadable, the table below it lists them all. */
export const MARKDOWN_CHART_MAX = 40;
/** Touchpoint columns of the journey matrix at most. */
const JOURNEY_COLUMNS_MAX = 20;
/** Longest user text in a table cell, in characters. */
const CELL_MAX = 300;
/** Rows per table, tried in turn until the report fits under the limit (with room for what else a step writes). */
const ROW_LIMITS = [Infinity, 1000, 300, 100, 30, 10];
const BUDGET = GITHUB_STEP_SUMMARY_MAX_BYTES - 16 * 1024;

interface Limits {
  /** List only promises that are not ready, and count the rest. */
  compact: boolean;
  maxRows: number;
}

interface Model {
  result: AuditResult;
  text: DocumentText;
  actions: OwnerActions[];
  timeline: TimelineEntry[];
  journey: JourneyRow[];
  trail: TrailItem[];
}

export const renderMarkdown: Reporter = (result, { t, lang }) => {
  const model: Model = {
    result,
    text: documentText(result, t, lang),
    actions: ownerActions(result),
    timeline: timeline(result),
    journey: journey(result),
    trail: auditTrail(result),
  };
  const compact = result.promises.length > MARKDOWN_FULL_LIST_MAX;
  let out = '';
  for (const maxRows of ROW_LIMITS) {
    out = compose(model, { compact, maxRows });
    if (utf8Length(out) <= BUDGET) break;
  }
  return out;
};

function compose(m: Model, limits: Limits): string {
  const sections = [
    verdict(m),
    counts(m),
    promises(m, limits),
    actions(m, limits),
    timelineSection(m, limits),
    journeySection(m),
    findings(m, limits),
    waivers(m, limits),
    trail(m, limits),
    mdText(m.text.t.document.footer({})),
  ];
  return `${sections.join('\n\n')}\n`;
}

/** Plain text from the catalogue or the register, escaped for one line of Markdown. */
const md = (text: string, max = CELL_MAX) => mdText(clip(text, max));
const dash = '—';

function heading(m: Model, key: keyof ReturnType<DocumentText['t']['document']['headings']>): string {
  return `### ${md(m.text.t.document.headings({})[key])}`;
}

/** Rows up to the limit, and a note for the rest. */
function capped<T>(items: readonly T[], max: number, m: Model): { shown: readonly T[]; note: string | null } {
  if (items.length <= max) return { shown: items, note: null };
  return { shown: items.slice(0, max), note: md(m.text.t.document.moreRows({ count: items.length - max })) };
}

function withNote(table: string, note: string | null): string {
  return note === null ? table : `${table}\n\n${note}`;
}

function verdict(m: Model): string {
  const { t } = m.text;
  const s = m.result.summary;
  const word = s.verdict === 'pass' ? `✔ ${t.report.verdictPass({})}` : `✖ ${t.report.verdictFail({})}`;
  const line = `## ${md(word)} — ${md(verdictLine(t, m.result))}`;
  const title = `**${md(t.document.title({ brand: m.result.brand }))}** · ${md(m.text.meta())}`;
  const policy = md(t.document.policy({ leadTimeDays: m.result.policy.leadTimeDays, evidenceMaxAgeDays: m.result.policy.evidenceMaxAgeDays }));
  return `${line}\n\n${title}  \n${policy}`;
}

function counts(m: Model): string {
  const { t } = m.text;
  const s = m.result.summary;
  const c = t.document.countColumns({});
  const header = [...STATUSES.map((status) => md(m.text.status(status))), md(c.errors), md(c.warnings), md(c.waived)];
  const row = [...STATUSES.map((status) => String(s[status])), String(s.errors), String(s.warnings), String(s.waived)];
  return mdTable(header, [row], header.map(() => 'r'));
}

function promises(m: Model, limits: Limits): string {
  const { t } = m.text;
  const all = m.result.promises;
  if (all.length === 0) return `${heading(m, 'promises')}\n\n${md(t.report.noPromises({}))}`;
  const listed = limits.compact ? all.filter((p) => p.status !== 'ready') : all;
  const c = t.document.promiseColumns({});
  const { shown, note } = capped(listed, limits.maxRows, m);
  const rows = shown.map((p) => [
    md(m.text.status(p.status)),
    md(p.id),
    md(p.statement),
    md(t.report.tier({ tier: p.tier })),
    md(p.announce === null ? t.document.notScheduled({}) : m.text.date(p.announce)),
    `${p.deliveredCount}/${p.touchpoints.length}`,
    md(m.text.next(p.next)),
  ]);
  const parts = [heading(m, 'promises')];
  if (rows.length > 0) parts.push(withNote(mdTable([c.status, c.promise, c.statement, c.tier, c.announce, c.touchpoints, c.next].map((h) => md(h)), rows), note));
  const hidden = all.length - listed.length;
  if (hidden > 0) parts.push(md(t.document.readyNotListed({ count: hidden })));
  return parts.join('\n\n');
}

function actions(m: Model, limits: Limits): string {
  const { t } = m.text;
  const parts = [heading(m, 'actions'), md(t.document.actionsIntro({}))];
  if (m.actions.length === 0) {
    parts.push(md(t.document.noActions({})));
    return parts.join('\n\n');
  }
  const c = t.document.actionColumns({});
  const header = [c.deadline, c.promise, c.touchpoint, c.action].map((h) => md(h));
  const owners = capped(m.actions, limits.maxRows, m);
  for (const group of owners.shown) {
    const owner = group.owner === null ? undefined : m.result.owners[group.owner];
    const name = group.owner === null ? t.document.unowned({}) : m.text.owner(group.owner);
    parts.push(`#### ${md(name, 120)}${owner?.contact ? ` · ${md(owner.contact, 120)}` : ''}`);
    const { shown, note } = capped(group.actions, limits.maxRows, m);
    const rows = shown.map((a) => [
      md(m.text.deadline(a.deadline)),
      a.promise === null ? dash : md(a.promise),
      a.touchpoint === null ? dash : md(m.text.touchpoint(a.touchpoint)),
      md(m.text.action(a), 2 * CELL_MAX),
    ]);
    parts.push(withNote(mdTable(header, rows), note));
  }
  if (owners.note) parts.push(owners.note);
  return parts.join('\n\n');
}

const KIND_SYMBOL: Record<TimelineEntry['kind'], string> = { deliveredFirst: '✔', announcedFirst: '⚠', broken: '✖', upcoming: '◷' };
const KIND_TAG: Record<TimelineEntry['kind'], string> = { deliveredFirst: 'done', announcedFirst: 'crit', broken: 'crit', upcoming: 'active' };

function timelineSection(m: Model, limits: Limits): string {
  const { t } = m.text;
  const parts = [heading(m, 'timeline')];
  if (m.timeline.length === 0) {
    parts.push(md(t.document.noTimeline({})));
    return parts.join('\n\n');
  }
  parts.push(md(t.document.timelineIntro({})));
  parts.push(gantt(m, pickTimeline(m.timeline, Math.min(MARKDOWN_CHART_MAX, limits.maxRows))));
  parts.push(md(t.document.timelineLegend({})));
  const c = t.document.timelineColumns({});
  const { shown, note } = capped(m.timeline, limits.maxRows, m);
  const rows = shown.map((e) => [
    md(e.promise.id),
    md(e.delivered === null ? t.document.notDelivered({}) : m.text.date(e.delivered)),
    md(m.text.date(e.announce)),
    md(m.text.timelineState(e)),
  ]);
  parts.push(withNote(mdTable([c.promise, c.delivered, c.announce, c.order].map((h) => md(h)), rows), note));
  return parts.join('\n\n');
}

/**
 * A Mermaid gantt chart: one bar per promise from the first of its two
 * events to the second, so delivery before announcement reads left to
 * right; a promise announced before delivery, or public and not delivered,
 * is `crit` (red). Labels are whitelisted by `mermaidLabel` and start with a
 * symbol, so user text can never end a task, start a section or a comment.
 */
function gantt(m: Model, entries: readonly TimelineEntry[]): string {
  const { t } = m.text;
  const asOf = m.result.asOf;
  const lines = [
    '```mermaid',
    'gantt',
    `    dateFormat YYYY-MM-DD`,
    `    axisFormat ${m.text.lang === 'fi' ? '%-d.%-m.%Y' : '%Y-%m-%d'}`,
    '    todayMarker off',
    `    section ${mermaidLabel(t.document.timelineAuditDay({}), 40)}`,
    `    ◆ ${mermaidLabel(m.text.date(asOf), 20)} :milestone, ${asOf}, 0d`,
  ];
  for (const e of entries) {
    const first = e.delivered !== null && e.delivered < e.announce ? e.delivered : e.announce;
    const last = e.delivered !== null && e.delivered > e.announce ? e.delivered : e.announce;
    const [start, end] = e.kind === 'upcoming' ? [asOf, e.announce] : e.kind === 'broken' ? [e.announce, asOf] : [first, last];
    const span = start === end ? '1d' : end;
    lines.push(`    section ${mermaidLabel(e.promise.id, 40)}`);
    lines.push(`    ${KIND_SYMBOL[e.kind]} ${mermaidLabel(e.promise.statement, 50, e.promise.id)} :${KIND_TAG[e.kind]}, ${start}, ${span}`);
  }
  lines.push('```');
  return lines.join('\n');
}

function journeySection(m: Model): string {
  const { t } = m.text;
  if (!journeyHasStages(m.journey)) return [heading(m, 'journey'), md(t.document.journeyNoStages({}))].join('\n\n');
  const touchpoints = Object.keys(m.result.touchpoints);
  const columns = touchpoints.slice(0, JOURNEY_COLUMNS_MAX);
  const cell = (made: number, kept: number) => (made === 0 ? dash : `${kept === made ? '✔' : '✖'} ${kept}/${made}`);
  const header = [md(t.document.journeyStage({})), ...columns.map((id) => md(m.text.touchpoint(id), 60)), md(t.document.journeyAll({}))];
  const rows = m.journey.map((r) => [
    md(t.document.stage({ stage: r.stage })),
    ...r.cells.slice(0, columns.length).map((c) => cell(c.made, c.kept)),
    r.made === 0 ? md(`⚠ ${t.document.journeyNone({})}`) : cell(r.made, r.kept),
  ]);
  const parts = [heading(m, 'journey'), md(t.document.journeyIntro({})), mdTable(header, rows)];
  if (touchpoints.length > columns.length) parts.push(md(t.document.moreRows({ count: touchpoints.length - columns.length })));
  const gaps = m.journey.filter((r) => r.stage !== null && r.made === 0).map((r) => r.stage);
  parts.push(
    md(
      gaps.length === 0
        ? t.document.journeyCovered({})
        : t.document.journeyGaps({ stages: gaps.map((stage) => t.document.stage({ stage })), waiting: gaps.includes('waiting') }),
    ),
  );
  return parts.join('\n\n');
}

function findingRow(m: Model, f: Finding): string[] {
  return [
    md(m.text.severity(f)),
    `[${md(f.rule)}](${docsUrl(f.rule)})`,
    f.promise === null ? dash : md(f.promise),
    f.touchpoint === null ? dash : md(m.text.touchpoint(f.touchpoint)),
    md(`${f.location.file}:${f.location.line}`),
    md(m.text.finding(f), 2 * CELL_MAX),
  ];
}

function findings(m: Model, limits: Limits): string {
  const { t } = m.text;
  const list = m.result.findings;
  if (list.length === 0) return `${heading(m, 'findings')}\n\n${md(t.report.noFindings({}))}`;
  const c = t.document.findingColumns({});
  const { shown, note } = capped(list, limits.maxRows, m);
  const header = [c.severity, c.rule, c.promise, c.touchpoint, c.location, c.message].map((h) => md(h));
  return `${heading(m, 'findings')}\n\n${withNote(mdTable(header, shown.map((f) => findingRow(m, f))), note)}`;
}

function waivers(m: Model, limits: Limits): string {
  const { t } = m.text;
  const list = m.result.waivers;
  if (list.length === 0) return `${heading(m, 'waivers')}\n\n${md(t.document.noWaivers({}))}`;
  const c = t.document.waiverColumns({});
  const { shown, note } = capped(list, limits.maxRows, m);
  const rows = shown.map((w) => [
    md(w.promise),
    `[${md(w.rule)}](${docsUrl(w.rule)})`,
    w.touchpoint === null ? dash : md(m.text.touchpoint(w.touchpoint)),
    md(w.reason),
    md(m.text.owner(w.approvedBy)),
    md(m.text.date(w.expires)),
    md(`${w.live ? '✔' : '✖'} ${t.document.waiverState({ live: w.live, covers: w.covers })}`),
  ]);
  const header = [c.promise, c.rule, c.touchpoint, c.reason, c.approvedBy, c.expires, c.state].map((h) => md(h));
  return `${heading(m, 'waivers')}\n\n${withNote(mdTable(header, rows), note)}`;
}

function trail(m: Model, limits: Limits): string {
  const { t } = m.text;
  const parts = [heading(m, 'trail')];
  const ready = m.result.promises.filter((p) => p.status === 'ready').length;
  if (ready === 0) return [...parts, md(t.document.noTrail({}))].join('\n\n');
  if (limits.compact) return [...parts, md(t.document.trailOmitted({ count: ready }))].join('\n\n');
  parts.push(md(t.document.trailIntro({})));
  const c = t.document.trailColumns({});
  const { shown, note } = capped(m.trail, limits.maxRows, m);
  const rows = shown.map(({ promise, touchpoint, evidence: e }) => [
    md(promise.id),
    md(m.text.touchpoint(touchpoint)),
    md(m.text.evidence(e)),
    md(e.verified === null ? dash : m.text.date(e.verified)),
    md(m.text.owner(e.by)),
    md(m.text.figure(e) ?? dash),
    md(e.validUntil === null ? dash : m.text.date(e.validUntil)),
    md(m.text.source(e) ?? dash),
  ]);
  const header = [c.promise, c.touchpoint, c.evidence, c.verified, c.by, c.figure, c.validUntil, c.source].map((h) => md(h));
  parts.push(withNote(mdTable(header, rows), note));
  return parts.join('\n\n');
}
