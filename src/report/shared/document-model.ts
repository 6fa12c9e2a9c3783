/**
 * What the Markdown and HTML documents show, worked out once from an audit
 * result and still language-free: the actions each owner must take before
 * launch, the timeline of delivery against announcement, the journey
 * coverage matrix and the audit trail. The documents only lay it out.
 */
import { addDays, daysBetween } from '../../audit/dates.js';
import { meetsTarget } from '../../target.js';
import { addTo } from '../../multimap.js';
import { STAGES } from '../../register/format.js';
import type { AuditResult, EvidenceCheck, Finding, PromiseResult, Status, TouchpointReason } from '../../types.js';

export type Stage = (typeof STAGES)[number];
export { STAGES };

/** A symbol per status, so no chart or table tells status by colour alone. */
export const STATUS_SYMBOL: Record<Status, string> = { ready: '✔', broken: '✖', blocked: '⊘', pending: '◷', draft: '✎' };

/** Evidence that expires within this many days gets a renewal action. */
export const RENEW_WITHIN_DAYS = 60;

// ── Owner actions ────────────────────────────────────────────────────────────

export type Deadline =
  /** Overdue: the promise is public (since `since`) or the finding needs fixing now. */
  | { kind: 'now'; since?: string }
  | { kind: 'date'; date: string; daysLeft: number }
  /** A draft: deliver before an announce date is set. */
  | { kind: 'beforeAnnouncing' };

export type ActionWhat =
  | { kind: 'deliver'; touchpoint: string; reason: TouchpointReason; plan?: { due: string; note?: string } }
  | { kind: 'renew'; touchpoint: string; validUntil: string }
  | { kind: 'finding'; finding: Finding };

export interface OwnerAction {
  promise: string | null;
  touchpoint: string | null;
  deadline: Deadline;
  what: ActionWhat;
}

export interface OwnerActions {
  /** Owner id, or null for actions nobody owns. */
  owner: string | null;
  actions: OwnerAction[];
}

/** Findings already expressed as a delivery action per touchpoint. */
const COVERED_BY_DELIVERY = new Set(['broken-promise', 'launch-blocked']);

/**
 * What each owner must do, the whole house, not only marketing: every
 * undelivered touchpoint of a promise (the touchpoint's owner if it has one,
 * else the promise's), evidence to renew soon, and every live finding that a
 * delivery action does not already cover. Owners in register order; actions
 * by deadline, most urgent first.
 */
export function ownerActions(result: AuditResult): OwnerActions[] {
  const { asOf } = result;
  const lead = result.policy.leadTimeDays;
  const byOwner = new Map<string | null, OwnerAction[]>();
  const add = (owner: string | null, action: OwnerAction) => addTo(byOwner, owner, action);
  const promises = new Map(result.promises.map((p) => [p.id, p]));
  const ownerOf = (p: PromiseResult | undefined, touchpoint: string | null): string | null =>
    (touchpoint !== null ? result.touchpoints[touchpoint]?.owner : undefined) ?? p?.owner ?? null;
  const renewCovered = new Set(
    result.findings.filter((f) => f.rule === 'expires-before-launch' && !f.waived).map((f) => `${f.promise}\u0000${f.touchpoint}`),
  );

  for (const p of result.promises) {
    if (p.status === 'ready') {
      for (const tp of p.touchpoints) {
        const until = bestValidUntil(tp.evidence);
        if (until === undefined || daysBetween(asOf, until) > RENEW_WITHIN_DAYS || renewCovered.has(`${p.id}\u0000${tp.id}`)) continue;
        add(ownerOf(p, tp.id), {
          promise: p.id,
          touchpoint: tp.id,
          deadline: dateDeadline(asOf, until),
          what: { kind: 'renew', touchpoint: tp.id, validUntil: until },
        });
      }
      continue;
    }
    const deadline = deliveryDeadline(p, asOf, lead);
    for (const tp of p.touchpoints) {
      if (tp.delivered) continue;
      add(ownerOf(p, tp.id), {
        promise: p.id,
        touchpoint: tp.id,
        deadline,
        what: { kind: 'deliver', touchpoint: tp.id, reason: tp.reason ?? { code: 'noEvidence' }, ...(tp.plan ? { plan: tp.plan } : {}) },
      });
    }
  }

  for (const f of result.findings) {
    if (f.waived || COVERED_BY_DELIVERY.has(f.rule)) continue;
    const p = f.promise === null ? undefined : promises.get(f.promise);
    add(ownerOf(p, f.touchpoint), { promise: f.promise, touchpoint: f.touchpoint, deadline: findingDeadline(f, p, asOf), what: { kind: 'finding', finding: f } });
  }

  const order = [...Object.keys(result.owners), null];
  return order
    .filter((owner) => byOwner.has(owner))
    .map((owner) => ({ owner, actions: [...(byOwner.get(owner) ?? [])].sort((a, b) => urgency(a.deadline).localeCompare(urgency(b.deadline))) }));
}

