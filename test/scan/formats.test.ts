/**
 * Each text format reads the text a reader sees: Markdown and MDX (front
 * matter too), HTML (visible text, alt, title, meta description), JSON and
 * YAML (string values), plain text — and every hit gives the line and column
 * of the original file.
 */
import { describe, expect, it } from 'vitest';
import { compilePatterns } from '../../src/scan/phrases.js';
import { formatOf, scanText, type TextFormat } from '../../src/scan/scan.js';

const set = compilePatterns(
  [
    { promise: 'free-returns', claims: ['free returns'] },
    { promise: 'sorting', claims: ['kuvien lajittelu*'] },
  ],
  [],
);

/** `line:column text` of every mention. */
function find(text: string, format: TextFormat): string[] {
  return scanText('copy', text, format, set).mentions.map((m) => `${m.location.line}:${m.location.column} ${m.text}`);
}

/** Where `needle` starts in `text` (its `nth` occurrence), counted independently: 1-based line and UTF-16 column. */
function locate(text: string, needle: string, nth = 1): string {
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`no ${needle}`);
  const before = text.slice(0, at).split(/\r\n|\r|\n/);
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}

describe('Markdown', () => {
  it('reads through emphasis, code and links; a phrase split by them still matches', () => {
    const md = 'We offer free **returns**.\nAlso *free* _returns_ and `free returns`.\nSee [free returns](https://example.com/free-returns "free returns").';
    expect(find(md, 'markdown')).toEqual(['1:10 free returns', '2:7 free returns', '2:28 free returns', '3:6 free returns']);
  });

  it('reads image alt text but not link destinations or bare addresses', () => {
    const md = '![Free returns on every order](img/free-returns.png)\nhttps://shop.example/free-returns\n[shop](https://example.com/free%20returns)';
    expect(find(md, 'markdown')).toEqual(['1:3 Free returns']);
  });

  it('skips fenced code and HTML comments, ends blocks at headings and blank lines', () => {
    const md = ['```', 'free returns', '```', '<!-- free returns -->', '# Free', 'returns are easy', '', 'Free', '', 'returns'].join('\n');
    expect(find(md, 'markdown')).toEqual([]);
  });

  it('reads the front matter: YAML string values, not keys', () => {
    const md = '---\ntitle: "Free returns"\nfree returns: 1\ndescription: >\n  Uusi kuvien\n  lajittelu\n---\n\nBody.\n';
    expect(find(md, 'markdown')).toEqual(['2:9 Free returns', '5:8 kuvien lajittelu']);
  });

  it('reads TOML front matter', () => {
    expect(find('+++\ntitle = "Free returns"\n+++\nBody', 'markdown')).toEqual(['2:10 Free returns']);
  });

  it('masks inline HTML and decodes entities', () => {
    expect(find('Free&nbsp;<span class="x">returns</span> and free&#32;returns', 'markdown')).toEqual(['1:1 Free returns', '1:46 free returns']);
  });

  it('treats a line break inside a paragraph as a space', () => {
    expect(find('It comes with free\nreturns.\n> quoted free\n> returns', 'markdown')).toEqual(['1:15 free returns', '3:10 free returns']);
  });
});

describe('MDX', () => {
  it('leaves out import/export blocks and {expressions}, reads JSX text and title/alt', () => {
    const mdx = [
      "import { Card } from './card'",
      "export const meta = { title: 'free returns' }",
      '',
      '<Card title="Free returns" data={{ label: "free returns" }}>',
      '  Our {props.word} free returns policy.',
      '</Card>',
      '{/* free returns */}',
    ].join('\n');
    expect(find(mdx, 'mdx')).toEqual(['4:14 Free returns', '5:20 free returns']);
  });
});

describe('HTML', () => {
  it('reads visible text only: a phrase split by inline tags matches, scripts and styles do not', () => {
    const html = `<html><head><title>Shop</title><style>.free-returns{} /* free returns */</style>
<script>var s = "free returns";</script></head>
<body><p>Enjoy <b>free</b> <a href="/r">returns</a> and fr<i>ee</i> returns.</p>
<!-- free returns --></body></html>`;
    expect(find(html, 'html')).toEqual(['3:19 free returns', '3:57 free returns']);
  });

  it('does not run a phrase across block elements', () => {
    expect(find('<p>free</p><p>returns</p><li>free<li>returns<td>free</td><td>returns</td>free<br>returns', 'html')).toEqual(['1:74 free returns']);
  });

  it('reads alt and title attributes and the meta description, entities decoded', () => {
    const html = `<meta name="description" content="Free&#x20;returns, always">
<meta name="keywords" content="free returns">
<img src="x.png" alt="free returns"><abbr title="FREE &amp; returns">x</abbr><span title="Free returns">y</span>`;
    expect(find(html, 'html')).toEqual(['1:35 Free returns', '3:23 free returns', '3:91 Free returns']);
  });

  it('decodes entities: &auml; &ouml; and numeric references', () => {
    const sorting = compilePatterns([{ promise: 'p', claims: ['tekoäly lajittelee'] }], []);
    const found = scanText('x.html', '<p>Teko&auml;ly&nbsp;lajittelee, teko&#228;ly lajittelee</p>', 'html', sorting).mentions;
    expect(found.map((m) => `${m.location.column} ${m.text}`)).toEqual(['4 Tekoäly lajittelee', '34 tekoäly lajittelee']);
  });

  it('masks template expressions', () => {
    expect(find('<p>free {{ "returns" }} returns {% if x %}free{% endif %} returns</p>', 'html')).toEqual(['1:43 free returns']);
  });
});

