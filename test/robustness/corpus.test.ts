/**
 * Nasty registers — every YAML feature a user can stumble on, broken
 * encodings, prototype keys, wrong types, duplicates, huge files — through
 * `validate` and `check`. For every one: exit code 0, 1 or 2 and nothing
 * else, a message that names the problem, no stack trace, nothing written
 * (the register untouched, no report for an invalid register, no temporary
 * file) and under a second.
 *
 * Each file in corpus/ says in its first line what it tries and in its second
 * what must come out: `# expect: CODE /what check says/`. The big ones are
 * generated at test time (generate.ts).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers/cli.js';
import { generatedCases, manyPromises, type GeneratedCase } from './generate.js';
import { expectCleanRun, folderState, leftoverTemporaryFiles, timed } from './helpers.js';

const CORPUS = join(import.meta.dirname, 'corpus');
const AS_OF = ['--as-of', '2026-11-24', '--lang', 'en'];
/**
 * In-process, after the first run has loaded every module; measured as the
 * CPU time the run takes, which other test files running beside it on the
 * same cores do not inflate the way they inflate the wall clock.
 */
const TIME_LIMIT_MS = 1000;

function corpusCases(): GeneratedCase[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const [first = '', second = ''] = readFileSync(join(CORPUS, name), 'utf8').replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
      const expectation = /^# expect: ([012]) \/(.+)\/([a-z]*)$/.exec(second);
      if (!first.startsWith('# ') || !expectation) throw new Error(`${name}: the first line must say what it tries, the second "# expect: CODE /pattern/"`);
      return {
        name,
        tries: first.slice(2),
        code: Number(expectation[1]) as 0 | 1 | 2,
        pattern: new RegExp(expectation[2]!, expectation[3]),
        write(dir: string) {
          copyFileSync(join(CORPUS, name), join(dir, name));
          return join(dir, name);
        },
      };
    });
}



/**
 * What a run says, without its code frames: they quote the register, and a
 * corpus file's own `# expect:` line, quoted there, would match its pattern.
 */
function said(r: { stdout: string; stderr: string }): string {
  return (r.stdout + r.stderr)
    .split('\n')
    .filter((line) => !/^(?:>| ) *\d* \|/.test(line))
    .join('\n');
}

async function checkCase(c: GeneratedCase): Promise<void> {
  const dir = tempDir();
  c.write(dir);
  const before = folderState(dir);
  const args = [...AS_OF, ...(c.args ?? [])];

  const limit = c.slow?.ms ?? TIME_LIMIT_MS;
  const [check, checkMs] = await timed(() => run(['check', c.name, ...args], { cwd: dir }), limit);
  expectCleanRun(check);
  expect(check.code, check.stdout + check.stderr).toBe(c.code);
  expect(said(check)).toMatch(c.pattern);
  expect(checkMs, `check took too long${c.slow ? ` (${c.slow.why})` : ''}`).toBeLessThan(limit);
  // An invalid register: the problems on standard error, nothing on standard output.
  if (c.code === 2) expect(check.stdout).toBe('');

  const [validate, validateMs] = await timed(() => run(['validate', c.name, ...args.filter((a) => a !== '--as-of' && a !== '2026-11-24')], { cwd: dir }), limit);
  expectCleanRun(validate);
  expect(validate.code).toBe(c.code === 2 ? 2 : 0);
  expect(said(validate)).toMatch(c.code === 2 ? c.pattern : /is valid/);
  expect(validateMs, 'validate took too long').toBeLessThan(limit);

  // With -o: a whole report for a valid register, none at all for an invalid one.
  if (!c.heavy) {
    const toFile = await run(['check', c.name, ...args, '-o', 'report.txt'], { cwd: dir });
    expect(toFile.code).toBe(c.code);
    if (c.code === 2) expect(existsSync(join(dir, 'report.txt'))).toBe(false);
    // Compared as the bytes a terminal gets (a lone surrogate becomes U+FFFD in UTF-8 either way).
    else expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toBe(Buffer.from(check.stdout, 'utf8').toString('utf8'));
  }

  // The register is never written to, and nothing else appears.
  const after = folderState(dir);
  delete after['report.txt'];
  expect(after).toEqual(before);
  expect(leftoverTemporaryFiles(dir)).toEqual([]);
}

