/**
 * audit: a validated register and options in, an AuditResult out. Pure: no
 * clock, no files, no terminal. The same input gives the same result.
 */
import type { FindingMessageId } from '../i18n/en.js';
import { addTo } from '../multimap.js';
import type { Register } from '../register/load.js';
import type { Locator } from '../register/source.js';
import { COPY_RULE_IDS, RULE_IDS, type RuleId } from '../rule-ids.js';
import type { AuditResult, CopyResult, CopyScan, CopySuppression, FailOn, Finding, Position, PromiseResult, Severity, Summary, WaiverResult } from '../types.js';
import { DEFAULT_POLICY, readiness, type Policy, type PromiseState } from './readiness.js';
import type { ReportInput, RuleContext, WaiverState } from './rules/define-rule.js';
import { rules } from './rules/index.js';

export interface AuditOptions {
  /** The audit day D, YYYY-MM-DD. Required: the core never reads the clock. */
  asOf: string;
  /** Audit only this campaign's promises (`--campaign`). */
  campaign?: string | null;
  /** Lowest severity that fails the gate. Default 'error'. */
  failOn?: FailOn;
  /** What a scan of copy found, for the copy rules (`scan`, `check --copy`). */
  copy?: CopyScan | null;
  /** Run only these rules (`scan` runs the copy rules alone). Default: every rule. */
  rules?: readonly RuleId[];
}

export class UnknownCampaignError extends Error {
  override readonly name = 'UnknownCampaignError';
  constructor(
    readonly campaign: string,
    readonly defined: string[],
  ) {
    super(`unknown campaign ${campaign}`);
  }
}

/** Where the register came from: positions for findings, and the root file for reports. */
export type AuditSource = Locator & { file: string; text: string; /** Every file of the register, root first. */ sources?: readonly { file: string }[] };

export function audit(register: Register, source: AuditSource, options: AuditOptions): AuditResult {
  const asOf = options.asOf;
  const failOn = options.failOn ?? 'error';
  const campaignId = options.campaign ?? null;
  const campaigns = register.campaigns ?? {};
  if (campaignId !== null && !Object.prototype.hasOwnProperty.call(campaigns, campaignId)) {
    throw new UnknownCampaignError(campaignId, Object.keys(campaigns));
  }
  const policy: Policy = {
    evidenceMaxAgeDays: register.policy?.evidence_max_age_days ?? DEFAULT_POLICY.evidenceMaxAgeDays,
    leadTimeDays: register.policy?.lead_time_days ?? DEFAULT_POLICY.leadTimeDays,
  };
  const position = source.position.bind(source);
  const states = readiness({ register, asOf, policy, campaign: campaignId, position });
  const inScope = states.filter((s) => s.inScope);

  const waivers: WaiverState[] = [];
  for (const s of inScope) {
    s.promise.waivers?.forEach((w, i) => {
      waivers.push({ promiseIndex: s.index, promise: s.promise.id, waiverIndex: i, rule: w.rule, touchpoint: w.touchpoint ?? null, expires: w.expires, live: asOf <= w.expires, covers: 0 });
    });
  }

  // Waivers by rule and promise, so matching a finding does not scan them all.
  const waiversByKey = new Map<string, WaiverState[]>();
  for (const w of waivers) addTo(waiversByKey, waiverKey(w.rule, w.promise), w);

  const severityOf = (id: RuleId): Severity | 'off' => register.policy?.rules?.[id] ?? rules[id].severity;
  const findings: Finding[] = [];
  const campaign = campaignId === null ? null : { id: campaignId, ...campaigns[campaignId]! };
  const copy = options.copy ?? null;
  const suppressions = copy ? suppressionIndex(copy.suppressions) : null;

  const run = (phase: 'findings' | 'waivers') => {
    for (const id of RULE_IDS) {
      const rule = rules[id];
      const severity = severityOf(id);
      if (severity === 'off' || (rule.phase ?? 'findings') !== phase) continue;
      if (options.rules && !options.rules.includes(id)) continue;
      const context: RuleContext = {
        register,
        asOf,
        policy,
        campaign,
        promises: states,
        inScope,
        waivers,
        copy,
        report<M extends FindingMessageId>(f: ReportInput<M>) {
          const location = f.location ?? position(f.path!);
          // A reviewed false positive in copy, suppressed inline with a reason: counted, not reported.
          if (f.location && suppressions && suppress(suppressions, id, location)) return;
          const waiver = phase === 'findings' ? waive(waiversByKey, id, f.promise, f.touchpoint ?? null) : undefined;
          findings.push({
            rule: id,
            severity,
            promise: f.promise,
            touchpoint: f.touchpoint ?? null,
            messageId: f.messageId,
            data: f.data,
            location,
            waived: waiver !== undefined,
            waiver: waiver ? describeWaiver(register, waiver) : undefined,
          } as Finding);
        },
      };
      rule.check(context);
    }
  };
  run('findings');
  run('waivers');

  // Order follows the register; rules in their documented order on the same spot.
  const ruleOrder = new Map(RULE_IDS.map((id, i) => [id, i]));
  const fileOrder = new Map([...(source.sources ?? [source]).map((s) => s.file), ...(copy?.files ?? [])].map((file, i) => [file, i]));
  const fileRank = (file: string) => fileOrder.get(file) ?? fileOrder.size;
  const sorted = findings
    .map((f, i) => ({ f, i, file: fileRank(f.location.file), rule: ruleOrder.get(f.rule)! }))
    .sort((a, b) => a.file - b.file || a.f.location.line - b.f.location.line || a.f.location.column - b.f.location.column || a.rule - b.rule || a.i - b.i)
    .map((x) => x.f);

  const summary = summarise(inScope.map((s) => s.status), sorted, failOn);
  const promises: PromiseResult[] = inScope.map((s) => ({
    id: s.promise.id,
    statement: s.promise.statement,
    tier: s.promise.tier,
    // Present or undefined, so that every result has one shape (quicker to make and read in bulk).
    stage: s.promise.stage ? s.promise.stage : undefined,
    owner: s.promise.owner,
    status: s.status,
    announce: s.announce,
    announceSource: s.announceSource,
    campaigns: s.campaigns,
    touchpoints: s.touchpoints,
    deliveredCount: countDelivered(s.touchpoints),
    next: s.next,
    claims: s.promise.claims ?? [],
    location: position(['promises', s.index]),
  }));
  const waiverResults: WaiverResult[] = waivers.map((w) => {
    const input = register.promises[w.promiseIndex]!.waivers![w.waiverIndex]!;
    return {
      promise: w.promise,
      rule: w.rule,
      touchpoint: w.touchpoint,
      reason: input.reason,
      approvedBy: input.approved_by,
      expires: w.expires,
      live: w.live,
      covers: w.covers,
      location: position(['promises', w.promiseIndex, 'waivers', w.waiverIndex]),
    };
  });

  return {
    schemaVersion: 1,
    brand: register.brand,
    asOf,
    scope: { campaign: campaignId },
    policy: { ...policy, failOn },
    summary,
    promises,
    findings: sorted,
    waivers: waiverResults,
    owners: register.owners,
    touchpoints: register.touchpoints,
    campaigns,
    source: { file: source.file, text: source.text },
    copy: copy ? copyResult(copy, states, suppressions!, options.rules !== undefined && options.rules.every((r) => isCopyRule(r))) : null,
  };
}

