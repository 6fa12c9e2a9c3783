/** `promise-audit check`: exit codes, colour, files, the default command and the golden reports of the examples. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers/cli.js';
import { textWidth } from '../../src/report/shared/width.js';
import { HEADER } from '../helpers/register.js';

const examples = readdirSync('examples').filter((f) => f.endsWith('.yaml'));
// eslint-disable-next-line no-control-regex
const ESC = /\u001b\[/;

describe('exit codes', () => {
  const write = (yaml: string) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'promises.yaml'), yaml);
    return dir;
  };
  it('0 when the gate passes', async () => {
    const dir = write(`${HEADER}promises:\n  - { id: d, statement: Some day, tier: hygiene, owner: logistics }\n`);
    expect((await run(['check', '--as-of', '2026-11-24'], { cwd: dir })).code).toBe(0);
  });
  it('1 when a promise is public and undelivered', async () => {
    const dir = write(`${HEADER}promises:\n  - { id: b, statement: Now, tier: hygiene, owner: logistics, announce: 2026-01-01 }\n`);
    expect((await run(['check', '--as-of', '2026-11-24'], { cwd: dir })).code).toBe(1);
  });
  it('1 on warnings with --fail-on warning; 0 on errors with --fail-on never', async () => {
    const dir = write(`${HEADER}promises:\n  - { id: w, statement: Wow, tier: differentiator, owner: marketing }\n`);
    expect((await run(['check', '--as-of', '2026-11-24'], { cwd: dir })).code).toBe(0);
    expect((await run(['check', '--as-of', '2026-11-24', '--fail-on', 'warning'], { cwd: dir })).code).toBe(1);
    expect((await run(['check', 'examples/webshop.yaml', '--fail-on', 'never'])).code).toBe(0);
  });
  it('2 when the register is invalid, with the problems on standard error', async () => {
    const r = await run(['check', 'examples/invalid/typo-key.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^examples\/invalid\/typo-key\.yaml:\d+:\d+ {2}error {2}unknown key `touchpionts`/m);
  });
  it('2 for an invalid register under --format github, with each problem annotated on its line', async () => {
    const r = await run(['check', 'examples/invalid/typo-key.yaml', '--format', 'github']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^::error title=promise-audit,file=examples\/invalid\/typo-key\.yaml,line=18,col=5::unknown key `touchpionts` — did you mean `touchpoints`\?$/m);
    expect(r.stderr).toContain('unknown key `touchpionts`');
  });
  it('2 for a bad --as-of, an unknown campaign or an unknown format', async () => {
    const asOf = await run(['check', 'examples/webshop.yaml', '--as-of', '2026-02-30']);
    expect([asOf.code, asOf.stderr]).toEqual([2, 'promise-audit: --as-of must be a date like 2026-11-24, not `2026-02-30`\n']);
    const campaign = await run(['check', 'examples/webshop.yaml', '--campaign', 'black-week']);
    expect([campaign.code, campaign.stderr]).toEqual([2, 'promise-audit: there is no campaign `black-week` in the register — did you mean `black-week-2026`?\n']);
    const format = await run(['check', 'examples/webshop.yaml', '--format', 'pdf']);
    expect(format.code).toBe(2);
    expect(format.stderr).toBe('promise-audit: --format cannot be `pdf` — use one of table, json, sarif, junit, github, csv, markdown, html\n');
  });
});

describe('the terminal report', () => {
  it('prints no escape sequences with NO_COLOR, even on a terminal', async () => {
    const r = await run(['check', 'examples/webshop.yaml'], { tty: true, env: { NO_COLOR: '1' } });
    expect(r.stdout).not.toMatch(ESC);
  });
  it('colours on a terminal, not in a pipe, and when FORCE_COLOR asks', async () => {
    expect((await run(['check', 'examples/webshop.yaml'], { tty: true })).stdout).toMatch(ESC);
    expect((await run(['check', 'examples/webshop.yaml'], { tty: false })).stdout).not.toMatch(ESC);
    expect((await run(['check', 'examples/webshop.yaml'], { tty: false, env: { FORCE_COLOR: '1' } })).stdout).toMatch(ESC);
    expect((await run(['check', 'examples/webshop.yaml', '--no-color'], { tty: true, env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ESC);
    // A flag typed for this run beats the environment: --color over NO_COLOR and FORCE_COLOR=0.
    expect((await run(['check', 'examples/webshop.yaml'], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ESC);
    expect((await run(['check', 'examples/webshop.yaml', '--color'], { tty: false, env: { NO_COLOR: '1' } })).stdout).toMatch(ESC);
    expect((await run(['check', 'examples/webshop.yaml', '--color'], { tty: false, env: { FORCE_COLOR: '0' } })).stdout).toMatch(ESC);
    // The same for the problems of an invalid register, said on standard error.
    expect((await run(['check', 'examples/invalid/typo-key.yaml', '--no-color'], { env: { FORCE_COLOR: '1' } })).stderr).not.toMatch(ESC);
    expect((await run(['check', 'examples/invalid/typo-key.yaml', '--color'], { env: { NO_COLOR: '1' } })).stderr).toMatch(ESC);
  });
  it('takes --color=always, --color=never and --color=auto, as ls and grep do', async () => {
    expect((await run(['check', 'examples/webshop.yaml', '--color=always'], { tty: false })).stdout).toMatch(ESC);
    expect((await run(['check', 'examples/webshop.yaml', '--color=never'], { tty: true })).stdout).not.toMatch(ESC);
    expect((await run(['check', 'examples/webshop.yaml', '--color=auto'], { tty: true })).stdout).toMatch(ESC);
    expect((await run(['check', 'examples/webshop.yaml', '--color=auto'], { tty: false })).stdout).not.toMatch(ESC);
  });
  it('names the columns a narrow terminal has no room for', async () => {
    const narrow = await run(['check', 'examples/webshop.yaml'], { tty: true, columns: 80, env: { NO_COLOR: '1' } });
    expect(narrow.stdout.replace(/\n/g, ' ')).toContain('Statement, Tier and Announce are left out to fit the terminal — widen it, or see every column with --format markdown or html');
    const wide = await run(['check', 'examples/webshop.yaml'], { tty: true, columns: 160, env: { NO_COLOR: '1' } });
    expect(wide.stdout).not.toContain('left out to fit');
    const fi = await run(['check', 'examples/webshop.yaml', '--lang', 'fi'], { tty: true, columns: 80, env: { NO_COLOR: '1' } });
    expect(fi.stdout.replace(/\n/g, ' ')).toContain('Sarakkeet Sanamuoto, Taso ja Julkistus jätettiin pois');
  });

  it('fits the terminal width, in columns as a terminal counts them', async () => {
    const runs = [
      ['check', 'examples/kuvapalvelu.yaml'],
      ['check', 'examples/kuvapalvelu.yaml', '--campaign', 'christmas-2026'],
      ['check', 'examples/webshop.yaml', '--campaign', 'black-week-2026'],
      ['scan', '-r', 'examples/kuvapalvelu.yaml', 'examples/copy'],
    ];
    // Only what cannot be broken may be longer: a link to the docs or a path, on a line of its own.
    const unbreakable = (l: string) => !/\S\s+\S/.test(l.trim().replace(/ …$/, ''));
    for (const columns of [50, 60, 80, 100, 160]) {
      for (const args of runs) {
        const r = await run(args, { tty: true, columns, env: { NO_COLOR: '1' } });
        if (args[0] === 'check') expect(r.stdout.split('\n').filter((l) => /^[┌│├└]/.test(l)).length).toBeGreaterThan(0);
        for (const line of r.stdout.split('\n').filter((l) => !unbreakable(l))) expect(textWidth(line), `${args.join(' ')} at ${columns} columns: ${line}`).toBeLessThanOrEqual(columns);
        // A number is not parted from its word (`3` at a line's end, `ready` on the next; `virheitä:`, then `1`), outside the table's cells.
        const lines = r.stdout.split('\n');
        lines.forEach((line, i) => {
          if (/^[┌│├└]/.test(line)) return;
          if (/^ +\p{L}/u.test(lines[i + 1] ?? '')) expect(line, `${args.join(' ')} at ${columns} columns`).not.toMatch(/\s[+-]?\d(?:[\d.,]*\d)?$/);
          if (/^ +\d/.test(lines[i + 1] ?? '')) expect(line, `${args.join(' ')} at ${columns} columns`).not.toMatch(/:$/);
        });
      }
    }
  });
  it('shows every promise id whole, as explain takes it, down to 60 columns', async () => {
    const ids = ['joulukalenteri', 'kestavat-vedokset', 'vastuullisesti-valmistettu', 'kuvien-lajittelu', 'pilvipalvelut', 'tilauksen-seuranta'];
    for (const columns of [60, 80, 100, 140]) {
      const r = await run(['check', 'examples/kuvapalvelu.yaml', '--as-of', '2026-11-24'], { tty: true, columns, env: { NO_COLOR: '1' } });
      for (const id of ids) expect(r.stdout, `${id} at ${columns} columns`).toMatch(new RegExp(`^│ ${id} +│`, 'm'));
    }
  });
  it('wraps a line that is exactly as wide as the terminal no sooner than it must', async () => {
    // The verdict of the photo service example, in English, is 80 columns.
    const r = await run(['check', 'examples/kuvapalvelu.yaml', '--lang', 'en', '--as-of', '2026-11-24'], { tty: true, columns: 80, env: { NO_COLOR: '1' } });
    expect(r.stdout).toContain('✖ FAIL — the gate fails: a promise would be announced, or is public, undelivered\n');
  });
  it('names the rules that fail the gate when no promise is undelivered', async () => {
    // Both promises of the campaign are ready; hygiene-first, an error in this register's policy, fails it.
    const campaign = await run(['check', 'examples/webshop.yaml', '--campaign', 'black-week-2026'], { env: { NO_COLOR: '1' } });
    expect(campaign.code).toBe(1);
    expect(campaign.stdout).toContain('✖ FAIL — the gate fails: findings at error level from hygiene-first\n');
    expect(campaign.stdout).not.toContain('undelivered');
    const fi = await run(['check', 'examples/webshop.yaml', '--campaign', 'black-week-2026', '--lang', 'fi'], { env: { NO_COLOR: '1' } });
    expect(fi.stdout).toContain('tarkastus ei mennyt läpi: säännöllä hygiene-first on virhetason havaintoja');
    const warning = await run(['check', 'examples/ski-resort.yaml', '--fail-on', 'warning'], { env: { NO_COLOR: '1' } });
    expect(warning.stdout).toMatch(/the gate fails: findings at warning level or above from [a-z-]+(, [a-z-]+)*\n/);
  });
  it('shows only errors and the verdict with --quiet', async () => {
    const r = await run(['check', 'examples/webshop.yaml', '--quiet']);
    expect(r.stdout).not.toContain('┌');
    expect(r.stdout).toContain('broken-promise');
    expect(r.stdout).not.toContain('waiver-expired');
    expect(r.stdout).toMatch(/✖ FAIL/);
  });
});

describe('golden reports of the examples', () => {
  it.each(examples)('%s as a table', async (file) => {
    const r = await run(['check', `examples/${file}`]);
    await expect(r.stdout).toMatchFileSnapshot(`../report/__snapshots__/${file.replace('.yaml', '')}.table.txt`);
  });
  it.each(examples)('%s as JSON', async (file) => {
    const r = await run(['check', `examples/${file}`, '--format', 'json']);
    await expect(r.stdout).toMatchFileSnapshot(`../report/__snapshots__/${file.replace('.yaml', '')}.json`);
  });
  it('between them, the examples show every status', async () => {
    const statuses = new Set<string>();
    for (const file of examples) {
      const r = JSON.parse((await run(['check', `examples/${file}`, '--format', 'json'])).stdout) as { promises: { status: string }[] };
      for (const p of r.promises) statuses.add(p.status);
    }
    expect([...statuses].sort()).toEqual(['blocked', 'broken', 'draft', 'pending', 'ready']);
  });
});

describe('the JSON contract', () => {
  it('has the keys of the register format, byte-identical across runs', async () => {
    const a = await run(['check', 'examples/webshop.yaml', '--format', 'json']);
    const b = await run(['check', 'examples/webshop.yaml', '--format', 'json']);
    expect(a.stdout).toBe(b.stdout);
    const j = JSON.parse(a.stdout);
    expect(j).toMatchObject({ schemaVersion: 1, asOf: '2026-11-24', scope: { campaign: null } });
    expect(Object.keys(j.summary)).toEqual(expect.arrayContaining(['ready', 'broken', 'blocked', 'pending', 'draft', 'errors', 'warnings', 'verdict']));
    expect(Object.keys(j.promises[0])).toEqual(expect.arrayContaining(['id', 'status', 'announce', 'touchpoints']));
    expect(Object.keys(j.promises[0].touchpoints[0])).toEqual(expect.arrayContaining(['id', 'delivered', 'reason']));
    const finding = j.findings.find((f: { rule: string }) => f.rule === 'broken-promise');
    expect(finding).toMatchObject({ severity: 'error', promise: 'phone-answered', touchpoint: null, message: expect.stringContaining('not delivered at phone'), location: { file: 'examples/webshop.yaml' } });
    const line = readFileSync('examples/webshop.yaml', 'utf8').split('\n')[finding.location.line - 1];
    expect(line!.slice(finding.location.column - 1)).toMatch(/^id: phone-answered/);
  });

  it('is JSON.stringify of the report with two-space indentation, with terminal-acting characters escaped, on standard output and in -o FILE alike', async () => {
    // Enough promises and findings that a large report's text is made in several pieces; text that JSON must
    // escape, and characters that act in a terminal or a CI log: a C1 control (NEL), a bidi override, the line
    // separator and a GitHub workflow command.
    const yamlText = 'Quote \\" back\\\\slash \\t tab \\u0085 nel \\u202e bidi \\u2028 ls ##[error] cmd — dash 🙂'; // YAML escapes
    const text = 'Quote " back\\slash \t tab \u0085 nel \u202e bidi \u2028 ls ##[error] cmd — dash 🙂'; // what they mean
    const promises = Array.from({ length: 700 }, (_, i) => {
      const waiver = i % 100 === 0 ? `    waivers:\n      - rule: broken-promise\n        reason: "${yamlText}"\n        approved_by: marketing\n        expires: 2027-01-01\n` : '';
      return `  - id: p-${i}\n    statement: "${i} ${yamlText}"\n    tier: hygiene\n    owner: logistics\n    announce: 2026-01-01\n${waiver}`;
    });
    const dir = tempDir();
    writeFileSync(join(dir, 'promises.yaml'), `${HEADER}promises:\n${promises.join('')}`);
    const r = await run(['check', '--as-of', '2026-11-24', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    const out = r.stdout;
    await run(['check', '--as-of', '2026-11-24', '--format', 'json', '-o', 'report.json'], { cwd: dir });
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(out);

    const report = JSON.parse(out) as { promises: { statement: string }[]; findings: unknown[]; waivers: unknown[] };
    expect(report.promises.map((p) => p.statement)).toEqual(Array.from({ length: 700 }, (_, i) => `${i} ${text}`));
    expect(report.findings).toHaveLength(700);
    expect(report.waivers).toHaveLength(7);
    // eslint-disable-next-line no-control-regex
    const acting = /[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|##\[/g;
    const escape = (m: string) => (m === '##[' ? '##\\u005b' : `\\u${m.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(out).toBe(`${JSON.stringify(report, null, 2).replace(acting, escape)}\n`);
    expect(out).toContain('\\u0085 nel \\u202e bidi \\u2028 ls ##\\u005berror] cmd — dash 🙂');
  });
});

describe('files', () => {
  it('writes the report to -o FILE and nothing to standard output', async () => {
    const dir = tempDir();
    const r = await run(['check', join(ROOT, 'examples/webshop.yaml'), '--format', 'json', '-o', 'report.json'], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).summary.broken).toBe(1);
    expect(readdirSync(dir)).toEqual(['report.json']); // no temporary file left behind
  });
  it('refuses to write over the register it reads', async () => {
    const dir = tempDir();
    copyFileSync('examples/ski-resort.yaml', join(dir, 'promises.yaml'));
    const before = readFileSync(join(dir, 'promises.yaml'), 'utf8');
    const r = await run(['check', '-o', 'promises.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('refusing to write the report over `promises.yaml`, which the register is read from');
    expect(readFileSync(join(dir, 'promises.yaml'), 'utf8')).toBe(before);
  });
  it('says clearly when the output folder does not exist', async () => {
    const r = await run(['check', 'examples/webshop.yaml', '-o', '/nonexistent-folder/report.txt']);
    expect([r.code, r.stderr]).toEqual([2, 'promise-audit: cannot write `/nonexistent-folder/report.txt`: the folder does not exist\n']);
  });
  it('says it in Finnish, reason and all, when the run speaks Finnish', async () => {
    const r = await run(['check', 'examples/kuvapalvelu.yaml', '-o', '/nonexistent-folder/raportti.txt']);
    expect([r.code, r.stderr]).toEqual([2, 'promise-audit: tiedostoon `/nonexistent-folder/raportti.txt` ei voi kirjoittaa: kansiota ei ole olemassa\n']);
  });
  it('writes no report when one of them cannot be written', async () => {
    const dir = tempDir();
    const r = await run(['check', 'examples/webshop.yaml', '-f', 'html', '-o', join(dir, 'r.html'), '--report', `sarif=${join(dir, 'r.sarif')}`, '--report', `markdown=${join(dir, 'nodir', 'r.md')}`]);
    expect([r.code, r.stderr]).toEqual([2, `promise-audit: cannot write \`${join(dir, 'nodir', 'r.md')}\`: the folder does not exist\n`]);
    expect(readdirSync(dir)).toEqual([]);
    // A file where the folder would be: nothing written either.
    writeFileSync(join(dir, 'afile'), '');
    const r2 = await run(['check', 'examples/webshop.yaml', '-f', 'html', '-o', join(dir, 'r.html'), '--report', `sarif=${join(dir, 'r.sarif')}`, '--report', `markdown=${join(dir, 'afile', 'r.md')}`]);
    expect([r2.code, r2.stderr]).toEqual([2, `promise-audit: cannot write \`${join(dir, 'afile', 'r.md')}\`: a part of the path is not a folder\n`]);
    expect(readdirSync(dir)).toEqual(['afile']);
  });
  it('takes `-o -` for standard output, as the convention goes, not for a file named -', async () => {
    const dir = tempDir();
    const r = await run(['check', join(ROOT, 'examples/webshop.yaml'), '--format', 'json', '-o', '-'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).brand).toBe('Northwind Outfitters');
    expect(readdirSync(dir)).toEqual([]);
    const report = await run(['check', join(ROOT, 'examples/webshop.yaml'), '--report', 'json=-'], { cwd: dir });
    expect(report.code).toBe(2);
    expect(report.stderr).toBe('promise-audit: --report writes a file, and standard output holds the report of --format — name a file (`json=report.json`), or use --format for standard output\n');
  });
  it('runs check when no command is given and ./promises.yaml exists', async () => {
    const dir = tempDir();
    copyFileSync('examples/ski-resort.yaml', join(dir, 'promises.yaml'));
    const r = await run([], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Fjellheim Ski Resort · audit day 2026-11-24');
  });
  it('a mistyped command is named as one, not looked for as a register', async () => {
    const dir = tempDir();
    copyFileSync('examples/ski-resort.yaml', join(dir, 'promises.yaml'));
    const typo = await run(['valdate'], { cwd: dir });
    expect([typo.code, typo.stderr]).toEqual([2, 'promise-audit: there is no command `valdate` — did you mean `promise-audit validate`? (Nor is there a register file of that name.)\n']);
    expect((await run(['hlep'], { cwd: dir })).stderr).toContain('did you mean `promise-audit help`?');
    // A register of that name is audited, and after `check` a name is always a register's.
    copyFileSync('examples/ski-resort.yaml', join(dir, 'valdate'));
    expect((await run(['valdate'], { cwd: dir })).code).toBe(0);
    expect((await run(['check', 'chekc'], { cwd: dir })).stderr).toContain('cannot find the register `chekc`');
  });
  it('help for a command that does not exist says so, and fails', async () => {
    const typo = await run(['help', 'chekc']);
    expect([typo.code, typo.stdout, typo.stderr]).toEqual([2, '', 'promise-audit: there is no command `chekc` to show help for — did you mean `promise-audit help check`?\n']);
    const unknown = await run(['help', 'nosuch']);
    expect([unknown.code, unknown.stderr]).toEqual([2, 'promise-audit: there is no command `nosuch` to show help for (commands: `check`, `scan`, `explain`, `validate`, `schema`, `init`)\n']);
    expect((await run(['help', 'chekc', '--lang', 'fi'])).stderr).toContain('tarkoititko `promise-audit help check`?');
    expect((await run(['help', '--lang', 'fi', 'chekc'])).stderr).toContain('tarkoititko `promise-audit help check`?');
    expect((await run(['help', 'check'])).code).toBe(0);
  });
});

describe('the built binary', () => {
  const bin = join(ROOT, 'bin/promise-audit.js');
  it('exits quietly when the reader closes the pipe early (| head)', () => {
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', `node ${bin} check examples/kuvapalvelu.yaml --format json | head -n 3`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout.split('\n').length).toBe(4);
    expect(r.stderr).toBe('');
  });
  it('sets the exit code and prints no stack trace for a bad register', () => {
    const r = spawnSync(process.execPath, [bin, 'check', 'examples/invalid/bad-references.yaml'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('refuses a --report file that is standard output, which holds the report of --format', () => {
    // /dev/stdout: two reports run together on one stream.
    const piped = spawnSync('bash', ['-c', `node ${bin} check examples/webshop.yaml --format json --report sarif=/dev/stdout | wc -c`], { cwd: ROOT, encoding: 'utf8' });
    expect([piped.stdout.trim(), piped.stderr]).toEqual(['0', expect.stringContaining('promise-audit: `/dev/stdout` is where standard output goes, and it holds the report of --format')]);
    // `> out.json` and --report json=out.json: one report would silently replace the other.
    const dir = tempDir();
    const redirected = spawnSync('bash', ['-c', `node ${bin} check examples/webshop.yaml --format json --report json=${dir}/out.json > ${dir}/out.json`], { cwd: ROOT, encoding: 'utf8' });
    expect(redirected.status).toBe(2);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('');
    // With -o, standard output is free for a --report.
    const free = spawnSync('bash', ['-c', `node ${bin} check examples/webshop.yaml --format json -o ${dir}/r.json --report sarif=/dev/stdout | cat`], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(free.stdout)).toMatchObject({ version: '2.1.0' });
  });
});
