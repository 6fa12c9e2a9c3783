/**
 * The HTML report: one self-contained file to open on a laptop, mail or
 * print. No scripts, fonts, images or requests of any kind: the charts are
 * inline SVG, the style one inline <style> that the Content-Security-Policy
 * admits by its hash, so anything else (an injected script, style or image)
 * would be refused even if escaping ever failed. Every piece of user text goes
 * through `html()`. Status is never told by colour alone: every coloured
 * mark has a symbol and a word too.
 */
import { createHash } from 'node:crypto';
import { addDays, daysBetween } from '../audit/dates.js';
import { STATUSES, type AuditResult, type EvidenceCheck, type Status, type TouchpointResult } from '../types.js';
import { clip } from './shared/clip.js';
import { auditTrail, journey, journeyHasStages, ownerActions, pickTimeline, timeline, type TimelineEntry } from './shared/document-model.js';
import { documentText, type DocumentText } from './shared/document-text.js';
import { html } from './shared/html-escape.js';
import { formatMonth } from './shared/locale-format.js';
import { verdictLine } from './shared/messages.js';
import type { Reporter } from './types.js';

/** Rows of the timeline chart at most; the table under it lists every promise. */
export const HTML_CHART_MAX = 200;

const CSS = `
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --head: #f6f8fa;
  --ok: #1a7f37; --ok-bg: #dafbe1; --bad: #cf222e; --bad-bg: #ffebe9; --block: #bc4c00; --block-bg: #fff1e5;
  --warn: #9a6700; --warn-bg: #fff8c5; --draft: #6e7781; --draft-bg: #eff2f5; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 76rem; padding: 1.5rem 1.5rem 3rem; color: var(--ink); background: #fff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 1rem 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2.25rem 0 .5rem; padding-bottom: .3rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .4rem; }
p { margin: .4rem 0; }
.meta, .note, .legend { color: var(--muted); }
.legend { font-size: .9rem; }
.verdict { margin: 0; padding: .8rem 1rem; border: 2px solid; border-radius: 8px; font-size: 1.05rem; }
.verdict strong { font-size: 1.45rem; margin-right: .6rem; letter-spacing: .02em; }
.verdict.pass { color: #0f5323; background: var(--ok-bg); border-color: var(--ok); }
.verdict.fail { color: #82071e; background: var(--bad-bg); border-color: var(--bad); }
.counts { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .9rem; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: var(--head); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.scroll { overflow-x: auto; position: relative; }
.scroll > svg { min-width: 640px; }
/* On a phone a table keeps readable columns and scrolls in its box, instead of squeezing its text into tall thin cells. */
.scroll > table { min-width: 44rem; }
.nowrap { white-space: nowrap; }
.id, .path { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: .85em; }
.id { white-space: nowrap; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.status { white-space: nowrap; font-weight: 600; }
.s-ready { color: var(--ok); } .s-broken { color: var(--bad); } .s-blocked { color: var(--block); }
.s-pending { color: var(--warn); } .s-draft { color: var(--draft); }
.sev-error { color: var(--bad); font-weight: 600; } .sev-warning { color: var(--warn); font-weight: 600; }
.waived { opacity: .75; }
table.grid th[scope=row] { font-weight: normal; min-width: 16rem; }
table.grid th[scope=row] .stmt { display: block; }
table.grid thead th.tp { text-align: center; min-width: 7.5rem; }
table.journey th[scope=row] { white-space: nowrap; }
td.cell { text-align: center; }
td.cell .sym { display: block; font-size: 1.15rem; line-height: 1.2; }
td.cell small { display: block; color: inherit; opacity: .9; }
td.ok { background: var(--ok-bg); color: #0f5323; }
td.no { background: var(--bad-bg); color: #82071e; }
td.na { color: var(--muted); background: repeating-linear-gradient(135deg, #fff 0 6px, #f3f4f6 6px 12px); }
td.gap { background: var(--warn-bg); color: #633c01; }
.bar-ready { fill: var(--ok); } .bar-broken { fill: var(--bad); } .bar-blocked { fill: var(--block); }
.bar-pending { fill: #d4a72c; } .bar-draft { fill: var(--draft); } .bar-track { fill: #f3f4f6; }
svg text { fill: var(--ink); font-size: 13px; }
svg .muted { fill: var(--muted); }
.axis { stroke: var(--line); stroke-width: 1; }
.today { stroke: var(--ink); stroke-width: 1.5; stroke-dasharray: 4 3; }
.row-even { fill: #f6f8fa; }
.ln-deliveredFirst { stroke: var(--ok); stroke-width: 4; }
.ln-announcedFirst { stroke: var(--bad); stroke-width: 3; stroke-dasharray: 7 4; }
.ln-broken { stroke: var(--bad); stroke-width: 4; stroke-dasharray: 2 3; }
.ln-upcoming { stroke: var(--warn); stroke-width: 3; stroke-dasharray: 7 4; }
.mk-deliveredFirst { fill: var(--ok); } .mk-announcedFirst, .mk-broken { fill: var(--bad); } .mk-upcoming { fill: var(--warn); }
.mk-verified { fill: #fff; stroke: var(--ok); stroke-width: 3; }
.sym-deliveredFirst { fill: var(--ok); } .sym-announcedFirst { fill: var(--warn); } .sym-broken { fill: var(--bad); } .sym-upcoming { fill: var(--warn); }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .scroll { overflow: visible; }
  .scroll > svg, .scroll > table { min-width: 0; }
  h2, h3, h2 + p { break-after: avoid; }
  tr, .verdict, svg, .counts { break-inside: avoid; }
  table { font-size: 8.5pt; }
}
@page { margin: 14mm; }
`;