type SuppressionState = CopySuppression & { covers: number };
interface Suppressions {
  /** In scan order. */
  list: SuppressionState[];
  /** By file and the line they apply to. */
  byLine: Map<string, SuppressionState[]>;
}

function suppressionIndex(input: readonly CopySuppression[]): Suppressions {
  const list = input.map((s) => ({ ...s, covers: 0 }));
  const byLine = new Map<string, SuppressionState[]>();
  for (const s of list) addTo(byLine, `${s.location.file}\n${s.line}`, s);
  return { list, byLine };
}

/** True when a suppression with a reason covers a finding of `rule` at `at`; counts it. */
function suppress(index: Suppressions, rule: RuleId, at: Position): boolean {
  const s = index.byLine.get(`${at.file}\n${at.line}`)?.find((x) => x.reason !== null && x.rules.includes(rule));
  if (s) s.covers++;
  return s !== undefined;
}

function copyResult(copy: CopyScan, states: readonly PromiseState[], suppressions: Suppressions, copyOnly: boolean): CopyResult {
  const inScope = new Map(states.filter((s) => s.inScope).map((s) => [s.promise.id, s.status]));
  const mentions: CopyResult['mentions'] = [];
  for (const m of copy.mentions) {
    const status = inScope.get(m.promise);
    if (status === undefined) continue;
    mentions.push({ promise: m.promise, status, covered: status === 'ready', phrase: m.phrase, text: m.text, location: m.location });
  }
  return { copyOnly, files: copy.files.length, mentions, suppressions: suppressions.list, notes: copy.notes };
}

function countDelivered(touchpoints: readonly { delivered: boolean }[]): number {
  let n = 0;
  for (const t of touchpoints) if (t.delivered) n++;
  return n;
}

const waiverKey = (rule: RuleId, promise: string): string => `${rule}\u0000${promise}`;

/** Marks every live waiver covering this finding; returns the first of them. */
function waive(byKey: Map<string, WaiverState[]>, rule: RuleId, promise: string | null, touchpoint: string | null): WaiverState | undefined {
  if (promise === null) return undefined;
  let first: WaiverState | undefined;
  for (const w of byKey.get(waiverKey(rule, promise)) ?? []) {
    if (!w.live) continue;
    if (w.touchpoint !== null && w.touchpoint !== touchpoint) continue;
    w.covers++;
    first ??= w;
  }
  return first;
}

function describeWaiver(register: Register, w: WaiverState): { reason: string; approvedBy: string; expires: string } {
  const input = register.promises[w.promiseIndex]!.waivers![w.waiverIndex]!;
  return { reason: input.reason, approvedBy: input.approved_by, expires: input.expires };
}

/** Whether the finding fails the gate: not waived, and at `--fail-on`'s level or above. */
export function failsGate(f: Pick<Finding, 'waived' | 'severity'>, failOn: FailOn): boolean {
  return !f.waived && failOn !== 'never' && (f.severity === 'error' || failOn === 'warning');
}

function summarise(statuses: string[], findings: Finding[], failOn: FailOn): Summary {
  const count = (s: string) => statuses.filter((x) => x === s).length;
  const live = findings.filter((f) => !f.waived);
  const errors = live.filter((f) => f.severity === 'error').length;
  const warnings = live.filter((f) => f.severity === 'warning').length;
  const fails = findings.some((f) => failsGate(f, failOn));
  return {
    ready: count('ready'),
    broken: count('broken'),
    blocked: count('blocked'),
    pending: count('pending'),
    draft: count('draft'),
    errors,
    warnings,
    waived: findings.length - live.length,
    verdict: fails ? 'fail' : 'pass',
  };
}

const isCopyRule = (rule: RuleId): boolean => (COPY_RULE_IDS as readonly RuleId[]).includes(rule);
