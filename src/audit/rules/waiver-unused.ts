/** A live waiver that covers nothing is stale: suppressions nobody reviews are how gates rot. */
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'waiver-unused',
  severity: 'warning',
  messageIds: ['waiverUnused'],
  phase: 'waivers',
  check({ waivers, report }) {
    for (const w of waivers) {
      if (!w.live || w.covers > 0) continue;
      report({
        messageId: 'waiverUnused',
        data: { rule: w.rule },
        promise: w.promise,
        touchpoint: w.touchpoint,
        path: ['promises', w.promiseIndex, 'waivers', w.waiverIndex],
      });
    }
  },
});
