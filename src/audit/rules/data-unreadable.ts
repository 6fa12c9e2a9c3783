/** Evidence whose data file cannot be read or computed does not count: measured, not believed. */
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'data-unreadable',
  severity: 'error',
  messageIds: ['dataUnreadable'],
  check({ inScope, report }) {
    for (const s of inScope) {
      s.promise.evidence?.forEach((e, i) => {
        if (!e.measure || e.measure.ok) return;
        report({
          messageId: 'dataUnreadable',
          data: { touchpoint: e.touchpoint, file: e.measure.file, line: e.measure.line, problem: e.measure.problem },
          promise: s.promise.id,
          touchpoint: e.touchpoint,
          path: ['promises', s.index, 'evidence', i, 'data'],
        });
      });
    }
  },
});
