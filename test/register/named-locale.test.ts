/**
 * The language a register names, read from its text before it is parsed (or
 * when it cannot be): errors about reading it come in that language.
 */
import { describe, expect, it } from 'vitest';
import { namedLocale } from '../../src/register/format.js';

describe('the locale a register names', () => {
  it.each([
    ['YAML, at the start of a line', 'version: 1\nlocale: fi\n', 'fi'],
    ['YAML, quoted, with a comment', "version: 1\n'locale': \"fi\"  # suomeksi\n", 'fi'],
    ['JSON, pretty-printed', '{\n  "version": 1,\n  "locale": "fi",\n  "brand": "B"\n}\n', 'fi'],
    ['JSON, last key before the brace', '{\n  "version": 1,\n  "locale": "fi"}\n', 'fi'],
  ])('%s', (_name, text, locale) => {
    expect(namedLocale(text)).toBe(locale);
  });

  it.each([
    ['a nested key in YAML does not outvote the top-level one', 'owners:\n  "locale": "fi"\nlocale: en\n', 'en'],
    ['a nested quoted key in YAML is not the register\'s', 'owners:\n  "locale": "fi"\n', undefined],
    ['a nested key in JSON does not outvote the top-level one', '{\n  "owners": {\n    "locale": "fi"\n  },\n  "locale": "en"\n}\n', 'en'],
    ['text in a block scalar names none', 'notes: |\n  locale: fi\n', undefined],
    ['an unknown language is none', 'locale: sv\n', undefined],
  ])('%s', (_name, text, locale) => {
    expect(namedLocale(text)).toBe(locale);
  });
});
