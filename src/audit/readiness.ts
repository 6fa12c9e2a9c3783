/**
 * Readiness, exactly as the register format defines it: which touchpoints a
 * promise must be kept at, which evidence counts on the audit day, the
 * announce date A and the resulting status.
 */
import { addTo } from '../multimap.js';
import { meetsTarget } from '../target.js';
import type { Register } from '../register/load.js';
import type { RegisterPath } from '../register/parse.js';
import type { AnnounceSource, EvidenceCheck, EvidenceProblem, NextAction, Position, Status, TouchpointReason, TouchpointResult } from '../types.js';
import { addDays, daysBetween } from './dates.js';

export interface Policy {
  evidenceMaxAgeDays: number;
  leadTimeDays: number;
}

export const DEFAULT_POLICY: Policy = { evidenceMaxAgeDays: 365, leadTimeDays: 14 };

type EvidenceInput = NonNullable<Register['promises'][number]['evidence']>[number];

export function checkEvidence(e: EvidenceInput, asOf: string, policy: Policy): { valid: boolean; validUntil: string | null; problem?: EvidenceProblem } {
  if (e.measure && !e.measure.ok) {
    const validUntil = e.expires ?? (e.verified ? addDays(e.verified, policy.evidenceMaxAgeDays) : null);
    return { valid: false, validUntil, problem: { code: 'dataUnreadable', file: e.measure.file, line: e.measure.line, problem: e.measure.problem } };
  }
  // Validation guarantees `verified`, or data whose period supplied it.
  const verified = e.verified as string;
  const validUntil = e.expires ?? addDays(verified, policy.evidenceMaxAgeDays);
  if (verified > asOf) return { valid: false, validUntil, problem: { code: 'verifiedInFuture', verified } };
  if (validUntil < asOf) return { valid: false, validUntil, problem: { code: 'expired', validUntil, expiredOn: addDays(validUntil, 1) } };
  if ((e.kind === 'metric' || e.kind === 'survey') && e.actual !== undefined && e.target !== undefined && !meetsTarget(e.actual, e.target)) {
    return { valid: false, validUntil, problem: { code: 'targetMissed', actual: e.actual, target: e.target.trim(), unit: e.unit, summary: e.summary } };
  }
  return { valid: true, validUntil };
}

export interface PromiseState {
  index: number;
  promise: Register['promises'][number];
  required: string[];
  /** Every evidence item's check, in the register's order (also those at touchpoints not required). */
  evidence: EvidenceCheck[];
  touchpoints: TouchpointResult[];
  delivered: boolean;
  /** When delivered: the last day every touchpoint still is (the earliest of each one's longest-lived valid evidence); else null. */
  deliveredUntil: string | null;
  announce: string | null;
  announceSource: AnnounceSource | null;
  campaigns: string[];
  /** Status under the usual rules (what other promises' rules see). */
  usualStatus: Status;
  /** Status as reported: the campaign's rules when in scope of --campaign. */
  status: Status;
  inScope: boolean;
  next: NextAction;
}

export interface ReadinessInput {
  register: Register;
  asOf: string;
  policy: Policy;
  campaign: string | null;
  position(path: RegisterPath): Position;
}

export function readiness({ register, asOf, policy, campaign, position }: ReadinessInput): PromiseState[] {
  const allTouchpoints = Object.keys(register.touchpoints);
  const campaignsOf = new Map<string, string[]>();
  for (const [cid, c] of Object.entries(register.campaigns ?? {})) {
    for (const pid of c.promises) addTo(campaignsOf, pid, cid);
  }
  const scope = campaign === null ? null : new Set(register.campaigns?.[campaign]?.promises ?? []);

  return register.promises.map((promise, index) => {
    const required = promise.touchpoints ?? allTouchpoints;
    // Each evidence item is read once: the register's own objects come in many
    // shapes (whatever keys each item has), which makes every read of them slow;
    // the checks made from them have one shape, and are what is compared below.
    const evidence = promise.evidence ?? [];
    const all: EvidenceCheck[] = [];
    for (let i = 0; i < evidence.length; i++) all.push(evidenceCheck(evidence[i]!, i, asOf, policy, position(['promises', index, 'evidence', i])));
    const touchpoints = required.map((tp): TouchpointResult => {
      const checks: EvidenceCheck[] = [];
      for (const c of all) if (c.touchpoint === tp) checks.push(c);
      let delivered = false;
      for (const c of checks) if (c.valid) delivered = true;
      const plan = promise.plan?.find((p) => p.touchpoint === tp);
      const result: TouchpointResult = { id: tp, name: register.touchpoints[tp]?.name ?? tp, delivered, evidence: checks };
      if (!delivered) result.reason = reasonFor(checks);
      if (plan) result.plan = plan.note === undefined ? { due: plan.due } : { due: plan.due, note: plan.note };
      return result;
    });
    const delivered = touchpoints.every((t) => t.delivered);
    let deliveredUntil: string | null = null;
    if (delivered) {
      for (const t of touchpoints) {
        const best = latestValidUntil(t.evidence)?.validUntil;
        if (best && (deliveredUntil === null || best < deliveredUntil)) deliveredUntil = best;
      }
    }

    // A: the earliest of `announce` and the launch of every campaign listing the promise.
    let announce: string | null = promise.announce ?? null;
    let announceSource: AnnounceSource | null = announce ? { kind: 'announce' } : null;
    const campaigns = campaignsOf.get(promise.id) ?? [];
    for (const cid of campaigns) {
      const launch = register.campaigns?.[cid]?.launch;
      if (launch && (announce === null || launch < announce)) {
        announce = launch;
        announceSource = { kind: 'campaign', campaign: cid };
      }
    }

    const usualStatus = statusOf(delivered, announce, asOf, policy.leadTimeDays, false);
    const inScope = scope === null || scope.has(promise.id);
    const status = scope === null ? usualStatus : statusOf(delivered, announce, asOf, policy.leadTimeDays, inScope);
    const state: PromiseState = { index, promise, required, evidence: all, touchpoints, delivered, deliveredUntil, announce, announceSource, campaigns, usualStatus, status, inScope, next: { code: 'none' } };
    state.next = nextAction(state, asOf, policy);
    return state;
  });
}

