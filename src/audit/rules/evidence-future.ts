/** Evidence dated after the audit day does not count: usually a typo in the date. */
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'evidence-future',
  severity: 'warning',
  messageIds: ['evidenceFuture'],
  check({ inScope, asOf, report }) {
    for (const s of inScope) {
      s.promise.evidence?.forEach((e, i) => {
        if (e.verified === undefined || e.verified <= asOf) return;
        report({
          messageId: 'evidenceFuture',
          data: { touchpoint: e.touchpoint, verified: e.verified },
          promise: s.promise.id,
          touchpoint: e.touchpoint,
          path: ['promises', s.index, 'evidence', i],
        });
      });
    }
  },
});
