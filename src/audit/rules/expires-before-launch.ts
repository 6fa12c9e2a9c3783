/**
 * Ready today, not on launch day: the evidence at a touchpoint runs out before
 * the announcement (or before the audited campaign ends). Judged per
 * touchpoint by its longest-lived valid evidence, which is what keeps it delivered.
 */
import { latestValidUntil } from '../readiness.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'expires-before-launch',
  severity: 'warning',
  messageIds: ['expiresBeforeLaunch'],
  check({ inScope, campaign, report }) {
    for (const s of inScope) {
      const until = s.deliveredUntil;
      if (s.status !== 'ready' || until === null) continue;
      const limits: { date: string; until: 'announce' | 'campaignEnds' }[] = [];
      if (s.announce !== null) limits.push({ date: s.announce, until: 'announce' });
      if (campaign?.ends) limits.push({ date: campaign.ends, until: 'campaignEnds' });
      // Every touchpoint holds past every limit (the usual case): nothing to look at.
      if (!limits.some((l) => until < l.date)) continue;
      for (const t of s.touchpoints) {
        const best = latestValidUntil(t.evidence);
        if (!best) continue;
        const validUntil = best.validUntil!;
        const limit = limits.find((l) => validUntil < l.date);
        if (!limit) continue;
        report({
          messageId: 'expiresBeforeLaunch',
          data: { touchpoint: t.id, validUntil, date: limit.date, until: limit.until },
          promise: s.promise.id,
          touchpoint: t.id,
          path: ['promises', s.index, 'evidence', best.index],
        });
      }
    }
  },
});