/** The policy admits nothing but the one stylesheet above, named by its hash. */
const CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(CSS, 'utf8').digest('base64')}'; img-src 'none'; font-src 'none'; connect-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'`;

const STATUS_CLASS: Record<Status, string> = { ready: 's-ready', broken: 's-broken', blocked: 's-blocked', pending: 's-pending', draft: 's-draft' };
const KIND_SYMBOL: Record<TimelineEntry['kind'], string> = { deliveredFirst: '✔', announcedFirst: '⚠', broken: '✖', upcoming: '◷' };

/** Escaped, clipped user text. */
const h = (text: string, max = 400) => html(clip(text, max));
const dash = '—';
/** A file path or link as text, with a line-break opportunity after each slash. */
const path = (text: string) => h(text, 200).replace(/\//g, '/<wbr>');

export const renderHtml: Reporter = (result, { t, lang }) => {
  const text = documentText(result, t, lang);
  const heads = t.document.headings({});
  const s = result.summary;
  const verdictWord = s.verdict === 'pass' ? `✔ ${t.report.verdictPass({})}` : `✖ ${t.report.verdictFail({})}`;
  const title = t.document.title({ brand: result.brand });
  const section = (id: string, heading: string, body: string) => `<section id="${id}" aria-labelledby="h-${id}">\n<h2 id="h-${id}">${h(heading)}</h2>\n${body}\n</section>`;

  const body = [
    section('status', heads.counts, counts(result, text)),
    section('grid', heads.grid, grid(result, text)),
    section('actions', heads.actions, actions(result, text)),
    section('timeline', heads.timeline, timelineBlock(result, text)),
    section('journey', heads.journey, journeyTable(result, text)),
    section('findings', heads.findings, findings(result, text)),
    section('waivers', heads.waivers, waivers(result, text)),
    section('trail', heads.trail, trail(result, text)),
  ];

  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="promise-audit">
<title>${h(`${verdictWord} · ${title} · ${text.date(result.asOf)}`)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<p class="verdict ${s.verdict}" role="status"><strong>${h(verdictWord)}</strong> <span>${h(verdictLine(t, result))}</span></p>
<h1>${h(title)}</h1>
<p class="meta">${h(text.meta())}</p>
<p class="meta">${h(t.document.policy({ leadTimeDays: result.policy.leadTimeDays, evidenceMaxAgeDays: result.policy.evidenceMaxAgeDays }))}</p>
</header>
<main>
${body.join('\n')}
</main>
<footer><p>${h(t.document.footer({}))}</p></footer>
</body>
</html>
`;
};

