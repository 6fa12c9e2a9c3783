/** A figure computed from a handful of observations is an anecdote, not a measurement. */
import { defineRule } from './define-rule.js';

export const DEFAULT_MIN_SAMPLE = 30;

export default defineRule({
  id: 'sample-too-small',
  severity: 'warning',
  messageIds: ['sampleTooSmall'],
  check({ inScope, register, report }) {
    const min = register.policy?.min_sample ?? DEFAULT_MIN_SAMPLE;
    for (const s of inScope) {
      s.promise.evidence?.forEach((e, i) => {
        if (!e.measure?.ok || e.measure.stat === 'count' || e.measure.n >= min) return;
        report({
          messageId: 'sampleTooSmall',
          data: { touchpoint: e.touchpoint, n: e.measure.n, min },
          promise: s.promise.id,
          touchpoint: e.touchpoint,
          path: ['promises', s.index, 'evidence', i, 'data'],
        });
      });
    }
  },
});