describe('JSON', () => {
  it('reads string values, not keys; decodes escapes; masks HTML in values', () => {
    const json = '{\n  "free returns": "no",\n  "title": "Free\\u0020returns",\n  "body": "<p>free <b>returns</b></p>",\n  "items": ["x", "free\\nreturns"]\n}';
    expect(find(json, 'json')).toEqual(['3:13 Free returns', '4:15 free returns', '5:19 free returns']);
  });

  it('leaves out slugs, ids, URLs and paths: "eco-friendly-bag" in a slug is no claim a reader sees', () => {
    const eco = compilePatterns([{ promise: 'p', claims: ['eco-friendly'] }], []);
    const json = '{"slug": "eco-friendly", "id": "eco-friendly", "link": "https://example.com/eco-friendly", "img": "img/eco-friendly.png", "title": "Eco-friendly"}';
    expect(scanText('x.json', json, 'json', eco).mentions.map((m) => m.text)).toEqual(['Eco-friendly']);
  });

  it('reads a broken or commented file as far as it goes', () => {
    expect(find('// a comment: free returns\n{"a": "free returns", "b": ', 'json')).toEqual(['2:8 free returns']);
  });
});

describe('YAML', () => {
  it('reads string values of every document, not keys or comments', () => {
    const yaml = "free returns: x\ntitle: 'Free returns'\n# free returns\nbody: |\n  Plain free\n  returns here\n---\nlist:\n  - \"free \\x72eturns\"\n  - 42\n";
    expect(find(yaml, 'yaml')).toEqual(['2:9 Free returns', '5:9 free returns', '9:6 free returns']);
  });

  it('searches a file that is no valid YAML as plain text, with a note', () => {
    const result = scanText('broken.yaml', 'title: [free returns\n', 'yaml', set);
    expect(result.mentions.map((m) => m.location.column)).toEqual([9]);
    expect(result.notes).toEqual([{ code: 'unparsable', file: 'broken.yaml', format: 'yaml' }]);
  });
});

describe('plain text', () => {
  it('is searched as written, web addresses left out', () => {
    expect(find('Free returns!\nhttps://example.com/free-returns\nwww.free-returns.example', 'text')).toEqual(['1:1 Free returns']);
  });
});

describe('positions in the original file', () => {
  it('after front matter, the lines of the body count from the top of the file', () => {
    const md = '---\ntitle: Joulu\ntags: [a, b]\n---\n\n# Otsikko\n\nUusi kuvien lajittelu tulee.\n';
    expect(find(md, 'markdown')).toEqual([`${locate(md, 'kuvien')} kuvien lajittelu`]);
    expect(find(md, 'markdown')).toEqual(['8:6 kuvien lajittelu']);
  });

  it('in HTML, after tags and entities on the same line', () => {
    const html = '<div class="hero"><h1>Jo&shy;ulu</h1>\n  <p>&copy; <em>Uusi</em> kuvien <b>lajittelu</b></p></div>';
    expect(find(html, 'html')).toEqual([`${locate(html, 'kuvien')} kuvien lajittelu`]);
    expect(find(html, 'html')).toEqual(['2:27 kuvien lajittelu']);
  });

  it('columns count UTF-16 code units: ä is one, an emoji two', () => {
    const text = 'Hyvää päivää! 🎄🎁 kuvien lajittelu';
    expect(find(text, 'text')).toEqual(['1:20 kuvien lajittelu']);
  });

  it('CRLF and lone CR end lines; columns restart after them', () => {
    const text = 'Rivi yksi\r\nRivi kaksi\r\n\r\n  free returns\rfree returns';
    expect(find(text, 'text')).toEqual(['4:3 free returns', '5:1 free returns']);
    const md = '---\r\ntitle: x\r\n---\r\n\r\nKöyhä **kuvien**\r\nlajittelu\r\n';
    expect(find(md, 'markdown')).toEqual(['5:9 kuvien lajittelu']);
  });

  it('a phrase in an attribute or a JSON value points into the attribute or value', () => {
    const html = 'x\n<img\n  alt="Kuvien lajittelu">';
    expect(find(html, 'html')).toEqual([`${locate(html, 'Kuvien')} Kuvien lajittelu`]);
    const json = '{\n  "a": "\\u00c4\\u00e4 kuvien lajittelu"\n}';
    expect(find(json, 'json')).toEqual([`${locate(json, 'kuvien')} kuvien lajittelu`]);
  });

  it('every format agrees on the position of the same words', () => {
    for (const [format, text] of [
      ['markdown', 'A\n\nÄäliö kuvien lajittelu'],
      ['html', 'A\n<p>Ääliö kuvien lajittelu</p>'],
      ['text', 'A\n\nÄäliö kuvien lajittelu'],
      ['yaml', 'a: A\nb: Ääliö kuvien lajittelu'],
      ['json', '{"a": "A",\n"b": "Ääliö kuvien lajittelu"}'],
    ] as const) {
      expect(find(text, format), format).toEqual([`${locate(text, 'kuvien')} kuvien lajittelu`]);
    }
  });
});

describe('formats by file name', () => {
  it('knows the copy formats and nothing else', () => {
    expect(['a.md', 'b.MDX', 'c.html', 'd.htm', 'e.vue', 'f.json', 'g.yml', 'h.txt', 'i.ts', 'j.png', 'k', 'dir.md/file'].map(formatOf)).toEqual([
      'markdown',
      'mdx',
      'html',
      'html',
      'html',
      'json',
      'yaml',
      'text',
      null,
      null,
      null,
      null,
    ]);
  });
});
