/**
 * Every structural error the register format lists, each with its message,
 * line and column, as a person editing the file would see them.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { diagnosticMessage } from '../../src/i18n/index.js';
import { loadRegister } from '../../src/register/index.js';
import { HEADER } from '../helpers/register.js';

/** `line:column message` for every problem, in file order. */
function errors(yaml: string): string[] {
  const result = loadRegister(yaml, 'promises.yaml');
  if (result.ok) return [];
  return result.diagnostics.map((d) => `${d.location.line}:${d.location.column} ${diagnosticMessage(en, d)}`);
}

const promise = (extra = '', id = 'two-day-delivery') => `  - id: ${id}
    statement: Parcels arrive in two days
    tier: hygiene
    owner: logistics
${extra}`;

describe('structural errors', () => {
  it('reports YAML syntax errors with their position', () => {
    // At the quote that opened the value, not at the end of the file where yaml finds it missing.
    expect(errors('version: 1\nbrand: "unclosed\nowners: {}\n')[0]).toMatch(/^2:8 YAML syntax error: a quote \("\) is opened and never closed/);
    expect(errors('version: 1\nbrand: "a \\" b\nowners: {}\n')[0]).toMatch(/^2:8 YAML syntax error: a quote \("\) is opened/);
    expect(errors("version: 1\nbrand: 'it''s\nowners: {}\n")[0]).toMatch(/^2:8 YAML syntax error: a quote \('\) is opened/);
    expect(errors('version: 1\nbrand: "x"\nowners: { a: "b }\n')[0]).toMatch(/^3:14 YAML syntax error: a quote \("\) is opened/);
    // A key one level too deep: shown on its own line, not at the value above that yaml reads it into.
    expect(errors('version: 1\nbrand: x\n  owners: {}\n')).toEqual(['3:3 the indentation is off: keys or list items of the same level must start in the same column — line them up']);
    expect(errors('promises:\n  - id: a\n    tier: hygiene\n     owner: team\n    statement: S\n')).toEqual([
      '4:6 the indentation is off: keys or list items of the same level must start in the same column — line them up',
    ]);
    // One tab, one problem: not also the well-written lines after it, which yaml misreads; but a mistake of its own further on, and each tab.
    expect(errors('promises:\n  - id: a\n\ttier: hygiene\n    owner: team\n    statement: S\n    stage: use\n  - id: b\n    statement: S\n')).toEqual(['3:1 a tab is used for indentation — YAML indents with spaces only']);
    // yaml finds its feet again at the next top-level key: a mistake after it is said.
    expect(errors('owners:\n\tteam: { name: T }\ntouchpoints:\n  web: { name: W }\n   x: 1\n')).toEqual([
      '2:1 a tab is used for indentation — YAML indents with spaces only',
      '5:4 the indentation is off: keys or list items of the same level must start in the same column — line them up',
    ]);
    expect(errors('promises:\n  - id: a\n\ttier: hygiene\n\towner: team\n  - id: b\n    statement: "x" y\n')).toEqual([
      '3:1 a tab is used for indentation — YAML indents with spaces only',
      '4:1 a tab is used for indentation — YAML indents with spaces only',
      '6:20 YAML syntax error: a quoted value ends at its closing quote ("), and text follows it — put the whole value in quotes of the other kind (`statement: \'"Fast" delivery\'`), or leave the quotes out',
    ]);
  });

  // yaml's messages name the grammar, in English; the common mistakes are said in the catalogue's words.
  it.each([
    ['an unquoted value with ": " in it', 'version: 1\nbrand: Free returns: 60 days\n', '2:8 YAML syntax error: a key inside a value'],
    ['a line that is not key: value', 'version: 1\njust text\nbrand: x\n', '2:1 YAML syntax error: the line is not `key: value`'],
    ['a colon without a space after it', 'version: 1\nbrand:x\nowners: {}\n', '2:1 YAML syntax error: the line is not `key: value`'],
    // The same slip on the last line of a mapping, where yaml says something else.
    ['a colon without a space, last in its mapping', 'version: 1\nbrand:x\n', '2:1 YAML syntax error: the line is not `key: value` — is the colon missing, or the space after it?'],
    ['a colon without a space, deeper in', 'owners:\n  a:\n    name: A\n    contact:a@b.fi\n  b: {}\n', '4:5 YAML syntax error: the line is not `key: value`'],
    ['a single quote never closed', "version: 1\nbrand: 'x\n", '2:8 YAML syntax error: a quote (\') is opened and never closed'],
    ['an apostrophe inside single quotes', "version: 1\nbrand: 'We're open'\nowners: {}\n", '2:11 YAML syntax error: an apostrophe inside single quotes ends the value'],
    ['keys of one level in different columns', 'version: 1\nowners:\n  a: {}\n b: {}\n', '4:2 the indentation is off: keys or list items of the same level must start in the same column'],
    ['a key without its value', 'version: 1\nowners:\n  a: {}\n  b\n  c: {}\n', 'YAML syntax error: a word with no `: ` after it where a key is expected'],
    ['a list item without its dash', 'version: 1\npromises:\n  - a\n  b\n', '4:3 YAML syntax error: a list item without `- `'],
    ['a list begun on its key\'s line', 'version: 1\ntags: - a\n', 'YAML syntax error: a list cannot start on its key\'s line'],
    // At the bracket that opened it, not where the next line begins and yaml finds it missing.
    ['a [ never closed', 'version: 1\nx: [a, b\nbrand: y\n', '2:4 YAML syntax error: a list opened with `[` is never closed with `]`'],
    ['a { never closed', 'version: 1\nx: { a: b\nbrand: y\n', '2:4 YAML syntax error: a mapping opened with `{` is never closed with `}`'],
    ['a [ continued on a line not indented enough', 'promises:\n  - id: a\n    claims: ["x",\n    "y"]\n', 'YAML syntax error: a line that continues a `[…]` must be indented deeper than its key'],
    ['a Windows path in double quotes', 'version: 1\nbrand: "C:\\Users"\n', '2:11 YAML syntax error: a backslash in double quotes starts an escape'],
    ['a value starting with @', 'version: 1\nbrand: @shop\n', '2:8 YAML syntax error: a key or value cannot start with @ unless it is in quotes'],
    ['a value starting with a backtick', 'version: 1\nbrand: `shop`\n', '2:8 YAML syntax error: a key or value cannot start with ` unless it is in quotes'],
    ['a comment without a space before #', 'version: 1\nbrand: "x"#1\n', 'YAML syntax error: `#` starts a comment only after a space'],
    ['two commas in a row', 'version: 1\nx: [a,, b]\n', 'YAML syntax error: an empty item in brackets'],
    ['a comma first in brackets', 'version: 1\nx: [, b]\n', 'YAML syntax error: an empty item in brackets'],
    // A value that ends before its line does, and more text after it.
    ['a quoted word first in a value', 'version: 1\nbrand: "Fast" delivery\n', '2:15 YAML syntax error: a quoted value ends at its closing quote ("), and text follows it — put the whole value in quotes of the other kind'],
    ['a single-quoted word first in a value', "version: 1\nbrand: 'Fast' delivery\n", '2:15 YAML syntax error: a quoted value ends at its closing quote (\'), and text follows it'],
    ['text after a closing bracket', 'version: 1\nx: [a, b] c\n', '2:11 YAML syntax error: a `[…]` value ends at its `]`, and text follows it'],
    ['two quoted items in brackets without a comma', 'version: 1\nx: ["a" "b"]\n', '2:9 YAML syntax error: two items in brackets without a comma between them'],
    ['dashes inside brackets', 'version: 1\nx: [\n  - a\n]\n', '3:3 YAML syntax error: a list in brackets cannot hold `- ` items'],
    ['the text of a | block not indented', 'promises:\n  - id: a\n    statement: |\n    Parcels arrive in two days\n    tier: hygiene\n', '4:5 the indentation is off: the text of a `|` block must be indented deeper than the key or `-` it belongs to'],
    ['the text of a >- block at column 1', 'version: 1\nbrand: >-\nShop\n', '3:1 the indentation is off: the text of a `>` block must be indented deeper than the key or `-` it belongs to'],
    ['spaces on a blank line first in a | block', 'version: 1\nbrand: |\n      \n  Shop\n', '4:3 YAML syntax error: blank lines first in this block hold more spaces than its text is indented'],
    ['a [ inside a [ never closed, at the end of the file', 'version: 1\nx: [a, [b, c]', '2:4 YAML syntax error: a list opened with `[` is never closed with `]`'],
    // Cases a second read found misjudged.
    ['a key inside the value on a list item\'s first line', 'promises:\n  - statement: Free returns: 60 days\n    id: a\n', '2:16 YAML syntax error: a key inside a value'],
    ['a missing comma in { … }', 'owners:\n  team: { name: Team contact: x@y.fi }\n', '2:17 YAML syntax error: two entries in `{…}` without a comma between them'],
    ['quoted items with commas and no brackets', 'x:\n  claims: "two-day", "fast"\n', '2:20 YAML syntax error: quoted items with commas between them make a list only in brackets'],
    ['the text of a | block under a list item\'s key, at the key\'s column', 'promises:\n  - statement: |\n    Parcels arrive\n', '3:5 the indentation is off: the text of a `|` block must be indented deeper than the key or `-` it belongs to'],
    ['quoted items in single quotes with commas and no brackets', "x:\n  claims: 'a', 'b'\n", 'YAML syntax error: quoted items with commas between them make a list only in brackets'],
    ['a quoted list item after an empty | block', 'x:\n  a: |\n  b:\n  - "b" c\n', 'YAML syntax error: a quoted value ends at its closing quote'],
    ['a [ inside a [ never closed', 'version: 1\nx: [a, [b, c]\nbrand: y\n', '2:4 YAML syntax error: a list opened with `[` is never closed with `]`'],
    ['a tag of its own', 'version: 1\nbrand: !Ref shop\n', '2:8 YAML syntax error: the YAML tag `!Ref` cannot be applied here'],
    ['a core tag on a value it does not fit', 'version: 1\nbrand: B\nas_of: !!int soon\n', '3:8 YAML syntax error: the YAML tag `!!int` cannot be applied here'],
    ['a tag in brackets, named without the comma after it', 'version: 1\nbrand: B\ntags: [a, !X, b]\n', '3:11 YAML syntax error: the YAML tag `!X` cannot be applied here'],
    // The outermost bracket left open, shown and named (yaml names the innermost).
    ['a [ left open inside a { left open', 'version: 1\nowners: {ops: {name: Ops}, web: [a, b\nbrand: y\n', '2:9 YAML syntax error: a mapping opened with `{` is never closed with `}`'],
    ['a { left open inside a [ left open', 'version: 1\ntags: [a, {name: x\nbrand: y\n', '2:7 YAML syntax error: a list opened with `[` is never closed with `]`'],
    // Cases a second read found misjudged.
    ['a [ never closed, with brackets on the next line', 'promises:\n  - id: a\n    touchpoints: [web, app\n    claims: [free returns, returns]\n', '3:18 YAML syntax error: a list opened with `[` is never closed with `]`'],
    ['a ] with nothing to close', 'promises:\n  - id: a\n    touchpoints: [web]]\n', 'YAML syntax error: a `]` with no `[` to close'],
    ['a key indented less than its item\'s other keys', 'promises:\n  - id: a\n    statement: A\n  tier: hygiene\n', 'the indentation is off: keys or list items of the same level'],
    ['an apostrophe inside single quotes in a list', "promises:\n  - id: a\n    claims: ['we're open', 'open']\n", 'YAML syntax error: an apostrophe inside single quotes ends the value'],
    // A value that starts with `>` or `|`, which YAML reads as a block of text.
    ['a target starting with >', 'promises:\n  - id: a\n    target: >= 90\n', '3:13 YAML syntax error: a value that starts with `>` needs quotes, since YAML reads a bare `>` as the start of a block of text — write `target: ">= 90"`'],
    ['a target starting with > and no space, with a comment', 'x:\n  target: >90 # p90\n', '2:11 YAML syntax error: a value that starts with `>` needs quotes, since YAML reads a bare `>` as the start of a block of text — write `target: ">90"`'],
    // Not a comparison: a folded block begun on its key's line, which quotes would not mend.
    ['a folded block begun on its key\'s line', 'x:\n  statement: > Fast delivery\n', '2:14 YAML syntax error: the text of a `>` block starts on the line below it, indented deeper than its key — move the text there, or leave out the `>`'],
    ['a list item starting with >', 'claims:\n  - > 5 stars\n', '2:5 YAML syntax error: a value that starts with `>` needs quotes, since YAML reads a bare `>` as the start of a block of text — write `- "> 5 stars"`'],
    ['a colon-less word after a list at its key\'s column', 'promises:\n- id: a\n  statement: A\ncampaigns\n', 'YAML syntax error: a word with no `: ` after it where a key is expected'],
  ])('says %s in words of its own, once', (_name, yaml, message) => {
    const said = errors(yaml);
    expect(said.filter((e) => e.includes(message)), `${JSON.stringify(said)} has no ${message}`).toHaveLength(1);
    // And no other, misleading advice on the same line.
    const line = said.find((e) => e.includes(message))!.split(':')[0];
    expect(said.filter((e) => e.startsWith(`${line}:`))).toHaveLength(1);
  });

  it('names a key one space short of its item\'s keys once, not the well-written keys below it', () => {
    const said = errors('promises:\n  - id: a\n    statement: S\n   tier: hygiene\n    stage: delivery\n    owner: x\n  - id: b\n');
    expect(said).toEqual(['4:4 the indentation is off: keys or list items of the same level must start in the same column — line them up']);
    // A real mistake below it is still said.
    const more = errors('promises:\n  - id: a\n    statement: S\n   tier: hygiene\n    owner: x\n    claims: ["x"\n');
    expect(more).toEqual([expect.stringMatching(/^4:4 the indentation is off/), expect.stringMatching(/^6:13 YAML syntax error: a list opened with `\[` is never closed/)]);
  });

  it('names a second, separate mistake on the same line, but not yaml\'s echoes of the first', () => {
    const said = errors('promises:\n  - id: a\n    claims:\n      - free returns\n      "C:\\x"\n');
    expect(said).toEqual([
      '5:7 YAML syntax error: a list item without `- ` — start it with `- ` like the items above it',
      expect.stringMatching(/^5:\d+ YAML syntax error: a backslash in double quotes starts an escape/),
    ]);
  });

  it('reports a tab used for indentation', () => {
    expect(errors('version: 1\nowners:\n\tlogistics: {}\n')[0]).toMatch(/^3:1 a tab is used for indentation/);
  });

  it('reports duplicate keys and still checks the rest of the file', () => {
    const yaml = `${HEADER}promises:\n${promise('    tier: differentiator\n    owner: teem\n')}`;
    expect(errors(yaml)).toEqual([
      '14:5 the key `tier` appears twice in the same mapping — keep one',
      '15:5 the key `owner` appears twice in the same mapping — keep one',
      '15:12 owner `teem` is not defined in `owners` (defined: `logistics`, `marketing`)',
    ]);
  });

  it('reports unknown keys at the key, with a suggestion for a typo', () => {
    const yaml = `${HEADER}promises:\n${promise('    touchpionts: [webshop]\n    colour: red\n')}`;
    expect(errors(yaml)).toEqual([
      '14:5 unknown key `touchpionts` — did you mean `touchpoints`?',
      '15:5 unknown key `colour` — allowed here: `id`, `statement`, `tier`, `stage`, `owner`, `touchpoints`, `announce`, `claims`, …',
    ]);
  });

  it('reports unknown keys at the top level', () => {
    expect(errors(`${HEADER}promises: []\nbrnad: x\n`)).toEqual(['10:1 unknown key `brnad` — did you mean `brand`?']);
  });

  it('reports wrong types and missing required keys', () => {
    const yaml = `version: 1\nbrand: [a, b]\nowners: { logistics: { name: L } }\ntouchpoints: { webshop: { name: W } }\npromises:\n  - id: x\n    tier: hygiene\n    owner: logistics\n    touchpoints: webshop\n`;
    expect(errors(yaml)).toEqual([
      '2:8 `brand` must be text, not a list',
      '6:5 `statement` is required here',
      '9:18 `touchpoints` must be a list, not text',
    ]);
  });

  it('reports a missing top-level section at the top of the file', () => {
    expect(errors('version: 1\nbrand: B\npromises: []\n')).toEqual(['1:1 `owners` is required here', '1:1 `touchpoints` is required here']);
  });

  it('reports version, enum and empty-section mistakes', () => {
    const yaml = `version: 2\nbrand: B\nlocale: sv\nowners: {}\ntouchpoints: { webshop: { name: W } }\npromises:\n${promise('    stage: checkout\n').replace('tier: hygiene', 'tier: hygeine')}`;
    expect(errors(yaml)).toEqual([
      '1:10 `version` must be 1 (the only register format so far), not `2`',
      '3:9 `locale` must be one of `en`, `fi`, not `sv`',
      '4:9 `owners` needs at least one entry',
      '9:11 `tier` must be one of `hygiene`, `differentiator`, not `hygeine` — did you mean `hygiene`?',
      '10:12 owner `logistics` is not defined in `owners` (defined: none)',
      '11:12 `stage` must be one of `awareness`, `consideration`, `purchase`, `waiting`, `delivery`, `use`, `aftercare`, not `checkout`',
    ]);
  });

  it('reports bad dates: impossible days, other formats, numbers, times', () => {
    const yaml = `${HEADER}as_of: 24.11.2026\ncampaigns:\n  c: { name: C, launch: 2026-02-30, ends: 20261224, promises: [two-day-delivery] }\npromises:\n${promise('    announce: 2026-11-30T10:00\n')}`;
    expect(errors(yaml)).toEqual([
      '9:8 `as_of` must be a date like 2026-11-24 (year-month-day), not `24.11.2026` — write `as_of: 2026-11-24`',
      '11:25 `launch` must be a date like 2026-11-24 (year-month-day), not `2026-02-30` — that day is not in the calendar',
      '11:43 `ends` must be a date like 2026-11-24 (year-month-day), not `20261224` — write `ends: 2026-12-24`',
      '17:15 `announce` must be a date like 2026-11-24 (year-month-day), not `2026-11-30T10:00` — write `announce: 2026-11-30`',
    ]);
  });

  it('accepts 29 February only in leap years', () => {
    const yaml = (d: string) => `${HEADER}as_of: ${d}\npromises: []\n`;
    expect(errors(yaml('2028-02-29'))).toEqual([]);
    expect(errors(yaml('2027-02-29'))).toHaveLength(1);
  });

  it('reports bad ids in lists and as mapping keys', () => {
    const yaml = `version: 1\nbrand: B\nowners:\n  Logistics Team: { name: L }\n  ok: { name: O }\ntouchpoints: { web_shop: { name: W } }\npromises:\n${promise('', 'Two-Day')}`.replace('owner: logistics', 'owner: ok');
    expect(errors(yaml)).toEqual([
      '4:3 `Logistics Team` is not a valid id for `owners` — use lower-case letters, digits and single hyphens, like two-day-delivery',
      '6:16 `web_shop` is not a valid id for `touchpoints` — use lower-case letters, digits and single hyphens, like two-day-delivery',
      '8:9 `Two-Day` is not a valid id for `id` — use lower-case letters, digits and single hyphens, like two-day-delivery',
    ]);
  });

  it('names both places of a duplicate promise id', () => {
    const yaml = `${HEADER}promises:\n${promise()}${promise()}`;
    expect(errors(yaml)).toEqual(['14:9 promise id `two-day-delivery` is already used on line 10 — every promise needs its own id']);
  });

  it('reports references to owners, touchpoints, promises and rules that do not exist', () => {
    const yaml = `${HEADER}policy:\n  rules: { customer-vocie: off }\ncampaigns:\n  xmas: { name: X, launch: 2026-12-01, promises: [two-day-delivry, gift-wrap] }\npromises:\n${promise(`    touchpoints: [webshop, chat]
    evidence:
      - { touchpoint: webshop, kind: test, summary: ok, verified: 2026-11-01, by: logistcs }
    waivers:
      - { rule: plan-mising, reason: r, approved_by: ceo, expires: 2027-01-01 }
`)}`;
    expect(errors(yaml)).toEqual([
      '10:12 there is no rule `customer-vocie` — did you mean `customer-voice`?',
      '12:51 promise `two-day-delivry` is not defined in `promises` — did you mean `two-day-delivery`?',
      '12:68 promise `gift-wrap` is not defined in `promises` (defined: `two-day-delivery`)',
      '18:28 touchpoint `chat` is not defined in `touchpoints` (defined: `webshop`, `phone`)',
      '20:83 owner `logistcs` is not defined in `owners` — did you mean `logistics`?',
      '22:17 there is no rule `plan-mising` — did you mean `plan-missing`?',
      '22:54 owner `ceo` is not defined in `owners` (defined: `logistics`, `marketing`)',
    ]);
  });

  it("reports evidence, plans and waivers for a touchpoint that is not one of the promise's", () => {
    const yaml = `${HEADER}promises:\n${promise(`    touchpoints: [webshop]
    evidence:
      - { touchpoint: phone, kind: test, summary: ok, verified: 2026-11-01, by: logistics }
    plan:
      - { touchpoint: phone, due: 2026-12-01 }
`)}`;
    expect(errors(yaml)).toEqual([
      "16:23 touchpoint `phone` is not one of promise `two-day-delivery`'s touchpoints (`webshop`) — add it to the promise's `touchpoints` or pick one of those",
      "18:23 touchpoint `phone` is not one of promise `two-day-delivery`'s touchpoints (`webshop`) — add it to the promise's `touchpoints` or pick one of those",
    ]);
  });

  it('reports a malformed target and metric or survey evidence without target and actual', () => {
    const yaml = `${HEADER}promises:\n${promise(`    evidence:
      - { touchpoint: webshop, kind: metric, summary: p90, verified: 2026-11-01, by: logistics, target: about 2, actual: 1.8 }
      - { touchpoint: webshop, kind: survey, summary: csat, verified: 2026-11-01, by: logistics }
      - { touchpoint: phone, kind: metric, summary: wait, verified: 2026-11-01, by: logistics, target: "<= 60", actual: "fast" }
`)}`;
    expect(errors(yaml)).toEqual([
      '15:105 `target` must be a comparison and a number, like "<= 2" or ">= 90" (one of <, <=, >, >=, ==), not `about 2`',
      '16:9 survey evidence needs `target` and `actual` — the figure measured (or `data` to compute it) and the target it must meet, like target: "<= 2" and actual: 1.8',
      '17:121 `actual` must be a number, not text',
    ]);
  });

  it('shows how to write a number that was written as text, in the Finnish way or with its unit', () => {
    const yaml = `version: "1"\n${HEADER.replace(/^version: 1\n/, '')}promises:\n${promise(`    evidence:
      - { touchpoint: webshop, kind: metric, summary: p90, verified: 2026-11-01, by: logistics, target: "<= 2,5", actual: 1.8 }
      - { touchpoint: webshop, kind: metric, summary: p90, verified: 2026-11-01, by: logistics, target: "<= 2", actual: "1,8" }
      - { touchpoint: webshop, kind: metric, summary: p90, verified: 2026-11-01, by: logistics, target: "<= 2", actual: 95 % }
`)}`;
    expect(errors(yaml)).toEqual([
      '1:10 `version` must be the number 1, not the text "1" — remove the quotes',
      '15:105 `target` must be a comparison and a number, like "<= 2" or ">= 90" (one of <, <=, >, >=, ==), not `<= 2,5` — write decimals with a point: "<= 2.5"',
      '16:121 `actual` must be a number, not text — write it as a number: `actual: 1.8`',
      '17:121 `actual` must be a number, not text — write the number alone, `actual: 95`, and the unit in `unit: "%"`',
    ]);
    // `1,250`: a thousand and a quarter, or one and a quarter? No guess is shown.
    const thousands = `${HEADER}promises:\n${promise('    evidence:\n      - { touchpoint: webshop, kind: metric, summary: p90, verified: 2026-11-01, by: logistics, target: "<= 2", actual: "1,250" }\n')}`;
    expect(errors(thousands)).toEqual(['15:121 `actual` must be a number, not text']);
    const thousandTarget = `${HEADER}promises:\n${promise('    evidence:\n      - { touchpoint: webshop, kind: metric, summary: p90, verified: 2026-11-01, by: logistics, target: ">= 1,000", actual: 1 }\n')}`;
    // `0,250` can only be a decimal.
    const quarter = `${HEADER}promises:\n${promise('    evidence:\n      - { touchpoint: webshop, kind: metric, summary: p90, verified: 2026-11-01, by: logistics, target: "<= 2", actual: "0,250" }\n')}`;
    expect(errors(quarter)).toEqual(['15:121 `actual` must be a number, not text — write it as a number: `actual: 0.250`']);
    expect(errors(thousandTarget)).toEqual(['15:105 `target` must be a comparison and a number, like "<= 2" or ">= 90" (one of <, <=, >, >=, ==), not `>= 1,000`']);
  });

  it('counts weeks and years in days for a key in days, and guesses no other unit', () => {
    const policy = (max: string, lead: string) => `${HEADER}policy:\n  evidence_max_age_days: ${max}\n  lead_time_days: ${lead}\npromises: []\n`;
    // The bare number of `2 weeks` would be a lead time of 2 days.
    expect(errors(policy('1 vuosi', '2 weeks'))).toEqual([
      '10:26 `evidence_max_age_days` must be a number, not text — write it as a number: `evidence_max_age_days: 365`',
      '11:19 `lead_time_days` must be a number, not text — write it as a number: `lead_time_days: 14`',
    ]);
    // Days are whole and not negative: no number to copy that would be refused in turn.
    expect(errors(policy('1.5 days', '-2 weeks'))).toEqual(['10:26 `evidence_max_age_days` must be a number, not text', '11:19 `lead_time_days` must be a number, not text']);
    expect(errors(policy('6 months', '14 päivää'))).toEqual([
      '10:26 `evidence_max_age_days` must be a number, not text',
      '11:19 `lead_time_days` must be a number, not text — write it as a number: `lead_time_days: 14`',
    ]);
  });

  it('suggests the value a Finnish or English name means, where a typo\'s suggestion cannot reach', () => {
    const yaml = `${HEADER.replace('brand: Test Oy\n', 'brand: Test Oy\nlocale: suomi\npolicy:\n  rules:\n    customer-voice: pois\n')}promises:\n  - id: a\n    statement: S\n    tier: erottautuja\n    stage: toimitus\n    owner: logistics\n    evidence:\n      - { touchpoint: webshop, kind: kysely, summary: s, verified: 2026-01-01, by: logistics }\n`;
    expect(errors(yaml).map((e) => e.replace(/^\d+:\d+ /, '').replace(/ must be one of .* not /, ' … '))).toEqual([
      '`locale` … `suomi` — did you mean `fi`?',
      '`customer-voice` … `pois` — did you mean `off`?',
      '`tier` … `erottautuja` — did you mean `differentiator`?',
      '`stage` … `toimitus` — did you mean `delivery`?',
      '`kind` … `kysely` — did you mean `survey`?',
    ]);
  });

  it('says a value left empty is empty, and where to write it (a date with an example)', () => {
    const yaml = `${HEADER}promises:\n  - id: a\n    statement:\n    tier: hygiene\n    owner: logistics\n    announce:\n`;
    expect(errors(yaml)).toEqual([
      '11:15 `statement` must be text, not empty — write the value after the colon',
      '14:14 `announce` must be a date, not empty — write the date after the colon, like `announce: 2026-11-24`',
    ]);
  });

  it('shows how to write a list or a mapping left empty', () => {
    expect(errors('version: 1\nbrand: B\nowners:\ntouchpoints: { w: { name: W } }\npromises:\n')).toEqual([
      '3:8 `owners` must be a mapping (key: value lines), not empty — add its entries on indented lines below it',
      '5:10 `promises` must be a list, not empty — write `promises: []` for an empty list, or add items below it, each on a line that starts with `- `',
    ]);
  });

  it('reports a campaign that ends before it launches', () => {
    const yaml = `${HEADER}campaigns:\n  c: { name: C, launch: 2026-12-01, ends: 2026-11-01, promises: [] }\npromises: []\n`;
    expect(errors(yaml)).toEqual(['10:43 the campaign `ends` (2026-11-01) before it launches (2026-12-01) — check both dates']);
  });

  it('reports every problem of the file in one run, in file order', () => {
    const yaml = `${HEADER}promises:\n${promise('    tier: x\n    owner: nobody\n', 'A')}${promise('    stage: nowhere\n')}`;
    const lines = errors(yaml).map((e) => Number(e.split(':')[0]));
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });
});

describe('hints for YAML traps', () => {
  it('explains a comma inside { … } that cut a text in two', () => {
    const yaml = `${HEADER}promises:\n${promise('    evidence:\n      - { touchpoint: webshop, kind: test, summary: Delivery, October, verified: 2026-11-01, by: logistics }\n')}`;
    expect(errors(yaml)).toEqual([
      '15:63 unknown key `October` — a comma inside { … } starts a new key: if it belongs to the text before it, put that text in quotes',
    ]);
  });
});
