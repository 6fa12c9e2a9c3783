/**
 * A plan due after A − lead time cannot deliver in time to verify before the
 * announcement. Plans for touchpoints already delivered are left alone: they
 * no longer decide anything.
 */
import { addDays } from '../dates.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'plan-late',
  severity: 'warning',
  messageIds: ['planLate'],
  check({ inScope, policy, report }) {
    for (const s of inScope) {
      if (s.announce === null || s.delivered) continue;
      const deadline = addDays(s.announce, -policy.leadTimeDays);
      s.promise.plan?.forEach((plan, i) => {
        const tp = s.touchpoints.find((t) => t.id === plan.touchpoint);
        if (!tp || tp.delivered || plan.due <= deadline) return;
        report({
          messageId: 'planLate',
          data: { touchpoint: plan.touchpoint, due: plan.due, deadline, announce: s.announce as string },
          promise: s.promise.id,
          touchpoint: plan.touchpoint,
          path: ['promises', s.index, 'plan', i],
        });
      });
    }
  },
});
