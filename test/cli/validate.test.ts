/** `promise-audit validate`: examples pass, broken registers fail with positioned messages. */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers/cli.js';

const examples = readdirSync('examples').filter((f) => f.endsWith('.yaml'));
const invalid = readdirSync('examples/invalid').filter((f) => f.endsWith('.yaml'));

describe('validate', () => {
  it.each(examples)('accepts examples/%s with a one-line summary', async (file) => {
    const r = await run(['validate', `examples/${file}`, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^✔ examples/${file} is valid: \\d+ promises?, \\d+ touchpoints?, \\d+ owners?, \\d+ campaigns?\\n$`));
  });

  it.each(invalid)('rejects examples/invalid/%s with positioned messages and exit 2', async (file) => {
    const r = await run(['validate', `examples/invalid/${file}`, '--lang', 'en']);
    expect(r.code).toBe(2);
    const heads = r.stdout.split('\n').filter((l) => l.startsWith('examples/'));
    expect(heads.length).toBeGreaterThan(0);
    for (const line of heads) expect(line).toMatch(new RegExp(`^examples/invalid/${file}:\\d+:\\d+  error  \\S`));
    expect(r.stdout).toMatch(/^> +\d+ \|/m); // a code frame
    expect(r.stdout).toMatch(/\n +\| +\^/); // with a caret
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
  });

  it('wraps messages to a terminal at spaces, and keeps them one line each in a pipe', async () => {
    const args = ['validate', 'examples/invalid/bad-references.yaml', '--lang', 'fi'];
    const tty = await run(args, { tty: true, columns: 60, env: { NO_COLOR: '1' } });
    const lines = tty.stdout.split('\n');
    // Message lines: neither code frame (`  18 |`, `> 19 |`) nor blank. No word is cut, none is wider than the terminal.
    const said = lines.filter((l) => l !== '' && !/^(?:>| ) +\d* \|/.test(l));
    for (const line of said) {
      expect(line.length, line).toBeLessThanOrEqual(60);
      expect(line, 'no space at the end of a line').not.toMatch(/ $/);
    }
    expect(tty.stdout).toContain('bad-references.yaml:28:21  virhe\n    kosketuspiste `chat` ei kuulu lupauksen `size-advice`\n');
    expect(said.map((l) => l.trim()).join(' ')).toContain('tarkoititko `size-advice`?');
    // A location is one word to a terminal: kept whole, spaces in the file name and all.
    const dir = tempDir();
    mkdirSync(join(dir, 'My Drive'));
    writeFileSync(join(dir, 'My Drive', 'promises.yaml'), 'version: 1\nbrand: x\nowners:\n  a: { name: A, colour: red }\n');
    const narrow = await run(['validate', 'My Drive/promises.yaml'], { cwd: dir, tty: true, columns: 20, env: { NO_COLOR: '1' } });
    expect(narrow.stdout).toMatch(/^My Drive\/promises\.yaml:\d+:\d+\n {4}error/m);
    const pipe = await run(args, { env: { NO_COLOR: '1' } });
    expect(pipe.stdout).toMatch(/^examples\/invalid\/bad-references\.yaml:28:21 {2}virhe {2}kosketuspiste `chat` ei kuulu .* tai valitse jokin listan kosketuspisteistä$/m);
  });

  it("speaks the register's language unless --lang says otherwise", async () => {
    const fi = await run(['validate', 'examples/invalid/bad-dates-and-targets.yaml']);
    expect(fi.stdout).toMatch(/^examples\/invalid\/bad-dates-and-targets\.yaml:\d+:\d+ {2}virhe {2}/m);
    const en = await run(['validate', 'examples/invalid/bad-dates-and-targets.yaml', '--lang', 'en']);
    expect(en.stdout).toMatch(/^examples\/invalid\/bad-dates-and-targets\.yaml:\d+:\d+ {2}error {2}/m);
  });

  it('prints errors as JSON for editors', async () => {
    const r = await run(['validate', 'examples/invalid/typo-key.yaml', '--format', 'json']);
    expect(r.code).toBe(2);
    const list = JSON.parse(r.stdout) as { file: string; line: number; column: number; code: string; message: string }[];
    expect(list[0]).toMatchObject({ file: 'examples/invalid/typo-key.yaml', code: 'unknownKey', message: expect.stringContaining('did you mean `touchpoints`?') });
    expect(list[0]!.line).toBeGreaterThan(0);
    const ok = await run(['validate', 'examples/webshop.yaml', '--format', 'json']);
    expect([ok.code, ok.stdout]).toEqual([0, '[]\n']);
  });

  it('finds promises.yaml, then promises.yml, in the working folder', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'promises.yml'), 'version: 1\nbrand: B\nowners: { a: { name: A } }\ntouchpoints: { w: { name: W } }\npromises: []\n');
    const r = await run(['validate'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('promises.yml is valid: 0 promises');
  });

  it('explains when there is no register, showing how the command that was run names one', async () => {
    const r = await run(['validate'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no promises\.yaml or promises\.yml in .* — name the register \(`promise-audit validate path\/to\/promises\.yaml`\) or create one with `promise-audit init`/);
    expect((await run(['check'], { cwd: tempDir() })).stderr).toContain('(`promise-audit check path/to/promises.yaml`)');
    expect((await run(['scan', '.'], { cwd: tempDir() })).stderr).toContain('(`promise-audit scan content/ --register path/to/promises.yaml`)');
    expect((await run(['explain', 'x', '--lang', 'fi'], { cwd: tempDir() })).stderr).toContain('(`promise-audit explain ID polku/promises.yaml`)');
  });
});

describe('hostile and broken input: one clear message, exit 2, no stack trace', () => {
  const cases: [string, string | Uint8Array, RegExp][] = [
    ['an empty file', '', /the register is empty/],
    ['only comments', '# nothing here\n', /the register is empty/],
    ['a list instead of a mapping', '- a\n- b\n', /must be a mapping .* but the file holds a list/],
    ['a plain string', 'hello\n', /must be a mapping .* but the file holds text/],
    ['binary junk with NUL bytes', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]), /NUL bytes and looks binary/],
    ['invalid UTF-8 (Windows-1252 ä)', new Uint8Array([...Buffer.from('version: 1\nbrand: P'), 0xe4, ...Buffer.from('ij\u00e4nne\n')]), /^promises\.yaml:2:9 .*not valid UTF-8/m],
    ['an alias bomb', `a: &a ["x","x","x","x","x","x","x","x","x"]\n${['b', 'c', 'd', 'e', 'f', 'g', 'h'].map((k, i, arr) => `${k}: &${k} [${Array(9).fill(`*${i === 0 ? 'a' : arr[i - 1]}`).join(',')}]`).join('\n')}\n`, /alias bomb/],
    ['an alias with no anchor before it (not an alias bomb)', 'version: 1\nbrand: &name Polar\nx: *brand\n', /^promises\.yaml:3:4  error  YAML reads `\*brand` as an alias, a reference to a value marked `&brand` before it, and there is none — if it is text, put it in quotes: `"\*brand"`/m],
    ['an alias bomb, and an alias with no anchor further on', `a: &a ["x","x","x","x","x","x","x","x","x"]\n${['b', 'c', 'd', 'e', 'f', 'g', 'h'].map((k, i, arr) => `${k}: &${k} [${Array(9).fill(`*${i === 0 ? 'a' : arr[i - 1]}`).join(',')}]`).join('\n')}\nnotes: *todo\n`, /alias bomb/],
    ['flow nesting thousands deep', `${'['.repeat(5000)}${']'.repeat(5000)}\n`, /more than 200 levels deep/],
    ['block nesting thousands deep', `a:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 1)}b:`).join('\n')}\n`, /more than 200 levels deep/],
    ['two documents', 'version: 1\n---\nversion: 1\n', /more than one YAML document/],
    // Found by the property test: the search for the anchor met the null of an empty key.
    ['an empty explicit key, then an alias with no anchor', '? version: 1\n<<: *x\n', /YAML reads `\*x` as an alias, a reference to a value marked `&x` before it, and there is none/],
  ];

  it.each(cases)('%s', async (_name, content, message) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'promises.yaml'), content);
    // A hang would meet vitest's time limit; how fast a run is belongs to bench/, not here.
    const r = await run(['validate', 'promises.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(message);
    expect(r.stdout).toMatch(/^promises\.yaml:\d+:\d+  error  /m);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('promises.yaml:')).length).toBeLessThanOrEqual(3);
    expect(r.stdout + r.stderr).not.toMatch(/\bat .+\(.+:\d+:\d+\)/);
  });

  it('a binary file: no code frame of its bytes', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'logo.yaml'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0a, 0x00, 0x01, 0xff, 0x0a, 0x1a]));
    const r = await run(['validate', 'logo.yaml'], { cwd: dir });
    expect(r.stdout).toMatch(/^logo\.yaml:2:1  error  the file contains NUL bytes and looks binary, not a YAML register\n\n✖ 1 problem in logo\.yaml/);
  });

  it('a missing file', async () => {
    const r = await run(['validate', 'nope.yaml'], { cwd: tempDir() });
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining('cannot find the register `nope.yaml`')]);
  });

  it('a folder', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'promises.yaml'));
    const r = await run(['validate', 'promises.yaml'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining('is a folder, not a register file')]);
  });

  it('a file larger than the limit', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'promises.yaml'), `version: 1\nbrand: ${'x'.repeat(5000)}\n`);
    const r = await run(['validate', 'promises.yaml', '--max-size', '1000'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/promises\.yaml:1:1 {2}error {2}the file is \d+ bytes, more than the limit of 1000 bytes — raise it with --max-size/)]);
  });

  it('a byte-order mark does not shift columns', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'promises.yaml'), `\ufeffversoin: 1\n`);
    const r = await run(['validate', 'promises.yaml'], { cwd: dir });
    expect(r.stdout).toMatch(/^promises\.yaml:1:1 {2}error {2}unknown key `versoin` — did you mean `version`\?/m);
  });
});
