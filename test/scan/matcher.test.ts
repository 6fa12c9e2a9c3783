/**
 * The multi-pattern matcher finds exactly what a naive search finds — every
 * occurrence of every key, overlapping ones too — in its dense and its
 * sparse form, with white space collapsed, masked markup skipped and block
 * boundaries respected.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BREAK, SKIP, toUnits } from '../../src/scan/chars.js';
import { Matcher } from '../../src/scan/matcher.js';

function all(matcher: Matcher, text: string | Uint16Array): string[] {
  const units = typeof text === 'string' ? toUnits(text) : text;
  const out: string[] = [];
  matcher.run(units, 0, units.length, (key, start, end) => out.push(`${key}@${start}-${end}`));
  return out.sort();
}

/** Every occurrence of every key, by brute force (text already lower case, single spaces). */
function naive(keys: string[], text: string): string[] {
  const out: string[] = [];
  keys.forEach((key, k) => {
    for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) out.push(`${k}@${i}-${i + key.length}`);
  });
  return out.sort();
}

describe('Matcher', () => {
  it('finds overlapping keys and keys inside keys', () => {
    const m = new Matcher(['he', 'she', 'his', 'hers']);
    expect(all(m, 'ushers')).toEqual(['0@2-4', '1@1-4', '3@2-6']);
  });

  it('folds case, including Ä, Ö and Å', () => {
    expect(all(new Matcher(['äö å']), 'ÄÖ Å äö å')).toEqual(['0@0-4', '0@5-9']);
  });

  it('collapses white space, skips masked markup, stops at a block boundary', () => {
    const m = new Matcher(['free returns']);
    expect(all(m, 'free \n\t returns')).toEqual(['0@0-15']);
    const masked = toUnits('free **returns');
    masked[5] = SKIP;
    masked[6] = SKIP;
    expect(all(m, masked)).toEqual(['0@0-14']);
    const broken = toUnits('free returns');
    broken[4] = BREAK;
    expect(all(m, broken)).toEqual([]);
  });

  it('agrees with a naive search, dense and sparse, on random keys and texts', () => {
    const alphabet = fc.constantFrom('a', 'b', 'ä', ' ');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 5 }).map((cs) => cs.join('').replace(/ +/g, ' ').trim()).filter((s) => s !== '');
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 8 }), fc.array(alphabet, { maxLength: 60 }), (keys, chars) => {
        const text = chars.join('').replace(/ +/g, ' ');
        const expected = naive(keys, text);
        expect(all(new Matcher(keys), text)).toEqual(expected);
        expect(all(new Matcher(keys, { denseLimit: 0 }), text)).toEqual(expected);
      }),
      { numRuns: 80 },
    );
  });

  it('agrees with a naive search of the collapsed text when the copy has runs of spaces and masked markup', () => {
    const unit = fc.constantFrom('a', 'b', 'ä', 'Ä', ' ', ' ', '\n', '\u0000', 'x');
    const word = fc.array(fc.constantFrom('a', 'b', 'ä', ' '), { minLength: 1, maxLength: 5 }).map((cs) => cs.join('').replace(/ +/g, ' ').trim()).filter((s) => s !== '');
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 6 }), fc.array(unit, { maxLength: 60 }), (keys, chars) => {
        // What the automaton reads: no SKIP (\u0000), runs of white space as one space, lower case.
        let effective = '';
        const at: number[] = [];
        chars.forEach((c, i) => {
          if (c === '\u0000') return;
          const folded = /\s/.test(c) ? ' ' : c.toLowerCase();
          if (folded === ' ' && effective.endsWith(' ')) return;
          effective += folded;
          at.push(i);
        });
        const expected = naive(keys, effective).map((m) => {
          const [, k, a, b] = /^(\d+)@(\d+)-(\d+)$/.exec(m)!;
          return `${k}@${at[Number(a)]}-${at[Number(b) - 1]! + 1}`;
        });
        const units = Uint16Array.from(chars.map((c) => c.charCodeAt(0)));
        expect(all(new Matcher(keys), units)).toEqual(expected.sort());
        expect(all(new Matcher(keys, { denseLimit: 0 }), units)).toEqual(expected.sort());
      }),
      { numRuns: 80 },
    );
  });

  it('handles thousands of keys in one pass', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `claim number ${i} here`);
    const m = new Matcher(keys);
    const text = 'x '.repeat(1000) + 'Claim Number 4321 here';
    expect(all(m, text)).toEqual([`4321@2000-${text.length}`]);
  });
});
