/**
 * The JSON report: the machine contract (docs/json-report.md). Keys follow the
 * register format's JSON contract; more keys may be added, none renamed.
 * Deterministic: order follows the register, no clock, no absolute paths.
 */
import { docsUrl } from '../audit/rules/define-rule.js';
import type { Catalogue } from '../i18n/en.js';
import type { AuditResult, Finding, PromiseResult } from '../types.js';
import { jsonArrayPieces, jsonInline } from './shared/json-text.js';
import { findingMessage } from './shared/messages.js';
import type { Reporter, ReportOptions } from './types.js';

export function promiseJson(p: PromiseResult, t: Catalogue) {
  return {
    id: p.id,
    status: p.status,
    announce: p.announce,
    announceSource: p.announceSource,
    statement: p.statement,
    tier: p.tier,
    stage: p.stage ?? null,
    owner: p.owner,
    campaigns: p.campaigns,
    delivered: p.deliveredCount,
    required: p.touchpoints.length,
    next: t.next(p.next),
    location: p.location,
    touchpoints: p.touchpoints.map((tp) => ({
      id: tp.id,
      delivered: tp.delivered,
      reason: tp.reason ? t.reason(tp.reason) : null,
      plan: tp.plan ?? null,
      evidence: tp.evidence.map((e) => ({
        kind: e.kind,
        summary: e.summary,
        verified: e.verified,
        validUntil: e.validUntil,
        by: e.by,
        source: e.source ?? null,
        target: e.target ?? null,
        actual: e.actual ?? null,
        unit: e.unit ?? null,
        ...(e.data ? { data: e.data } : {}),
        valid: e.valid,
        problem: e.problem ? t.problem(e.problem) : null,
        location: e.location,
      })),
    })),
  };
}

export function findingJson(f: Finding, t: Catalogue) {
  return {
    rule: f.rule,
    severity: f.severity,
    promise: f.promise,
    touchpoint: f.touchpoint,
    message: findingMessage(t, f),
    location: f.location,
    waived: f.waived,
    ...(f.waiver ? { waiver: f.waiver } : {}),
    docs: docsUrl(f.rule),
  };
}

export const renderJson: Reporter = (result, options) => [...renderJsonPieces(result, options)].join('');

/**
 * The JSON report in pieces (the promises and findings a few at a time),
 * byte for byte the text of JSON.stringify(report, null, 2): the command
 * line writes a large report as it goes instead of holding it whole (100,000
 * promises make hundreds of megabytes of JSON), and the per-promise objects
 * are made a piece at a time.
 */
export function* renderJsonPieces(result: AuditResult, { t }: Pick<ReportOptions, 't'>): Generator<string> {
  const lists: Record<string, () => Iterable<string>> = {
    promises: () => jsonArrayPieces(result.promises, (p) => promiseJson(p, t), 1),
    findings: () => jsonArrayPieces(result.findings, (f) => findingJson(f, t), 1),
  };
  const report: [string, unknown][] = [
    ['schemaVersion', result.schemaVersion],
    ['brand', result.brand],
    ['asOf', result.asOf],
    ['scope', result.scope],
    ['policy', result.policy],
    ['summary', result.summary],
    ['promises', result.promises],
    ['findings', result.findings],
    ['waivers', result.waivers],
  ];
  // Only when copy was searched (`scan`, `check --copy`), so `check` alone prints what it always did.
  if (result.copy) {
    report.push([
      'copy',
      {
        copyOnly: result.copy.copyOnly,
        files: result.copy.files,
        mentions: result.copy.mentions,
        suppressions: result.copy.suppressions,
        notes: result.copy.notes.map((n) => ({ ...n, message: t.scan.note(n) })),
      },
    ]);
  }
  yield '{';
  let first = true;
  for (const [key, value] of report) {
    if (value === undefined) continue; // as JSON.stringify leaves it out
    yield `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    const list = lists[key];
    if (list) yield* list();
    else yield jsonInline(value, 1);
  }
  yield '\n}\n';
}
