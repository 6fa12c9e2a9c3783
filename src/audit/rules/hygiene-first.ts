/**
 * Hygiene before wow: a differentiator announced (A <= D + lead time) while a
 * hygiene promise on one of its touchpoints is broken or blocked. Hygiene
 * promises are indexed by touchpoint once, so the rule is linear in the size
 * of the register, not quadratic in the number of promises.
 */
import { addDays } from '../dates.js';
import type { PromiseState } from '../readiness.js';
import { addTo } from '../../multimap.js';
import { defineRule } from './define-rule.js';

/**
 * Hygiene promises a finding names at most; the rest are counted. Each
 * differentiator's finding would otherwise list every failing hygiene
 * promise, and the report grow with their product (10,000 promises: hundreds of megabytes).
 */
export const HYGIENE_NAMED = 10;

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
      for (const tp of s.required) addTo(failing, tp, s);
    }
    if (failing.size === 0) return;
    const horizon = addDays(asOf, policy.leadTimeDays);
    // Differentiators mostly share their touchpoints (all of them, by default): the
    // failing hygiene promises are gathered once per set of touchpoints, not once per promise.
    const gathered = new Map<string, PromiseState[]>();
    for (const s of inScope) {
      if (s.promise.tier !== 'differentiator' || s.announce === null || s.announce > horizon) continue;
      const touchpoints = s.required.filter((tp) => failing.has(tp));
      if (touchpoints.length === 0) continue;
      const key = touchpoints.join('\u0000');
      let all = gathered.get(key);
      if (all === undefined) {
        const hygiene = new Map<number, PromiseState>();
        for (const tp of touchpoints) for (const h of failing.get(tp)!) hygiene.set(h.index, h);
        all = [...hygiene.values()].sort((a, b) => a.index - b.index);
        gathered.set(key, all);
      }
      report({
        messageId: 'hygieneFirst',
        data: {
          hygiene: all.slice(0, HYGIENE_NAMED).map((h) => ({ id: h.promise.id, status: h.inScope ? h.status : h.usualStatus })),
          ...(all.length > HYGIENE_NAMED ? { more: all.length - HYGIENE_NAMED } : {}),
          touchpoints,
        },
        promise: s.promise.id,
        path: ['promises', s.index],
      });
    }
  },
});
