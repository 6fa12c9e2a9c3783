/**
 * Every input of the official YAML test suite (402 files, valid and invalid
 * YAML; see yaml-test-suite/README.md) through `validate` and `check`:
 * almost none is a register, so each must end in a result or in positioned
 * errors that name the problem — exit 0, 1 or 2, no stack trace, nothing
 * written, under a second. In-process for speed; a handful through the
 * built binary as well.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers/cli.js';
import { expectCleanRun, folderState, leftoverTemporaryFiles, timed } from './helpers.js';

const SUITE = join(import.meta.dirname, 'yaml-test-suite');
const FILES = readdirSync(SUITE)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const BIN = join(ROOT, 'bin/promise-audit.js');

/** `file:line:column  error  message`, with the position inside the file. */
function expectPositionedErrors(output: string, file: string, text: string): void {
  const heads = [...output.matchAll(/^(.+?):(\d+):(\d+) {2}error {2}(\S.*)$/gm)];
  if (heads.length === 0) {
    // Not positioned: a problem with the file as a whole (too large), said in one line.
    expect(output).toMatch(/^promise-audit: \S/m);
    return;
  }
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const [, name, line, column, message] of heads) {
    expect(name).toBe(file);
    expect(Number(line)).toBeGreaterThanOrEqual(1);
    expect(Number(line)).toBeLessThanOrEqual(lines);
    expect(Number(column)).toBeGreaterThanOrEqual(1);
    expect(message!.length).toBeGreaterThan(10);
  }
  expect(output).toMatch(/✖ \d+ problems? in /);
}

beforeAll(async () => {
  await run(['check', join(SUITE, FILES[0]!), '--as-of', '2026-11-24']);
});

describe('the YAML test suite', () => {
  it('is all there: 402 inputs', () => {
    expect(FILES).toHaveLength(402);
  });

  it.each(FILES)('%s gives a result or positioned errors', async (name) => {
    const dir = tempDir();
    copyFileSync(join(SUITE, name), join(dir, name));
    const text = readFileSync(join(dir, name), 'utf8');
    const before = folderState(dir);

    const [validate, validateMs] = await timed(() => run(['validate', name, '--lang', 'en'], { cwd: dir }), 1000);
    expect(validateMs).toBeLessThan(1000);
    expectCleanRun(validate);
    expect(validate.code).not.toBe(1);
    if (validate.code === 0) expect(validate.stdout).toMatch(/is valid/);
    else expectPositionedErrors(validate.stdout + validate.stderr, name, text);

    const [check, checkMs] = await timed(() => run(['check', name, '--as-of', '2026-11-24', '--lang', 'en', '-o', 'report.txt'], { cwd: dir }), 1000);
    expect(checkMs).toBeLessThan(1000);
    expectCleanRun(check);
    // The same verdict on validity: check audits exactly what validate accepts.
    expect(check.code === 2).toBe(validate.code === 2);
    if (check.code === 2) {
      expectPositionedErrors(check.stderr, name, text);
      expect(existsSync(join(dir, 'report.txt'))).toBe(false);
    }

    const after = folderState(dir);
    delete after['report.txt'];
    expect(after).toEqual(before);
    expect(leftoverTemporaryFiles(dir)).toEqual([]);
  });
});

describe('the YAML test suite through the built binary', () => {
  // A list at the top, anchors and aliases, tags in several documents, tabs, document markers, invalid flow.
  const handful = ['229Q.yaml', '26DV.yaml', '35KP.yaml', '6BCT.yaml', '7Z25.yaml', 'ZXT5.yaml'].filter((f) => FILES.includes(f));

  it('has the handful it runs', () => {
    expect(handful.length).toBe(6);
  });

  it.each(handful)('%s', (name) => {
    expect(existsSync(BIN), 'run `npm run build` first').toBe(true);
    for (const command of ['validate', 'check']) {
      const r = spawnSync(process.execPath, [BIN, command, join(SUITE, name), '--lang', 'en', '--no-color'], { cwd: tempDir(), encoding: 'utf8', timeout: 10_000 });
      expect(r.signal).toBeNull();
      expectCleanRun({ code: r.status, stdout: r.stdout, stderr: r.stderr });
      if (r.status === 2) expect(r.stdout + r.stderr).toMatch(/:\d+:\d+ {2}error {2}\S/);
    }
  });
});