beforeAll(async () => {
  // Load every module and let the JIT compile the hot paths once, on a register
  // of 500 promises, so the time limit measures the work, not the warm-up.
  const dir = tempDir();
  writeFileSync(join(dir, 'warm.yaml'), manyPromises(500));
  writeFileSync(join(dir, 'warm-invalid.yaml'), `${manyPromises(500, { evidence: false })}  - { id: x, statement: S, tier: hygiene, owner: nobody }\n`);
  for (const file of ['warm.yaml', 'warm-invalid.yaml']) {
    await run(['check', file, ...AS_OF], { cwd: dir });
    await run(['validate', file], { cwd: dir });
  }
  await run(['validate', join(CORPUS, 'tab-indent.yaml')]);
});

describe('the corpus of nasty registers', () => {
  const cases = corpusCases();
  it('holds at least 40 registers', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });
  it.each(cases.map((c) => [c.name, c.tries, c] as const))('%s: %s', async (_name, _tries, c) => {
    await checkCase(c);
  });
});

describe('generated nasty registers', () => {
  it.each(generatedCases().map((c) => [c.name, c.tries, c] as const))('%s: %s', async (_name, _tries, c) => {
    await checkCase(c);
  });
});

describe('through the built binary', () => {
  const BIN = join(ROOT, 'bin/promise-audit.js');
  // Where Node itself could speak up: a complex key (the YAML reader warns), an alias bomb, a BOM, CR line ends, binary.
  const handful = ['complex-key.yaml', 'alias-bomb.yaml', 'bom-error.yaml', 'cr-only.yaml', 'nul-byte.yaml', 'proto-keys.yaml', 'windows-1252.yaml', 'unicode.yaml'];

  it.each(handful)('%s: the same answer, and not a word from Node', (name) => {
    const c = corpusCases().find((x) => x.name === name)!;
    const r = spawnSync(process.execPath, [BIN, 'check', name, ...AS_OF, '--no-color'], { cwd: CORPUS, encoding: 'utf8', timeout: 10_000 });
    expect(r.status).toBe(c.code);
    expect(r.stdout + r.stderr).toMatch(c.pattern);
    expect(r.stderr).not.toMatch(/\(node:\d+\)|Warning:|DeprecationWarning/);
    expectCleanRun({ code: r.status, stdout: r.stdout, stderr: r.stderr });
  });
});

describe('prototype keys', () => {
  it('pollute no prototype, in any command or format', async () => {
    const dir = tempDir();
    for (const name of ['proto-keys.yaml', 'proto-rules.yaml', 'constructor-ids.yaml']) copyFileSync(join(CORPUS, name), join(dir, name));
    for (const format of ['table', 'json', 'markdown', 'html', 'sarif', 'junit', 'github', 'csv']) {
      await run(['check', 'constructor-ids.yaml', ...AS_OF, '--format', format], { cwd: dir });
    }
    await run(['check', 'proto-keys.yaml', ...AS_OF], { cwd: dir });
    await run(['validate', 'proto-rules.yaml', '--format', 'json'], { cwd: dir });
    await run(['explain', 'constructor', 'constructor-ids.yaml', ...AS_OF], { cwd: dir });
    const probe = {} as Record<string, unknown>;
    expect(probe.polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });

  it('`constructor` is an ordinary id: looked up as data, never as Object.prototype.constructor', async () => {
    const r = await run(['check', join(CORPUS, 'constructor-ids.yaml'), ...AS_OF, '--format', 'json']);
    const report = JSON.parse(r.stdout) as { promises: { id: string; owner: string; campaigns: string[]; touchpoints: { id: string }[] }[] };
    expect(report.promises).toEqual([expect.objectContaining({ id: 'constructor', owner: 'constructor', campaigns: ['constructor'], touchpoints: [expect.objectContaining({ id: 'constructor' })] })]);
    const md = await run(['check', join(CORPUS, 'constructor-ids.yaml'), ...AS_OF, '--format', 'markdown']);
    expect(md.stdout).toContain('Builders');
    expect(md.stdout).toContain('Constructor desk');
    expect(md.stdout).not.toMatch(/function Object|\[native code\]/);
  });
});
