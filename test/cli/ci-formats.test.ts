/**
 * `check` for CI: several reports from one audit (`--report FORMAT=FILE`),
 * the job summary in GitHub Actions, `--csv-rows`, and paths relative to the
 * repository root.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { appendStepSummary } from '../../src/cli/step-summary.js';
import { FORMATS } from '../../src/report/index.js';
import { run, tempDir } from '../helpers/cli.js';
import { REGISTER } from '../report/ci-register.js';

const AS_OF = ['--as-of', '2026-11-24'];

function project(files: Record<string, string> = {}): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'promises.yaml'), REGISTER);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('--report FORMAT=FILE', () => {
  it('writes several reports from one audit, beside the main format, with the same findings in each', async () => {
    const dir = project();
    const r = await run(['check', ...AS_OF, '--lang', 'en', '--report', 'sarif=a.sarif', '--report', 'markdown=b.md', '--report', 'junit=out/../c.xml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL/); // the table, on standard output
    expect(r.stderr).toBe('');

    const sarif = JSON.parse(readFileSync(join(dir, 'a.sarif'), 'utf8')) as {
      runs: { results: { ruleId: string; properties: { promise: string }; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[];
    };
    const fromSarif = sarif.runs[0]!.results.map((x) => `${x.ruleId} ${x.properties.promise} ${x.locations[0]!.physicalLocation.region.startLine}`);

    const markdown = readFileSync(join(dir, 'b.md'), 'utf8');
    const fromMarkdown = [...markdown.matchAll(/^\| [^|]+ \| \[([a-z-]+)\]\([^)]*\) \| ([a-z0-9-]+) \| [^|]* \| promises\.yaml:(\d+) \|/gm)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);

    const xml = readFileSync(join(dir, 'c.xml'), 'utf8');
    const junit = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'testcase' }).parse(xml) as {
      testsuites: { testsuite: { testcase: { '@_name': string; 'system-out': string }[] } };
    };
    const fromJunit = junit.testsuites.testsuite.testcase.flatMap((c) =>
      [...String(c['system-out']).matchAll(/^promises\.yaml:(\d+):\d+ (?:error|warning) ([a-z-]+): /gm)].map((m) => `${m[2]} ${c['@_name']} ${m[1]}`),
    );

    expect(fromSarif).toHaveLength(8);
    expect([...fromMarkdown].sort()).toEqual([...fromSarif].sort());
    expect([...fromJunit].sort()).toEqual([...fromSarif].sort());
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]); // written atomically, nothing left behind
  });

  it('writes the reports also when the main report goes to a file', async () => {
    const dir = project();
    const r = await run(['check', ...AS_OF, '--format', 'json', '-o', 'report.json', '--report', 'csv=report.csv', '--csv-rows', 'touchpoints'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const json = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { promises: { touchpoints: unknown[] }[] };
    const csv = readFileSync(join(dir, 'report.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF"Promise"')).toBe(true);
    expect(csv).toContain('"Touchpoint name"');
    const touchpoints = json.promises.reduce((n, p) => n + p.touchpoints.length, 0);
    expect(csv.split('\r\n').filter((l) => /^"[a-z0-9-]+",/.test(l))).toHaveLength(touchpoints);
  });

  it.each([
    ['an unknown format', 'pdf=report.pdf'],
    ['no =', 'sarif'],
    ['no file', 'sarif='],
  ])('refuses %s with exit 2 and the formats it knows', async (_, spec) => {
    const dir = project();
    const r = await run(['check', ...AS_OF, '--report', spec], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`--report needs FORMAT=FILE, with FORMAT one of ${FORMATS.map((f) => `\`${f}\``).join(', ')}`);
    expect(r.stderr).toContain(`not \`${spec}\``);
    expect(readdirSync(dir)).toEqual(['promises.yaml']);
  });

  it('refuses to write over the register, and writes nothing at all', async () => {
    const dir = project();
    const r = await run(['check', ...AS_OF, '--lang', 'en', '--report', 'sarif=a.sarif', '--report', 'json=./promises.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('refusing to write a report over `promises.yaml`, which the register is read from');
    expect(readFileSync(join(dir, 'promises.yaml'), 'utf8')).toBe(REGISTER);
    expect(existsSync(join(dir, 'a.sarif'))).toBe(false);
  });

  it('refuses one file for two reports', async () => {
    const dir = project();
    const r = await run(['check', ...AS_OF, '--lang', 'en', '-o', 'x.txt', '--report', 'sarif=x.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('`x.txt` is named for more than one report');
    expect(existsSync(join(dir, 'x.txt'))).toBe(false);
  });
});

describe('a register that is not valid', () => {
  const INVALID = REGISTER.replace('    statement:', '    statment:');

  it('replaces an earlier run\'s SARIF and JUnit with its problems, and writes no other report', async () => {
    const dir = project();
    expect((await run(['check', ...AS_OF, '--report', 'sarif=r.sarif', '--report', 'junit=r.xml', '--report', 'markdown=r.md'], { cwd: dir })).code).toBe(1);
    const before = readFileSync(join(dir, 'r.md'), 'utf8');
    writeFileSync(join(dir, 'promises.yaml'), INVALID);
    const r = await run(['check', ...AS_OF, '--lang', 'en', '--report', 'sarif=r.sarif', '--report', 'junit=r.xml', '--report', 'markdown=r.md'], { cwd: dir });
    expect(r.code).toBe(2);
    // Said on standard error as always.
    expect(r.stderr).toContain('unknown key `statment`');
    const sarif = JSON.parse(readFileSync(join(dir, 'r.sarif'), 'utf8'));
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual(expect.arrayContaining(['invalid-register']));
    const junit = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(readFileSync(join(dir, 'r.xml'), 'utf8'));
    const suite = junit.testsuites.testsuite;
    expect([suite.errors, suite.failures]).toEqual([String(sarif.runs[0].results.length), '0']);
    expect(JSON.stringify(suite.testcase)).toContain('unknown key `statment`');
    // A Markdown report has nothing to say of a register it could not read: it is left as it was.
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toBe(before);
  });

  it('prints SARIF of its problems with --format sarif, and annotations with --format github in scan too', async () => {
    const dir = project();
    writeFileSync(join(dir, 'promises.yaml'), INVALID);
    const sarif = await run(['check', ...AS_OF, '--format', 'sarif'], { cwd: dir });
    expect(sarif.code).toBe(2);
    expect(JSON.parse(sarif.stdout).runs[0].invocations[0].executionSuccessful).toBe(false);
    const github = await run(['scan', ...AS_OF, '--lang', 'en', '--format', 'github'], { cwd: dir });
    expect(github.code).toBe(2);
    expect(github.stdout).toMatch(/^::error title=promise-audit,file=promises\.yaml,line=\d+,col=\d+::unknown key `statment`/m);
  });

  it('writes the SARIF beside GitHub annotations, and never over a file that holds no earlier report', async () => {
    const dir = project({ 'data/orders.csv': 'days\n1\n' });
    writeFileSync(join(dir, 'promises.yaml'), INVALID);
    const r = await run(['check', ...AS_OF, '--lang', 'en', '--format', 'github', '--report', 'sarif=r.sarif', '--report', 'junit=data/orders.csv'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^::error title=promise-audit,/m);
    expect(r.stderr).toContain('`data/orders.csv` holds no earlier report of this format, so it is not replaced');
    // Checked before anything is written: the SARIF waits for the data file's name to be corrected.
    expect(existsSync(join(dir, 'r.sarif'))).toBe(false);
    expect(readFileSync(join(dir, 'data/orders.csv'), 'utf8')).toBe('days\n1\n');
    const again = await run(['check', ...AS_OF, '--format', 'github', '--report', 'sarif=r.sarif'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(JSON.parse(readFileSync(join(dir, 'r.sarif'), 'utf8')).runs[0].invocations[0].executionSuccessful).toBe(false);
  });

  it('still says the register\'s problems when a report of them cannot be written', async () => {
    const dir = project();
    writeFileSync(join(dir, 'promises.yaml'), INVALID);
    const r = await run(['check', ...AS_OF, '--lang', 'en', '--report', 'sarif=missing/r.sarif'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot write `missing/r.sarif`');
    expect(r.stderr).toContain('unknown key `statment`');
  });
});

describe('GitHub Actions', () => {
  it('says in words, naming GITHUB_STEP_SUMMARY, when the job summary cannot be written, and keeps the gate\'s exit code', async () => {
    const dir = project();
    const r = await run(['check', ...AS_OF, '--lang', 'en', '--format', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: 'nowhere/summary.md' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('promise-audit: cannot add the report to the job summary (GITHUB_STEP_SUMMARY, `nowhere/summary.md`): the folder does not exist — the annotations and the exit code are as they would be\n');
  });

  it('prints annotations and appends the Markdown report to the job summary', async () => {
    const dir = project();
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '## Earlier step output\n');
    const r = await run(['check', ...AS_OF, '--lang', 'en', '--format', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error title=broken-promise · phone-answered,file=promises\.yaml,line=\d+,col=5::/m);
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('## Earlier step output\n')).toBe(true); // appended, not replaced
    expect(text).toContain('[broken-promise](');
    expect(text).toContain('phone-answered');
  });

  it('leaves the job summary alone with --no-summary, and in other formats', async () => {
    const dir = project();
    const summary = join(dir, 'summary.md');
    await run(['check', ...AS_OF, '--format', 'github', '--no-summary'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    await run(['check', ...AS_OF, '--format', 'table'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(existsSync(summary)).toBe(false);
  });

  it('keeps the job summary within GitHub’s 1 MiB per step', async () => {
    const dir = project();
    const summary = join(dir, 'summary.md');
    const earlier = `${'x'.repeat(99)}\n`.repeat(10_460); // 1 046 000 bytes: about 2.5 KiB left
    writeFileSync(summary, earlier);
    const r = await run(['check', ...AS_OF, '--lang', 'en', '--format', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    const after = readFileSync(summary);
    expect(after.length).toBeLessThanOrEqual(1024 * 1024);
    expect(after.length).toBeGreaterThan(earlier.length);
    expect(after.toString('utf8')).toMatch(/The report was cut here to fit the 1 MiB limit of a job summary/);

    // No room at all: nothing appended, a note on standard error, the verdict unchanged.
    writeFileSync(summary, 'x'.repeat(1024 * 1024 - 10));
    const full = await run(['check', ...AS_OF, '--lang', 'en', '--format', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(full.code).toBe(1);
    expect(readFileSync(summary).length).toBe(1024 * 1024 - 10);
    expect(full.stderr).toContain('the report was not added to it');
  });
});

describe('job summary limit', () => {
  it('cuts at a line, closes a code block the cut falls in, and says so', () => {
    const file = join(tempDir(), 'summary.md');
    writeFileSync(file, 'x'.repeat(1024 * 1024 - 400));
    const markdown = `# Report\n\n\`\`\`mermaid\n${'gantt line ä\n'.repeat(100)}\`\`\`\n\nafter the chart\n`;
    expect(appendStepSummary(file, markdown, en)).toMatchObject({ written: 'truncated' });
    const bytes = readFileSync(file);
    expect(bytes.length).toBeLessThanOrEqual(1024 * 1024);
    const added = bytes.subarray(1024 * 1024 - 400).toString('utf8');
    expect(added).toMatch(/^# Report\n\n```mermaid\n(gantt line ä\n)+```\n\n> The report was cut here/);
    expect(added).not.toContain('after the chart');
  });
});

describe('paths relative to the repository root', () => {
  it('are used by SARIF, GitHub and JUnit when the audit runs in a subfolder', async () => {
    const root = tempDir();
    mkdirSync(join(root, '.git'));
    const dir = join(root, 'brand');
    mkdirSync(dir);
    writeFileSync(join(dir, 'promises.yaml'), REGISTER);
    const github = await run(['check', ...AS_OF, '--format', 'github', '--no-summary', '--report', 'sarif=a.sarif', '--report', 'junit=a.xml'], { cwd: dir });
    expect(github.stdout).toMatch(/,file=brand\/promises\.yaml,line=/);
    const sarif = JSON.parse(readFileSync(join(dir, 'a.sarif'), 'utf8')) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[] }[] }[] };
    expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toMatchObject({ uri: 'brand/promises.yaml', uriBaseId: '%SRCROOT%' });
    expect(readFileSync(join(dir, 'a.xml'), 'utf8')).toContain('file="brand/promises.yaml"');
    // The terminal report keeps the path as the user can open it from here.
    const table = await run(['check', ...AS_OF], { cwd: dir });
    expect(table.stdout).toMatch(/^ {2}promises\.yaml:\d+:\d+/m);
  });
});
