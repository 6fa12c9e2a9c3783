/**
 * Generic environmental claims that Directive (EU) 2024/825 bans from
 * 27 September 2026 without recognised proof (Annex I, points 4a–4c, of
 * Directive 2005/29/EC). Words that belong to a ready promise of the register
 * are its claim, with its evidence, and pass.
 */
import { defineRule } from './define-rule.js';
import { reportUnexplainedSuppressions } from './shared.js';

/** The day the ban applies from (Article 4 of Directive (EU) 2024/825). */
export const GENERIC_CLAIMS_BANNED_FROM = '2026-09-27';

export default defineRule({
  id: 'generic-claim',
  severity: 'warning',
  messageIds: ['genericClaim', 'ignoreWithoutReason'],
  check({ copy, promises, asOf, report }) {
    if (!copy) return;
    const ready = new Set(promises.filter((s) => s.status === 'ready').map((s) => s.promise.id));
    for (const g of copy.generic) {
      if (g.promises.some((p) => ready.has(p))) continue;
      report({
        messageId: 'genericClaim',
        data: { text: g.text, point: g.point, inForce: asOf >= GENERIC_CLAIMS_BANNED_FROM },
        promise: null,
        location: g.location,
      });
    }
    reportUnexplainedSuppressions('generic-claim', { copy, report });
  },
});
