/** A promise that is public and not kept: every customer who meets it loses trust. */
import { defineRule } from './define-rule.js';
import { undeliveredWithReasons } from './shared.js';

export default defineRule({
  id: 'broken-promise',
  severity: 'error',
  messageIds: ['brokenPromise'],
  check({ inScope, report }) {
    for (const s of inScope) {
      if (s.status !== 'broken') continue;
      report({
        messageId: 'brokenPromise',
        data: { since: s.announce as string, touchpoints: undeliveredWithReasons(s) },
        promise: s.promise.id,
        path: ['promises', s.index],
      });
    }
  },
});
