/** Evidence whose data file cannot be read or computed does not count: measured, not believed. */
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'data-unreadable',
  severity: 'error',
  messageIds: ['dataUnreadable'],
  check({ inScope, report }) {
    for (const s of inScope) {
      // Readiness has already found why each item does not count (all of them, at any touchpoint).
      for (const e of s.evidence) {
        const problem = e.problem;
        if (problem?.code !== 'dataUnreadable') continue;
        report({
          messageId: 'dataUnreadable',
          data: { touchpoint: e.touchpoint, file: problem.file, line: problem.line, problem: problem.problem },
          promise: s.promise.id,
          touchpoint: e.touchpoint,
          path: ['promises', s.index, 'evidence', e.index, 'data'],
        });
      }
    }
  },
});