function table(head: string[], rows: string[][], className = ''): string {
  const cls = className ? ` class="${className}"` : '';
  const thead = `<thead><tr>${head.map((c) => `<th scope="col">${h(c)}</th>`).join('')}</tr></thead>`;
  const tbody = `<tbody>\n${rows.map((r) => `<tr>${r.join('')}</tr>`).join('\n')}\n</tbody>`;
  return `<div class="scroll"><table${cls}>${thead}\n${tbody}</table></div>`;
}

const td = (content: string, cls = '') => `<td${cls ? ` class="${cls}"` : ''}>${content}</td>`;
const statusHtml = (text: DocumentText, status: Status) => `<span class="status ${STATUS_CLASS[status]}">${h(text.status(status))}</span>`;

// ── Status counts: horizontal bars, each with its symbol, name and number ─────

function counts(result: AuditResult, text: DocumentText): string {
  const { t } = text;
  const s = result.summary;
  const max = Math.max(1, ...STATUSES.map((status) => s[status]));
  const rowH = 30;
  const labelW = 150;
  const barW = 360;
  const width = labelW + barW + 60;
  const height = STATUSES.length * rowH + 6;
  const bars = STATUSES.map((status, i) => {
    const y = 4 + i * rowH;
    const w = s[status] === 0 ? 0 : Math.max(3, Math.round((s[status] / max) * barW));
    return [
      `<text x="0" y="${y + 18}">${h(text.status(status))}</text>`,
      `<rect class="bar-track" x="${labelW}" y="${y + 3}" width="${barW}" height="20" rx="3"/>`,
      w > 0 ? `<rect class="bar-${status}" x="${labelW}" y="${y + 3}" width="${w}" height="20" rx="3"/>` : '',
      `<text x="${labelW + Math.max(w, 0) + 8}" y="${y + 18}">${s[status]}</text>`,
    ].join('');
  });
  const label = `${t.document.headings({}).counts}: ${t.report.counts(s)}`;
  const svg = `<svg role="img" aria-label="${h(label)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">\n${bars.join('\n')}\n</svg>`;
  return `<div class="counts">${svg}</div>\n<p>${h(t.report.findingCounts(s))}</p>`;
}

// ── Promise × touchpoint grid ──────────────────────────────────────────────

function grid(result: AuditResult, text: DocumentText): string {
  const { t } = text;
  if (result.promises.length === 0) return `<p>${h(t.report.noPromises({}))}</p>`;
  const c = t.document.promiseColumns({});
  const tps = Object.keys(result.touchpoints);
  const head = `<thead><tr><th scope="col">${h(c.promise)}</th><th scope="col">${h(c.announce)}</th><th scope="col" class="num">${h(c.touchpoints)}</th>${tps
    .map((id) => `<th scope="col" class="tp">${h(text.touchpoint(id), 80)}</th>`)
    .join('')}</tr></thead>`;
  const rows = result.promises.map((p) => {
    const byId = new Map(p.touchpoints.map((tp) => [tp.id, tp]));
    const name = `<th scope="row">${statusHtml(text, p.status)} <span class="id">${h(p.id)}</span><span class="stmt">${h(p.statement)}</span></th>`;
    const announce = td(h(p.announce === null ? t.document.notScheduled({}) : text.date(p.announce)), 'nowrap');
    const delivered = td(`${p.deliveredCount}/${p.touchpoints.length}`, 'num');
    return `<tr>${name}${announce}${delivered}${tps.map((id) => gridCell(text, byId.get(id))).join('')}</tr>`;
  });
  const legend = `<p class="legend">✔ ${h(t.document.gridDelivered({}))} · ✖ ${h(t.document.gridNotDelivered({}))} · – ${h(t.document.gridNotRequired({}))}</p>`;
  return `<p>${h(t.document.gridIntro({}))}</p>\n<div class="scroll"><table class="grid">${head}\n<tbody>\n${rows.join('\n')}\n</tbody></table></div>\n${legend}`;
}

