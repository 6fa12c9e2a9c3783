/** Not delivered, and the announcement is inside the lead time (or in the audited campaign). */
import { daysBetween } from '../dates.js';
import { defineRule } from './define-rule.js';
import { undeliveredWithReasons } from './shared.js';

export default defineRule({
  id: 'launch-blocked',
  severity: 'error',
  messageIds: ['launchBlocked'],
  check({ inScope, asOf, report }) {
    for (const s of inScope) {
      if (s.status !== 'blocked' || s.announce === null) continue;
      report({
        messageId: 'launchBlocked',
        data: { announce: s.announce, daysLeft: daysBetween(asOf, s.announce), touchpoints: undeliveredWithReasons(s) },
        promise: s.promise.id,
        path: ['promises', s.index],
      });
    }
  },
});
