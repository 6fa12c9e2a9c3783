/** Evidence dated after the audit day does not count: usually a typo in the date. */
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'evidence-future',
  severity: 'warning',
  messageIds: ['evidenceFuture'],
  check({ inScope, asOf, report }) {
    for (const s of inScope) {
      for (const e of s.evidence) {
        if (e.verified === null || e.verified <= asOf) continue;
        report({
          messageId: 'evidenceFuture',
          data: { touchpoint: e.touchpoint, verified: e.verified },
          promise: s.promise.id,
          touchpoint: e.touchpoint,
          path: ['promises', s.index, 'evidence', e.index],
        });
      }
    }
  },
});