function gridCell(text: DocumentText, tp: TouchpointResult | undefined): string {
  const { t } = text;
  if (tp === undefined) return td(`<span class="sym" aria-hidden="true">–</span><span class="sr">${h(t.document.gridNotRequired({}))}</span>`, 'cell na');
  if (tp.delivered) return td(`<span class="sym" aria-hidden="true">✔</span>${h(t.document.gridDelivered({}))}`, 'cell ok');
  const why = tp.reason ? `<small>${h(text.reason(tp.reason))}</small>` : '';
  const plan = tp.plan ? `<small>${h(t.document.actionPlan(tp.plan.note === undefined ? { due: text.date(tp.plan.due) } : { due: text.date(tp.plan.due), note: tp.plan.note }))}</small>` : '';
  return td(`<span class="sym" aria-hidden="true">✖</span>${h(t.document.gridNotDelivered({}))}${why}${plan}`, 'cell no');
}

// ── Owner actions ─────────────────────────────────────────────────────────

function actions(result: AuditResult, text: DocumentText): string {
  const { t } = text;
  const groups = ownerActions(result);
  const intro = `<p>${h(t.document.actionsIntro({}))}</p>`;
  if (groups.length === 0) return `${intro}\n<p>${h(t.document.noActions({}))}</p>`;
  const c = t.document.actionColumns({});
  const parts = [intro];
  for (const g of groups) {
    const owner = g.owner === null ? undefined : result.owners[g.owner];
    const name = g.owner === null ? t.document.unowned({}) : text.owner(g.owner);
    parts.push(`<h3>${h(name)}${owner?.contact ? ` <span class="meta">· ${h(owner.contact)}</span>` : ''}</h3>`);
    const rows = g.actions.map((a) => [
      td(h(text.deadline(a.deadline)), a.deadline.kind === 'now' ? 'sev-error' : ''),
      td(a.promise === null ? dash : `<span class="id">${h(a.promise)}</span>`),
      td(a.touchpoint === null ? dash : h(text.touchpoint(a.touchpoint))),
      td(h(text.action(a), 800)),
    ]);
    parts.push(table([c.deadline, c.promise, c.touchpoint, c.action], rows));
  }
  return parts.join('\n');
}

// ── Timeline: inline SVG, then the same as a table ─────────────────────────

function timelineBlock(result: AuditResult, text: DocumentText): string {
  const { t } = text;
  const entries = timeline(result);
  if (entries.length === 0) return `<p>${h(t.document.noTimeline({}))}</p>`;
  const drawn = pickTimeline(entries, HTML_CHART_MAX);
  const note = drawn.length < entries.length ? `\n<p class="note">${h(t.document.moreRows({ count: entries.length - drawn.length }))}</p>` : '';
  const markers = t.document.timelineMarkers({});
  const legend = `<p class="legend">○ ${h(markers.delivered)} · ◆ ${h(markers.announce)} · ┆ ${h(markers.auditDay)}<br>${h(t.document.timelineLegend({}))}</p>`;
  const c = t.document.timelineColumns({});
  const rows = entries.map((e) => [
    td(`<span class="id">${h(e.promise.id)}</span>`),
    td(h(e.delivered === null ? t.document.notDelivered({}) : text.date(e.delivered)), 'nowrap'),
    td(h(text.date(e.announce)), 'nowrap'),
    td(h(text.timelineState(e)), e.kind === 'deliveredFirst' ? '' : e.kind === 'upcoming' ? 'sev-warning' : 'sev-error'),
  ]);
  return [`<p>${h(t.document.timelineIntro({}))}</p>`, timelineSvg(result, text, drawn) + note, legend, table([c.promise, c.delivered, c.announce, c.order], rows)].join('\n');
}

