/** An exception past its date no longer applies and must be renewed or removed. */
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'waiver-expired',
  severity: 'warning',
  messageIds: ['waiverExpired'],
  phase: 'waivers',
  check({ waivers, report }) {
    for (const w of waivers) {
      if (w.live) continue;
      report({
        messageId: 'waiverExpired',
        data: { rule: w.rule, expires: w.expires },
        promise: w.promise,
        touchpoint: w.touchpoint,
        path: ['promises', w.promiseIndex, 'waivers', w.waiverIndex],
      });
    }
  },
});
