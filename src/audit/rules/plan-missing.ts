/** A pending promise must show how each undelivered touchpoint will be delivered. */
import { addDays } from '../dates.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'plan-missing',
  severity: 'warning',
  messageIds: ['planMissing'],
  check({ inScope, policy, report }) {
    for (const s of inScope) {
      if (s.status !== 'pending' || s.announce === null) continue;
      const deadline = addDays(s.announce, -policy.leadTimeDays);
      for (const t of s.touchpoints) {
        if (t.delivered || t.plan) continue;
        report({ messageId: 'planMissing', data: { touchpoint: t.id, deadline }, promise: s.promise.id, touchpoint: t.id, path: ['promises', s.index] });
      }
    }
  },
});