function bestValidUntil(evidence: EvidenceCheck[]): string | undefined {
  let best: string | undefined;
  for (const e of evidence) if (e.valid && e.validUntil !== null && (best === undefined || e.validUntil > best)) best = e.validUntil;
  return best;
}

function dateDeadline(asOf: string, date: string): Deadline {
  return date < asOf ? { kind: 'now' } : { kind: 'date', date, daysLeft: daysBetween(asOf, date) };
}

/**
 * When an undelivered touchpoint must be delivered: now when the promise is
 * public; else the lead time before the announcement, or the announcement
 * itself once the lead time can no longer be kept.
 */
function deliveryDeadline(p: PromiseResult, asOf: string, lead: number): Deadline {
  if (p.announce === null) return { kind: 'beforeAnnouncing' };
  if (p.announce <= asOf) return { kind: 'now', since: p.announce };
  const withLead = addDays(p.announce, -lead);
  return dateDeadline(asOf, withLead >= asOf ? withLead : p.announce);
}

function findingDeadline(f: Finding, p: PromiseResult | undefined, asOf: string): Deadline {
  switch (f.messageId) {
    case 'planMissing':
    case 'planLate':
      return dateDeadline(asOf, f.data.deadline);
    case 'expiresBeforeLaunch':
      return dateDeadline(asOf, f.data.validUntil);
    case 'customerVoice':
    case 'hygieneFirst':
      if (p?.announce == null) return { kind: 'beforeAnnouncing' };
      return p.announce <= asOf ? { kind: 'now', since: p.announce } : dateDeadline(asOf, p.announce);
    default:
      return { kind: 'now' };
  }
}

/** Sort key: overdue first, then by date, drafts last. */
function urgency(d: Deadline): string {
  return d.kind === 'now' ? '0' : d.kind === 'date' ? `1${d.date}` : '2';
}

// ── Timeline ────────────────────────────────────────────────────────────────

export type TimelineKind =
  /** Delivered, verified on or before the announcement: as it should be. */
  | 'deliveredFirst'
  /** Delivered now, but the evidence was verified only after the announcement. */
  | 'announcedFirst'
  /** Public and not delivered. */
  | 'broken'
  /** Announcement ahead, not delivered yet. */
  | 'upcoming';

export interface TimelineEntry {
  promise: PromiseResult;
  /** The day delivery was verified at the last of its touchpoints; null when not delivered. */
  delivered: string | null;
  announce: string;
  kind: TimelineKind;
  /** Days between the two events of `kind` (lead, gap, days public or days to go); never negative. */
  days: number;
}

/** For each announced or scheduled promise: when delivery was verified and when it is announced. */
export function timeline(result: AuditResult): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const p of result.promises) {
    if (p.announce === null) continue;
    const delivered = p.status === 'ready' ? deliveredOn(p) : null;
    if (delivered !== null) {
      const first = delivered <= p.announce;
      entries.push({ promise: p, delivered, announce: p.announce, kind: first ? 'deliveredFirst' : 'announcedFirst', days: Math.abs(daysBetween(delivered, p.announce)) });
    } else if (p.announce <= result.asOf) {
      entries.push({ promise: p, delivered: null, announce: p.announce, kind: 'broken', days: daysBetween(p.announce, result.asOf) });
    } else {
      entries.push({ promise: p, delivered: null, announce: p.announce, kind: 'upcoming', days: daysBetween(result.asOf, p.announce) });
    }
  }
  return entries;
}

