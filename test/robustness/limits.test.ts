/**
 * The limits of docs/limits.md, each enforced: the size of every file read,
 * alias expansion, nesting depth, and what the terminal shows of large
 * results (problems printed, code frame width, table rows, names in a
 * finding). Past a limit the tool refuses with a message that names the limit
 * and how to raise it, or shortens what it prints and says so.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers/cli.js';
import { HEADER } from '../helpers/register.js';
import { manyPromises } from './generate.js';

function folder(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('size', () => {
  it('--max-size holds for the register, each file it includes and each data file', async () => {
    const part = `promises:\n  - { id: big, statement: "${'x'.repeat(3000)}", tier: hygiene, owner: logistics }\n`;
    const dir = folder({
      'promises.yaml': `${HEADER}include: [parts/*.yaml]\npromises: []\n`,
      'parts/big.yaml': part,
      'data.yaml': `${HEADER}promises:\n  - { id: d, statement: S, tier: hygiene, owner: logistics, evidence: [{ touchpoint: webshop, kind: metric, summary: s, verified: 2026-11-01, by: logistics, target: "<= 2", data: { file: days.csv, column: days, stat: mean } }] }\n`,
      'days.csv': `days\n${'1\n'.repeat(2000)}`,
    });
    const include = await run(['validate', 'promises.yaml', '--max-size', '2000'], { cwd: dir });
    expect(include.code).toBe(2);
    expect(include.stderr).toMatch(/^promise-audit: parts\/big\.yaml:1:1 {2}error {2}the file is \d+ bytes, more than the limit of 2000 bytes — raise it with --max-size/);
    const data = await run(['check', 'data.yaml', '--max-size', '2000'], { cwd: dir });
    expect(data.code).toBe(2);
    expect(data.stderr).toMatch(/^promise-audit: days\.csv:1:1 {2}error {2}the file is 4005 bytes, more than the limit of 2000 bytes/);
    // In the register's language, which is known from its text before the data is read.
    writeFileSync(join(dir, 'data-fi.yaml'), readFileSync(join(dir, 'data.yaml'), 'utf8').replace('version: 1\n', 'version: 1\nlocale: fi\n'));
    const fi = await run(['check', 'data-fi.yaml', '--max-size', '2000'], { cwd: dir });
    expect([fi.code, fi.stderr]).toEqual([2, 'promise-audit: days.csv:1:1  virhe  tiedoston koko on 4005 tavua, mutta raja on 2000 tavua — nosta rajaa valitsimella --max-size, jos tiedosto todella on näin suuri\n']);
    // Under the default of 64 MiB, all of it is read.
    expect((await run(['validate', 'promises.yaml'], { cwd: dir })).code).toBe(0);
    expect((await run(['check', 'data.yaml', '--as-of', '2026-11-24'], { cwd: dir })).code).toBe(0);
  });
});

describe('aliases and nesting', () => {
  it('aliases: a few pass under the default of 100; a billion laughs is refused, and named', async () => {
    const few = `${HEADER.replace('logistics: { name: Logistics }', 'logistics: &team { name: Logistics }')}promises:\n  - { id: a, statement: S, tier: hygiene, owner: logistics, touchpoints: &both [webshop, phone] }\n  - { id: b, statement: S, tier: hygiene, owner: logistics, touchpoints: *both }\n`;
    expect((await run(['validate', 'promises.yaml'], { cwd: folder({ 'promises.yaml': few }) })).code).toBe(0);
    const refused = await run(['validate', 'promises.yaml', '--max-aliases', '1'], { cwd: folder({ 'promises.yaml': few }) });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain('the file expands YAML aliases more than 1 times (an "alias bomb") — write the values out, or raise the limit with --max-aliases');
  });

  it('nesting: 200 levels are read, 201 are refused before the reader runs', async () => {
    const nest = (n: number) => `version: 1\nbrand: ${'['.repeat(n)}x${']'.repeat(n)}\n`;
    const at200 = await run(['validate', 'promises.yaml'], { cwd: folder({ 'promises.yaml': nest(200) }) });
    expect(at200.stdout).not.toContain('levels deep');
    expect(at200.stdout).toContain('`brand` must be text, not a list');
    const at201 = await run(['validate', 'promises.yaml'], { cwd: folder({ 'promises.yaml': nest(201) }) });
    expect(at201.stdout).toMatch(/^promises\.yaml:2:\d+ {2}error {2}the file nests lists or mappings more than 200 levels deep/m);
  });

  it('nesting: brackets inside text are text, however many lines repeat them', async () => {
    // Each line holds a bracket that opens nothing: counted as nesting, 250 such lines would pass the limit.
    const line = (i: number) =>
      [
        `  - { id: p-${i}, statement: "a 12\\" screen #1 [offer] {now}", tier: hygiene, owner: logistics }`,
        `  - { id: p-${i}, statement: 'it''s [S-XL', tier: hygiene, owner: logistics }`,
        `  - {"id":"p-${i}","statement":"Sizes [S-XL","tier":"hygiene","owner":"logistics"}`,
        `  - id: p-${i}\n    statement: "Sizes [S-XL"\n    tier: hygiene\n    owner: logistics`,
        `  - id: p-${i}\n    statement: Sizes {S-XL and [more\n    tier: hygiene\n    owner: logistics`,
        `  - id: p-${i}\n    statement: S\n    tier: hygiene\n    owner: logistics\n    claims:\n      - "Huom: [1"\n      - 'it''s: {x' # see: [2`,
      ][i % 6];
    const text = `${HEADER}promises:\n${Array.from({ length: 1000 }, (_, i) => `${line(i)}\n`).join('')}`;
    const result = await run(['validate', 'promises.yaml'], { cwd: folder({ 'promises.yaml': text }) });
    expect(result.stdout).toContain('is valid: 1000 promises');
    expect(result.code).toBe(0);
  });

  it('nesting: a line of thousands of brackets in text is read once, not once per bracket', async () => {
    const text = `${HEADER}promises:\n  - id: a\n    statement: "${'see note[1] '.repeat(40_000)}"\n    tier: hygiene\n    owner: logistics\n`;
    const result = await run(['validate', 'promises.yaml'], { cwd: folder({ 'promises.yaml': text }) });
    expect(result.stdout).toContain('is valid: 1 promise');
  });

  it('nesting: `- - x` and `? ? x` open a level per indicator, and count', async () => {
    const line = (indicators: string[], n: number) => Array.from({ length: n }, (_, i) => indicators[i % indicators.length]).join('');
    for (const indicators of [['- '], ['? '], ['- ', '? ']]) {
      const at200 = `version: 1\nbrand: B\nx:\n  ${line(indicators, 200)}x\n`;
      const deep = `version: 1\nbrand: B\nx:\n  ${line(indicators, 201)}x\n`;
      const indicator = indicators.join('');
      const result = await run(['validate', 'promises.yaml'], { cwd: folder({ 'promises.yaml': deep }) });
      expect(result.stdout.split('\n')[0], indicator).toMatch(/^promises\.yaml:4:\d+ {2}error {2}the file nests lists or mappings more than 200 levels deep/);
      const fine = await run(['validate', 'promises.yaml'], { cwd: folder({ 'promises.yaml': at200 }) });
      expect(fine.stdout, indicator).not.toContain('levels deep');
    }
  });

  it('nesting: brackets after text that only looks like a quote still count', async () => {
    const deep = '['.repeat(3000);
    const cases = [
      `x: [ a "${deep}`,
      `x: [ it's ${deep}`,
      `x: {a:"${deep}`,
      `x: !!seq ${deep}`,
      `- &a ${deep}`,
      `x: [ "a",\n  b "${deep}`,
      `x: ['it''s', ${deep}`,
      // A quote inside a quoted value, or after a tab and a `#`, must not hide the lines after it.
      `brand: "Sizes: ['S-XL"\nx: ${deep}`,
      `x: [ a,\t#, "\n${deep}`,
      `x: [ "a\n  ${deep}`,
    ];
    for (const text of cases) {
      const result = await run(['validate', 'promises.yaml'], { cwd: folder({ 'promises.yaml': `${text}\n` }) });
      // Refused before the reader runs: the first and only complaint.
      expect(result.stdout.split('\n')[0], text.slice(0, 20)).toContain('more than 200 levels deep');
      expect(result.stdout).not.toContain('YAML syntax error');
      expect(result.code).toBe(2);
    }
  });
});

describe('what the terminal shows of large results', () => {
  it('problems: 50 printed with a count of the rest; every one in JSON', async () => {
    const dir = folder({ 'promises.yaml': `${HEADER}promises:\n${Array.from({ length: 120 }, (_, i) => `  - { id: p-${i}, statement: S, tier: hygiene, owner: nobody }\n`).join('')}` });
    const text = await run(['validate', 'promises.yaml'], { cwd: dir });
    expect(text.stdout.match(/^promises\.yaml:\d+:\d+ {2}error/gm)).toHaveLength(50);
    expect(text.stdout).toContain('… and 70 more problems (see them all with --format json)');
    expect(text.stdout).toContain('✖ 120 problems in promises.yaml');
    const json = await run(['validate', 'promises.yaml', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(json.stdout)).toHaveLength(120);
  });

  it('a value quoted in a message: 60 characters at most, never half a character', async () => {
    const key = '😀'.repeat(70);
    const r = await run(['validate', 'promises.yaml'], { cwd: folder({ 'promises.yaml': `${HEADER}"${key}": 1\npromises: []\n` }) });
    const message = r.stdout.split('\n').find((l) => l.includes('unknown key'))!;
    expect(message).toContain(`unknown key \`${'😀'.repeat(57)}…\``);
    expect(message).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });

  it('code frames: at most 160 characters of a line, a window around the column', async () => {
    const line = `  - { id: p, tier: hygiene, statement: "${'word '.repeat(20_000)}", owner: nobody }`;
    const r = await run(['validate', 'promises.yaml'], { cwd: folder({ 'promises.yaml': `${HEADER}promises:\n${line}\n` }) });
    const frame = r.stdout.split('\n').filter((l) => /^[> ] +\d+ \|/.test(l));
    expect(frame.length).toBeGreaterThan(0);
    for (const l of frame) expect([...l].length).toBeLessThanOrEqual(180);
    // The caret still points at the mistake, inside the window.
    const marked = frame.find((l) => l.startsWith('>'))!;
    const caret = r.stdout.split('\n')[r.stdout.split('\n').indexOf(marked) + 1]!;
    expect(marked.slice(caret.indexOf('^'))).toMatch(/^nobody/);
  });

  it('the table: at most 200 promises, those not ready first, and a line for the rest; every finding listed', async () => {
    // 300 ready promises, then 50 that are broken (evidence verified too late for 2028).
    const ready = manyPromises(300).replace(/verified: 2026-11-01/g, 'verified: 2027-11-01');
    const broken = Array.from({ length: 50 }, (_, i) => `  - { id: late-${i}, statement: Late, tier: hygiene, owner: ops, announce: 2026-01-01 }\n`).join('');
    const r = await run(['check', 'promises.yaml', '--as-of', '2028-01-01', '--no-color'], { cwd: folder({ 'promises.yaml': ready + broken }) });
    expect(r.code).toBe(1);
    const rows = r.stdout.split('\n').filter((l) => /^│ \S/.test(l) && !l.startsWith('│ Promise'));
    expect(rows).toHaveLength(200);
    for (let i = 0; i < 50; i++) expect(r.stdout).toContain(`│ late-${i} `);
    expect(r.stdout).toContain('… and 150 more promises: the table shows 200 at most, those not ready first — --format csv or json lists every one');
    expect(r.stdout.match(/broken-promise$/gm)).toHaveLength(50);
  });

  it('a hygiene-first finding names 10 hygiene promises at most, and counts the rest', async () => {
    const hygiene = Array.from({ length: 25 }, (_, i) => `  - { id: basic-${i}, statement: B, tier: hygiene, owner: logistics, announce: 2026-01-01 }\n`).join('');
    const register = `${HEADER}promises:\n${hygiene}  - { id: wow, statement: W, tier: differentiator, owner: marketing, announce: 2026-11-01 }\n`;
    const r = await run(['check', 'promises.yaml', '--as-of', '2026-11-24', '--format', 'json'], { cwd: folder({ 'promises.yaml': register }) });
    const finding = (JSON.parse(r.stdout) as { findings: { rule: string; message: string }[] }).findings.find((f) => f.rule === 'hygiene-first')!;
    expect(finding.message).toContain('basic-9 (broken) and 15 more');
    expect(finding.message).not.toContain('basic-10');
  });
});
