/** Word-wrapping for the terminal (report/shared/width.ts): what a reader sees at a given width. */
import { describe, expect, it } from 'vitest';
import { textWidth, wrap } from '../../src/report/shared/width.js';

describe('wrap', () => {
  it('keeps a number with its word, yet never makes a line wider than the width', () => {
    const text = 'EU sizes 32 34 36 38 40 42 44 46 48 50 52 54 56 58 in every store, 14 days to return';
    for (const width of [30, 40, 60]) {
      const lines = wrap(text, width, '', '  ').split('\n');
      for (const line of lines) expect(textWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
      expect(lines.some((l) => l.endsWith(' 14'))).toBe(false);
    }
  });

  it('closes on each line the colours open there, combined codes too, and opens them again on the next', () => {
    const lines = wrap('\u001b[1;31mbold red text that goes on and on and on and on\u001b[0m, then plain', 24, '', '  ').split('\n');
    expect(lines.length).toBeGreaterThan(2);
    expect(lines[0]).toMatch(/\u001b\[22m\u001b\[39m$/);
    expect(lines[1]).toMatch(/^ {2}\u001b\[1m\u001b\[31m/);
    // eslint-disable-next-line no-control-regex
    expect(lines.map((l) => l.replace(/\u001b\[[\d;]*m/g, '').trim()).join(' ')).toBe('bold red text that goes on and on and on and on, then plain');
  });
});
