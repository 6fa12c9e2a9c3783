/**
 * Line and column of an offset, as every diagnostic and finding shows them:
 * the same answer whatever order the look-ups come in (the index remembers
 * its last answer), for every kind of line break YAML knows.
 */
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/register/positions.js';
import { rng } from '../../bench/generate.js';

/** Line and column counted the slow, obvious way. */
function expected(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < Math.min(offset, text.length); i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: Math.min(offset, text.length) - start + 1 };
}

const TEXTS = {
  'LF line breaks': 'version: 1\nbrand: Acme\n\npromises:\n  - id: a\n    statement: x\n',
  'CRLF line breaks': 'version: 1\r\nbrand: Acme\r\n\r\npromises:\r\n  - id: a\r\n',
  'lone CRs and a mix': 'a: 1\rb: 2\r\nc: 3\n\rd: 4',
  'no line break at all': 'brand: Acme',
  'many short lines': Array.from({ length: 200 }, (_, i) => 'x'.repeat(i % 7)).join('\n'),
};

describe('line and column of an offset', () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    it(`are right in any order of look-ups: ${name}`, () => {
      const offsets = Array.from({ length: text.length + 1 }, (_, i) => i);
      const random = rng(7);
      const shuffled = [...offsets].sort(() => random() - 0.5);
      for (const order of [offsets, [...offsets].reverse(), shuffled]) {
        const index = new LineIndex(text);
        for (const offset of order) expect(index.at(offset), `offset ${offset}`).toEqual(expected(text, offset));
      }
    });
  }

  it('clamp offsets outside the text to its start and end', () => {
    const text = 'a: 1\nb: 2\n';
    const index = new LineIndex(text);
    expect(index.at(1000)).toEqual({ line: 3, column: 1 });
    expect(index.at(-5)).toEqual({ line: 1, column: 1 });
  });
});
