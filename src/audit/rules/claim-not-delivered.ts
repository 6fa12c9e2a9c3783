/**
 * Copy that makes a promise which is not delivered: the customer reads it
 * before the touchpoints keep it. A mention of a ready promise is fine (the
 * report lists it as covered).
 */
import { defineRule } from './define-rule.js';
import { reportUnexplainedSuppressions, undeliveredWithReasons } from './shared.js';

export default defineRule({
  id: 'claim-not-delivered',
  severity: 'error',
  messageIds: ['claimNotDelivered', 'ignoreWithoutReason'],
  check({ copy, inScope, report }) {
    if (!copy) return;
    const byId = new Map(inScope.map((s) => [s.promise.id, s]));
    for (const m of copy.mentions) {
      const s = byId.get(m.promise);
      if (!s || s.status === 'ready') continue;
      report({
        messageId: 'claimNotDelivered',
        data: { text: m.text, promise: s.promise.id, status: s.status, announce: s.announce, touchpoints: undeliveredWithReasons(s) },
        promise: s.promise.id,
        location: m.location,
      });
    }
    reportUnexplainedSuppressions('claim-not-delivered', { copy, report });
  },
});