/**
 * When a ready promise was first verified as delivered: at each touchpoint the
 * earliest evidence that counts now or counted in its time (expired, but it
 * met its target), and of those the latest touchpoint.
 */
function deliveredOn(p: PromiseResult): string | null {
  let last: string | null = null;
  for (const tp of p.touchpoints) {
    const first = tp.evidence
      .filter((e) => e.valid || (e.problem?.code === 'expired' && (e.actual === undefined || e.target === undefined || meetsTarget(e.actual, e.target))))
      .reduce<string | null>((m, e) => (e.verified !== null && (m === null || e.verified < m) ? e.verified : m), null);
    if (first === null) return null;
    if (last === null || first > last) last = first;
  }
  return last;
}

/** Entries that need attention first: broken, upcoming, announced before delivery, then the rest. */
export function timelinePriority(kind: TimelineKind): number {
  return { broken: 0, upcoming: 1, announcedFirst: 2, deliveredFirst: 3 }[kind];
}

/** At most `max` entries, the most important first, shown in register order. */
export function pickTimeline(entries: TimelineEntry[], max: number): TimelineEntry[] {
  if (entries.length <= max) return entries;
  const keep = new Set(
    entries
      .map((e, i) => ({ e, i }))
      .sort((a, b) => timelinePriority(a.e.kind) - timelinePriority(b.e.kind) || a.i - b.i)
      .slice(0, max)
      .map((x) => x.i),
  );
  return entries.filter((_, i) => keep.has(i));
}

// ── Journey coverage ────────────────────────────────────────────────────────

export interface JourneyCell {
  touchpoint: string;
  /** Promises of the stage that must be kept at this touchpoint. */
  made: number;
  /** Of those, delivered at this touchpoint. */
  kept: number;
}

export interface JourneyRow {
  /** null: promises that name no stage. */
  stage: Stage | null;
  cells: JourneyCell[];
  /** Promises of the stage, and how many of them are delivered everywhere. */
  made: number;
  kept: number;
}

/** Every journey stage against every touchpoint, plus a row for promises without a stage when there are any. */
export function journey(result: AuditResult): JourneyRow[] {
  const touchpoints = Object.keys(result.touchpoints);
  const row = (stage: Stage | null): JourneyRow => {
    const promises = result.promises.filter((p) => (p.stage ?? null) === stage);
    return {
      stage,
      made: promises.length,
      kept: promises.filter((p) => p.status === 'ready').length,
      cells: touchpoints.map((id) => {
        const at = promises.flatMap((p) => p.touchpoints.filter((tp) => tp.id === id));
        return { touchpoint: id, made: at.length, kept: at.filter((tp) => tp.delivered).length };
      }),
    };
  };
  const rows = STAGES.map((s) => row(s));
  const unstaged = row(null);
  return unstaged.made > 0 ? [...rows, unstaged] : rows;
}

/** Whether any promise names its stage: else a table of seven empty stages is noise, and a false alarm of gaps. */
export function journeyHasStages(rows: readonly JourneyRow[]): boolean {
  return rows.some((r) => r.stage !== null && r.made > 0);
}

// ── Audit trail ─────────────────────────────────────────────────────────────

export interface TrailItem {
  promise: PromiseResult;
  touchpoint: string;
  evidence: EvidenceCheck;
}

/** For every ready promise, the valid evidence that makes it ready, touchpoint by touchpoint. */
export function auditTrail(result: AuditResult): TrailItem[] {
  return result.promises
    .filter((p) => p.status === 'ready')
    .flatMap((p) => p.touchpoints.flatMap((tp) => tp.evidence.filter((e) => e.valid).map((evidence) => ({ promise: p, touchpoint: tp.id, evidence }))));
}

// ── Small lookups ───────────────────────────────────────────────────────────

export function ownerName(result: AuditResult, id: string): string {
  return result.owners[id]?.name ?? id;
}

export function touchpointName(result: AuditResult, id: string): string {
  return result.touchpoints[id]?.name ?? id;
}
