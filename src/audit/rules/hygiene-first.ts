/**
 * Hygiene before wow: a differentiator announced (A <= D + lead time) while a
 * hygiene promise on one of its touchpoints is broken or blocked. Hygiene
 * promises are indexed by touchpoint once, so the rule is linear in the size
 * of the register, not quadratic in the number of promises.
 */
import { addDays } from '../dates.js';
import type { PromiseState } from '../readiness.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'hygiene-first',
  severity: 'warning',
  messageIds: ['hygieneFirst'],
  check({ promises, inScope, asOf, policy, report }) {
    // Out-of-scope promises keep their usual status; in-scope ones have the audited one.
    const failing = new Map<string, PromiseState[]>();
    for (const s of promises) {
      const status = s.inScope ? s.status : s.usualStatus;
      if (s.promise.tier !== 'hygiene' || (status !== 'broken' && status !== 'blocked')) continue;
      for (const tp of s.required) failing.set(tp, [...(failing.get(tp) ?? []), s]);
    }
    if (failing.size === 0) return;
    const horizon = addDays(asOf, policy.leadTimeDays);
    for (const s of inScope) {
      if (s.promise.tier !== 'differentiator' || s.announce === null || s.announce > horizon) continue;
      const hygiene = new Map<number, PromiseState>();
      const touchpoints: string[] = [];
      for (const tp of s.required) {
        const list = failing.get(tp);
        if (!list) continue;
        touchpoints.push(tp);
        for (const h of list) hygiene.set(h.index, h);
      }
      if (hygiene.size === 0) continue;
      report({
        messageId: 'hygieneFirst',
        data: {
          hygiene: [...hygiene.values()].sort((a, b) => a.index - b.index).map((h) => ({ id: h.promise.id, status: h.inScope ? h.status : h.usualStatus })),
          touchpoints,
        },
        promise: s.promise.id,
        path: ['promises', s.index],
      });
    }
  },
});
