/**
 * How claims match copy: case folding (Finnish letters too), any run of white
 * space or a line break inside a phrase, word boundaries, `*` stems on
 * inflected Finnish, and paragraphs that no phrase spans.
 */
import { describe, expect, it } from 'vitest';
import { compilePatterns } from '../../src/scan/phrases.js';
import { scanText, type TextFormat } from '../../src/scan/scan.js';

/** The texts of the mentions of `claims` in `text`, as `line:column text`. */
function find(claims: string[], text: string, format: TextFormat = 'text'): string[] {
  const set = compilePatterns([{ promise: 'p', claims }], []);
  return scanText('copy.txt', text, format, set).mentions.map((m) => `${m.location.line}:${m.location.column} ${m.text}`);
}

describe('case folding', () => {
  it('matches whatever the case of the copy or of the claim', () => {
    expect(find(['free returns'], 'FREE RETURNS! Free Returns. free returns')).toEqual(['1:1 FREE RETURNS', '1:15 Free Returns', '1:29 free returns']);
    expect(find(['FREE Returns'], 'free returns')).toEqual(['1:1 free returns']);
  });

  it('folds Finnish letters: Ä, Ö and Å match ä, ö and å both ways', () => {
    expect(find(['ympäristö'], 'YMPÄRISTÖ ja Ympäristö')).toEqual(['1:1 YMPÄRISTÖ', '1:14 Ympäristö']);
    expect(find(['ÅLAND'], 'åland')).toEqual(['1:1 åland']);
    expect(find(['hyvä öljy'], 'HYVÄ ÖLJY')).toEqual(['1:1 HYVÄ ÖLJY']);
  });

  it('does not treat ä as a (they are different letters in Finnish)', () => {
    expect(find(['säästö'], 'saasto')).toEqual([]);
  });
});

describe('white space', () => {
  it('matches across any run of spaces, tabs and line breaks', () => {
    expect(find(['free returns'], 'free   returns\nfree\treturns\nfree\n  returns\nfree\r\nreturns')).toEqual([
      '1:1 free returns',
      '2:1 free returns',
      '3:1 free returns',
      '5:1 free returns',
    ]);
  });

  it('matches across a no-break space, and a claim written with extra spaces', () => {
    expect(find(['100  vuotta'], '100\u00a0vuotta')).toEqual(['1:1 100 vuotta']);
  });

  it('does not run across a blank line: a new paragraph is a new sentence', () => {
    expect(find(['free returns'], 'It is free\n\nreturns are easy')).toEqual([]);
    expect(find(['free returns'], 'It is free\r\n  \r\nreturns are easy')).toEqual([]);
  });
});

describe('word boundaries', () => {
  it('"free returns" does not match inside "carefree returnships"', () => {
    expect(find(['free returns'], 'carefree returns')).toEqual([]);
    expect(find(['free returns'], 'free returnships')).toEqual([]);
    expect(find(['free returns'], 'carefree returnships')).toEqual([]);
  });

  it('punctuation, quotes and emoji are boundaries', () => {
    expect(find(['free returns'], '“free returns”, (free returns) 🎁free returns!')).toEqual(['1:2 free returns', '1:18 free returns', '1:34 free returns']);
  });

  it('digits belong to words: "2 days" is not in "12 days"', () => {
    expect(find(['2 days'], '12 days, 2 days')).toEqual(['1:10 2 days']);
  });

  it('a claim that ends in a sign needs no boundary after it', () => {
    expect(find(['100 %'], 'Kierrätettyä 100 %:sti')).toEqual(['1:14 100 %']);
  });
});

describe('* stems', () => {
  it('"kuvien lajittelu*" matches every inflected form, and the bare stem', () => {
    expect(find(['kuvien lajittelu*'], 'kuvien lajittelussa, kuvien lajittelun, kuvien lajittelu. Kuvien lajitteluun!')).toEqual([
      '1:1 kuvien lajittelussa',
      '1:22 kuvien lajittelun',
      '1:41 kuvien lajittelu',
      '1:59 Kuvien lajitteluun',
    ]);
  });

  it('a stem still needs its own letters and a boundary before it', () => {
    expect(find(['kuvien lajittelu*'], 'kuvien lajittelija, kuvienlajittelu, ykkuvien lajittelu')).toEqual([]);
  });

  it('stems work in the middle of a phrase too', () => {
    expect(find(['vihre* valin*'], 'vihreämpi valinta ja vihreän valinnan')).toEqual(['1:1 vihreämpi valinta', '1:22 vihreän valinnan']);
  });

  it('a word without * must end where the copy word ends', () => {
    expect(find(['kuvien lajittelu'], 'kuvien lajittelussa')).toEqual([]);
  });

  it('a mention gives the whole word the stem matched', () => {
    expect(find(['tekoäly lajittelee*'], 'Tekoäly lajitteleekin kuvat')).toEqual(['1:1 Tekoäly lajitteleekin']);
  });
});

describe('one mention per promise for the same words', () => {
  it('two claims of a promise on the same words are one mention', () => {
    expect(find(['kuvien lajittelu*', 'lajittelu*'], 'kuvien lajittelu')).toEqual(['1:1 kuvien lajittelu']);
  });

  it('two promises on the same words are two mentions', () => {
    const set = compilePatterns(
      [
        { promise: 'a', claims: ['free returns'] },
        { promise: 'b', claims: ['returns'] },
      ],
      [],
    );
    expect(scanText('c.txt', 'free returns', 'text', set).mentions.map((m) => m.promise)).toEqual(['a', 'b']);
  });
});