function timelineSvg(result: AuditResult, text: DocumentText, entries: readonly TimelineEntry[]): string {
  const { t } = text;
  const asOf = result.asOf;
  const dates = [asOf, ...entries.flatMap((e) => (e.delivered === null ? [e.announce] : [e.announce, e.delivered]))].sort();
  const first = dates[0] as string;
  const last = dates[dates.length - 1] as string;
  const span = Math.max(1, daysBetween(first, last));
  const pad = Math.ceil(span * 0.04) + 2;
  const from = addDays(first, -pad);
  const days = daysBetween(from, addDays(last, pad));

  const width = 960;
  const labelW = 190;
  const symbolW = 34;
  const top = 34;
  const rowH = 26;
  const plotW = width - labelW - symbolW - 10;
  const height = top + entries.length * rowH + 10;
  const x = (date: string) => Math.round((labelW + (daysBetween(from, date) / days) * plotW) * 10) / 10;

  const out: string[] = [];
  entries.forEach((_, i) => {
    if (i % 2 === 0) out.push(`<rect class="row-even" x="0" y="${top + i * rowH}" width="${width}" height="${rowH}"/>`);
  });
  for (const tick of monthTicks(from, addDays(from, days))) {
    const tx = x(tick);
    out.push(`<line class="axis" x1="${tx}" y1="${top - 6}" x2="${tx}" y2="${height - 6}"/>`);
    out.push(`<text class="muted" x="${tx}" y="${top - 10}" text-anchor="middle">${h(formatMonth(tick, text.lang))}</text>`);
  }
  const todayX = x(asOf);
  out.push(`<line class="today" x1="${todayX}" y1="${top - 4}" x2="${todayX}" y2="${height - 4}"/>`);
  const anchor = todayX > width - 110 ? 'end' : todayX < labelW + 110 ? 'start' : 'middle';
  out.push(`<text x="${todayX}" y="11" text-anchor="${anchor}">${h(`${t.document.timelineMarkers({}).auditDay} ${text.date(asOf)}`)}</text>`);

  entries.forEach((e, i) => {
    const cy = top + i * rowH + rowH / 2;
    const a = x(e.announce);
    const parts = [`<title>${h(`${e.promise.id}: ${e.promise.statement} — ${text.timelineState(e)}`)}</title>`];
    parts.push(`<text x="${labelW - 10}" y="${cy + 4}" text-anchor="end">${h(clip(e.promise.id, 26))}</text>`);
    const [x1, x2] = e.kind === 'broken' ? [a, todayX] : e.kind === 'upcoming' ? [todayX, a] : [x(e.delivered as string), a].sort((p, q) => p - q);
    parts.push(`<line class="ln-${e.kind}" x1="${x1}" y1="${cy}" x2="${x2}" y2="${cy}"/>`);
    if (e.delivered !== null) parts.push(`<circle class="mk-verified" cx="${x(e.delivered)}" cy="${cy}" r="5.5"/>`);
    parts.push(`<path class="mk-${e.kind}" d="M${a} ${cy - 7}l7 7l-7 7l-7 -7z"/>`);
    parts.push(`<text class="sym-${e.kind}" x="${width - symbolW / 2}" y="${cy + 5}" text-anchor="middle">${KIND_SYMBOL[e.kind]}</text>`);
    out.push(`<g>${parts.join('')}</g>`);
  });

  const label = `${t.document.headings({}).timeline}. ${t.document.timelineLegend({})}`;
  return `<div class="scroll"><svg role="img" aria-label="${h(label, 1000)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">\n${out.join('\n')}\n</svg></div>`;
}

/** First days of months strictly between two dates, every 1, 2, 3, 6, 12… months so that at most 10 fit. */
function monthTicks(from: string, to: string): string[] {
  const index = (date: string) => {
    const [y, m] = date.split('-').map(Number) as [number, number];
    return y * 12 + (m - 1);
  };
  const start = index(from) + 1;
  const end = index(to);
  const step = [1, 2, 3, 6, 12, 24, 60, 120].find((s) => (end - start + 1) / s <= 10) ?? 240;
  const ticks: string[] = [];
  for (let i = start; i <= end; i++) {
    if (i % step !== 0) continue;
    ticks.push(`${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}-01`);
  }
  return ticks;
}

// ── Journey coverage ───────────────────────────────────────────────────────

