/** Small helpers several rules share. */
import type { TouchpointReason } from '../../types.js';
import type { PromiseState } from '../readiness.js';
import type { RuleContext } from './define-rule.js';

export function undeliveredWithReasons(s: PromiseState): { id: string; reason: TouchpointReason }[] {
  return s.touchpoints.filter((t) => !t.delivered).map((t) => ({ id: t.id, reason: t.reason ?? { code: 'noEvidence' } }));
}

/**
 * Inline suppressions in copy that name `rule` but give no reason: they
 * suppress nothing, and each is reported, so an unexplained exception never
 * passes review silently.
 */
export function reportUnexplainedSuppressions(rule: 'claim-not-delivered' | 'generic-claim', context: Pick<RuleContext, 'copy' | 'report'>): void {
  for (const s of context.copy?.suppressions ?? []) {
    if (s.reason !== null || !s.rules.includes(rule)) continue;
    context.report({ messageId: 'ignoreWithoutReason', data: { rule, line: s.line }, promise: null, location: s.location });
  }
}