/**
 * One evidence item as reported. Every check has the same keys in the same
 * order (absent ones undefined): a large register makes tens of thousands,
 * and objects of one shape are quicker to make and to read.
 */
function evidenceCheck(e: EvidenceInput, index: number, asOf: string, policy: Policy, location: Position): EvidenceCheck {
  const c = checkEvidence(e, asOf, policy);
  const m = e.measure;
  return {
    index,
    touchpoint: e.touchpoint,
    kind: e.kind,
    summary: e.summary,
    verified: e.verified ?? null,
    validUntil: c.validUntil,
    by: e.by,
    source: e.source,
    target: e.target,
    actual: e.actual,
    unit: e.unit,
    valid: c.valid,
    problem: c.problem,
    data: m?.ok ? measureData(m) : undefined,
    location,
  };
}

function measureData(m: NonNullable<EvidenceInput['measure']> & { ok: true }): NonNullable<EvidenceCheck['data']> {
  return {
    file: m.file,
    stat: m.stat,
    n: m.n,
    ...(m.column ? { column: m.column } : {}),
    ...(m.period ? { period: m.period } : {}),
  };
}

function statusOf(delivered: boolean, announce: string | null, asOf: string, lead: number, campaignScope: boolean): Status {
  if (delivered) return 'ready';
  if (announce === null) return campaignScope ? 'blocked' : 'draft';
  if (announce <= asOf) return 'broken';
  if (campaignScope || announce <= addDays(asOf, lead)) return 'blocked';
  return 'pending';
}

/** The reason of the most recently verified evidence item (the last one on a tie), or no evidence. */
function reasonFor(checks: EvidenceCheck[]): TouchpointReason {
  let latest: EvidenceCheck | undefined;
  for (const c of checks) if (!latest || (c.verified ?? '') >= (latest.verified ?? '')) latest = c;
  return latest?.problem ?? { code: 'noEvidence' };
}

function nextAction(s: PromiseState, asOf: string, policy: Policy): NextAction {
  const undelivered = () => s.touchpoints.filter((t) => !t.delivered).map((t) => t.id);
  switch (s.status) {
    case 'ready': {
      const until = s.deliveredUntil;
      if (until === null) return { code: 'none' };
      const left = daysBetween(asOf, until);
      return left <= 60 ? { code: 'renewBefore', date: until, daysLeft: left } : { code: 'none' };
    }
    case 'broken':
      return { code: 'deliverNow', touchpoints: undelivered() };
    case 'blocked': {
      const date = s.announce ?? asOf;
      return { code: 'verifyBefore', touchpoints: undelivered(), date, daysLeft: daysBetween(asOf, date) };
    }
    case 'pending': {
      const date = addDays(s.announce as string, -policy.leadTimeDays);
      return { code: 'verifyBy', touchpoints: undelivered(), date, daysLeft: daysBetween(asOf, date) };
    }
    case 'draft':
      return { code: 'deliverFirst', touchpoints: undelivered() };
  }
}

/** The valid evidence item that counts longest (the first of equals), or undefined when none is valid. */
export function latestValidUntil(checks: readonly EvidenceCheck[]): EvidenceCheck | undefined {
  let best: EvidenceCheck | undefined;
  for (const c of checks) if (c.valid && (best === undefined || c.validUntil! > best.validUntil!)) best = c;
  return best;
}