function journeyTable(result: AuditResult, text: DocumentText): string {
  const { t } = text;
  const rows = journey(result);
  if (!journeyHasStages(rows)) return `<p>${h(t.document.journeyNoStages({}))}</p>`;
  const tps = Object.keys(result.touchpoints);
  const cell = (made: number, kept: number) =>
    made === 0 ? td(dash, 'cell na') : td(`<span class="sym" aria-hidden="true">${kept === made ? '✔' : '✖'}</span>${kept}/${made}`, `cell ${kept === made ? 'ok' : 'no'}`);
  const body = rows.map((r) => [
    `<th scope="row">${h(t.document.stage({ stage: r.stage }))}</th>`,
    ...r.cells.map((c) => cell(c.made, c.kept)),
    r.made === 0 ? td(`<span class="sym" aria-hidden="true">⚠</span>${h(t.document.journeyNone({}))}`, 'cell gap') : cell(r.made, r.kept),
  ]);
  const head = [t.document.journeyStage({}), ...tps.map((id) => text.touchpoint(id)), t.document.journeyAll({})];
  const gaps = rows.filter((r) => r.stage !== null && r.made === 0).map((r) => r.stage);
  const summary =
    gaps.length === 0
      ? t.document.journeyCovered({})
      : t.document.journeyGaps({ stages: gaps.map((stage) => t.document.stage({ stage })), waiting: gaps.includes('waiting') });
  return [`<p>${h(t.document.journeyIntro({}))}</p>`, table(head, body, 'grid journey'), `<p>${h(summary)}</p>`].join('\n');
}

function sourceCell(text: DocumentText, e: EvidenceCheck): string {
  const source = text.source(e);
  return source === null ? dash : `<span class="path">${path(source)}</span>`;
}

// ── Findings, waivers, audit trail ──────────────────────────────────────────

function findings(result: AuditResult, text: DocumentText): string {
  const { t } = text;
  if (result.findings.length === 0) return `<p>${h(t.report.noFindings({}))}</p>`;
  const c = t.document.findingColumns({});
  const rows = result.findings.map((f) => [
    td(h(text.severity(f)), `nowrap sev-${f.severity}${f.waived ? ' waived' : ''}`),
    td(`<span class="id">${h(f.rule)}</span>`),
    td(f.promise === null ? dash : `<span class="id">${h(f.promise)}</span>`),
    td(f.touchpoint === null ? dash : h(text.touchpoint(f.touchpoint))),
    td(`<span class="path">${path(`${f.location.file}:${f.location.line}`)}</span>`),
    td(h(text.finding(f), 1200)),
  ]);
  return table([c.severity, c.rule, c.promise, c.touchpoint, c.location, c.message], rows);
}

function waivers(result: AuditResult, text: DocumentText): string {
  const { t } = text;
  if (result.waivers.length === 0) return `<p>${h(t.document.noWaivers({}))}</p>`;
  const c = t.document.waiverColumns({});
  const rows = result.waivers.map((w) => [
    td(`<span class="id">${h(w.promise)}</span>`),
    td(`<span class="id">${h(w.rule)}</span>`),
    td(w.touchpoint === null ? dash : h(text.touchpoint(w.touchpoint))),
    td(h(w.reason)),
    td(h(text.owner(w.approvedBy))),
    td(h(text.date(w.expires)), 'nowrap'),
    td(h(`${w.live ? '✔' : '✖'} ${t.document.waiverState({ live: w.live, covers: w.covers })}`), w.live ? '' : 'sev-warning'),
  ]);
  return table([c.promise, c.rule, c.touchpoint, c.reason, c.approvedBy, c.expires, c.state], rows);
}

function trail(result: AuditResult, text: DocumentText): string {
  const { t } = text;
  const items = auditTrail(result);
  if (items.length === 0) return `<p>${h(t.document.noTrail({}))}</p>`;
  const c = t.document.trailColumns({});
  const rows = items.map(({ promise, touchpoint, evidence: e }) => [
    td(`<span class="id">${h(promise.id)}</span>`),
    td(h(text.touchpoint(touchpoint))),
    td(h(text.evidence(e))),
    td(h((e.verified === null ? dash : text.date(e.verified))), 'nowrap'),
    td(h(text.owner(e.by))),
    td(h(text.figure(e) ?? dash)),
    td(h((e.validUntil === null ? dash : text.date(e.validUntil))), 'nowrap'),
    td(sourceCell(text, e)),
  ]);
  return [`<p>${h(t.document.trailIntro({}))}</p>`, table([c.promise, c.touchpoint, c.evidence, c.verified, c.by, c.figure, c.validUntil, c.source], rows)].join('\n');
}
