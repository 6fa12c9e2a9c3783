/** A differentiating promise must be checked with customers: any survey evidence, valid or not. */
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'customer-voice',
  severity: 'warning',
  messageIds: ['customerVoice'],
  check({ inScope, report }) {
    for (const s of inScope) {
      if (s.promise.tier !== 'differentiator') continue;
      if (s.evidence.some((e) => e.kind === 'survey')) continue;
      report({ messageId: 'customerVoice', data: {}, promise: s.promise.id, path: ['promises', s.index] });
    }
  },
});
