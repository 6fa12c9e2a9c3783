/**
 * Faults of the world, with the built binary where real processes matter:
 * an output folder that is missing or read-only, a full disk, standard output
 * closed early, the register changing or vanishing during the run, SIGINT and
 * SIGTERM in the middle of writing reports. Each gives a clear message and an
 * exit code that is not 0, and never leaves a partial or corrupt report or a
 * temporary file behind. And no command ever writes to the register.
 *
 * Run as root (as CI containers do), chmod stops nothing: a read-only folder
 * and a full disk are made with tmpfs mounts in a private mount namespace
 * (`unshare -m`), which vanish with the process. Where this machine allows no
 * mount, those tests fall back to `chattr +i` or chmod, or are skipped with a
 * note saying why.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers/cli.js';
import { HEADER } from '../helpers/register.js';
import { manyPromises } from './generate.js';
import { expectCleanRun, folderState, leftoverTemporaryFiles, STACK_TRACE } from './helpers.js';

const BIN = join(ROOT, 'bin/promise-audit.js');
const isRoot = process.getuid?.() === 0;

function bin(args: string[], cwd: string, options: { timeout?: number } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: options.timeout ?? 20_000, env: { ...process.env, NO_COLOR: '1' } });
}

/** A register that fails the gate (exit 1) with reports large enough to fill a tiny disk. */
function writeRegister(dir: string, promises = 300): string {
  writeFileSync(join(dir, 'promises.yaml'), manyPromises(promises));
  return join(dir, 'promises.yaml');
}
const FAILING = ['--as-of', '2028-01-01'];

// ── Private mounts ───────────────────────────────────────────────────────────

let mountable: boolean | undefined;
/** Whether `unshare -m` and a tmpfs mount work here (root with CAP_SYS_ADMIN, not in a locked-down container). */
function canMount(): boolean {
  if (mountable === undefined) {
    const probe = spawnSync('unshare', ['-m', '--propagation', 'private', 'sh', '-c', 'd=$(mktemp -d) && mount -t tmpfs -o size=16k tmpfs "$d" && umount "$d" && rmdir "$d"'], { encoding: 'utf8' });
    mountable = probe.status === 0;
  }
  return mountable;
}

interface MountedRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The mounted folder after the run: its file names, and the content of each. */
  files: Record<string, string>;
}

/**
 * Mounts a tmpfs (`options` such as size=64k) at `dir` in a private mount
 * namespace, runs `setup` there (sh), then the binary with `args`, and
 * reports what is left in the folder — all before the mount vanishes with the namespace.
 */
function inMount(dir: string, mountOptions: string, setup: string, args: string[], cwd: string): MountedRun {
  const out = tempDir();
  const script = `
set -e
mount -t tmpfs -o "${mountOptions}" tmpfs "$DIR"
${setup}
set +e
"$NODE" "$BIN" "$@" > "$OUT/stdout" 2> "$OUT/stderr"
echo $? > "$OUT/code"
mkdir "$OUT/files"
cp -a "$DIR/." "$OUT/files/" 2>/dev/null
true`;
  const r = spawnSync('unshare', ['-m', '--propagation', 'private', 'sh', '-c', script, 'sh', ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, NO_COLOR: '1', DIR: dir, OUT: out, NODE: process.execPath, BIN },
  });
  if (r.status !== 0) throw new Error(`mount script failed: ${r.stderr}`);
  const files: Record<string, string> = {};
  for (const name of readdirSync(join(out, 'files'))) files[name] = readFileSync(join(out, 'files', name), 'utf8');
  return { code: Number(readFileSync(join(out, 'code'), 'utf8')), stdout: readFileSync(join(out, 'stdout'), 'utf8'), stderr: readFileSync(join(out, 'stderr'), 'utf8'), files };
}

// ── The output folder ─────────────────────────────────────────────────────────

describe('the output folder', () => {
  it('missing: a clear message, exit 2, nothing written anywhere', () => {
    const dir = tempDir();
    writeRegister(dir, 5);
    const before = folderState(dir);
    for (const args of [['-o', 'no/such/folder/report.json'], ['--report', 'sarif=no/such/folder/report.sarif']]) {
      const r = bin(['check', 'promises.yaml', ...args], dir);
      expectCleanRun({ code: r.status, stdout: r.stdout, stderr: r.stderr });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^promise-audit: cannot write `no\/such\/folder\/report\.(json|sarif)`: the folder does not exist\n$/);
      expect(r.stdout).toBe('');
    }
    expect(folderState(dir)).toEqual(before);
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });

  it('read-only: a clear message, exit 2, the old report untouched, no temporary file', (ctx) => {
    const dir = tempDir();
    writeRegister(dir, 5);
    const ro = join(dir, 'ro');
    mkdirSync(ro);
    const args = ['check', 'promises.yaml', '--format', 'json', '-o', 'ro/report.json', '--report', 'sarif=ro/new.sarif'];
    let result: MountedRun;
    if (canMount()) {
      result = inMount(ro, 'size=1m', 'printf "OLD\\n" > "$DIR/report.json"\nmount -o remount,ro "$DIR"', args, dir);
      expect(result.stderr).toMatch(/^promise-audit: cannot write `ro\/new\.sarif`: the file system is read-only\n$/);
    } else {
      // No mounts here: make the folder unwritable another way.
      writeFileSync(join(ro, 'report.json'), 'OLD\n');
      const locked = isRoot ? spawnSync('chattr', ['+i', ro]).status === 0 : (chmodSync(ro, 0o555), true);
      if (!locked) return ctx.skip('no way to make a folder read-only for root here: no mount namespace (unshare -m) and no chattr +i');
      try {
        const r = bin(args, dir);
        result = { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, files: Object.fromEntries(readdirSync(ro).map((f) => [f, readFileSync(join(ro, f), 'utf8')])) };
      } finally {
        if (isRoot) spawnSync('chattr', ['-i', ro]);
        else chmodSync(ro, 0o755);
      }
      expect(result.stderr).toMatch(/^promise-audit: cannot write `ro\/new\.sarif`: permission denied\n$/);
    }
    expectCleanRun(result);
    expect(result.code).toBe(2);
    expect(result.files).toEqual({ 'report.json': 'OLD\n' });
  });
});

// ── A full disk ──────────────────────────────────────────────────────────────

describe('a full disk', () => {
  it('on a 16 KiB file system: exit 2, "the disk is full", the old report whole, no temporary file', (ctx) => {
    if (!canMount()) return ctx.skip('no mount namespace (unshare -m) here to make a tiny tmpfs; ENOSPC through a temporary file and a rename cannot be tested without one');
    const dir = tempDir();
    writeRegister(dir, 100);
    const disk = join(dir, 'disk');
    mkdirSync(disk);
    for (const [args, file] of [
      [['--format', 'html', '-o', 'disk/report.html'], 'report.html'],
      [['--report', 'json=disk/report.json'], 'report.json'],
    ] as const) {
      const r = inMount(disk, 'size=16k', `printf "OLD\\n" > "$DIR/${file}"`, ['check', 'promises.yaml', ...FAILING, ...args], dir);
      expectCleanRun(r);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`promise-audit: cannot write \`disk/${file}\`: the disk is full\n`);
      // Written atomically: the report that was there is still there, whole; nothing else is.
      expect(r.files).toEqual({ [file]: 'OLD\n' });
    }
  });

  it('a device that is full (like /dev/full): written to, not replaced; exit 2, "the disk is full"', (ctx) => {
    const dir = tempDir();
    writeRegister(dir, 20);
    // A device node of our own (root only): if the tool ever replaced devices again, no real /dev entry would suffer.
    let full = '/dev/full';
    let devnull = '/dev/null';
    if (isRoot) {
      full = join(dir, 'full');
      devnull = join(dir, 'null');
      if (spawnSync('mknod', [full, 'c', '1', '7']).status !== 0 || spawnSync('mknod', [devnull, 'c', '1', '3']).status !== 0) {
        return ctx.skip('mknod is not allowed here; as root, writing to the real /dev/full could replace it if the tool regressed');
      }
    }
    for (const args of [['-o', full], ['--report', `csv=${full}`]]) {
      const r = bin(['check', 'promises.yaml', ...args], dir);
      expectCleanRun({ code: r.status, stdout: r.stdout, stderr: r.stderr });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`promise-audit: cannot write \`${full.startsWith(dir) ? 'full' : full}\`: the disk is full\n`);
      expect(statSync(full).isCharacterDevice()).toBe(true);
    }
    // Standard output on a full device (`check > /dev/full`): one line, exit 2, in every format.
    for (const format of ['table', 'json']) {
      const shell = spawnSync('bash', ['-c', `"$NODE" "$BIN" check promises.yaml --format ${format} > "$FULL"`], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE: process.execPath, BIN, FULL: full } });
      expectCleanRun({ code: shell.status, stdout: shell.stdout, stderr: shell.stderr });
      expect(shell.status).toBe(2);
      expect(shell.stderr).toBe('promise-audit: cannot write to standard output: the disk is full\n');
    }
    // In the run's language, as every other message is.
    const fi = spawnSync('bash', ['-c', `"$NODE" "$BIN" check promises.yaml --lang fi > "$FULL"`], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE: process.execPath, BIN, FULL: full } });
    expect([fi.status, fi.stderr]).toEqual([2, 'promise-audit: vakiotulosteeseen ei voi kirjoittaa: levy on täynnä\n']);
    const fiFile = bin(['check', 'promises.yaml', '--lang', 'fi', '-o', full], dir);
    expect([fiFile.status, fiFile.stderr]).toEqual([2, `promise-audit: tiedostoon \`${full.startsWith(dir) ? 'full' : full}\` ei voi kirjoittaa: levy on täynnä\n`]);
    // /dev/null takes the report and stays a device.
    const r = bin(['check', 'promises.yaml', ...FAILING, '-o', devnull], dir);
    expect(r.status).toBe(1);
    expect(statSync(devnull).isCharacterDevice()).toBe(true);
    expect(leftoverTemporaryFiles(dir)).toEqual([]);
  });
});

// ── Devices, pipes and links as targets and as the register ──────────────────

describe('devices and pipes', () => {
  it('-o to standard output through /proc/self/fd/1: the report arrives, the link stays a link', () => {
    const dir = tempDir();
    writeRegister(dir, 5);
    const direct = bin(['check', 'promises.yaml', '--format', 'json'], dir);
    // Through a pipe, as in a shell (a spawned child's standard output is a socket, which cannot be opened by path).
    const through = spawnSync('bash', ['-c', '"$NODE" "$BIN" check promises.yaml --format json -o /proc/self/fd/1 | cat; exit ${PIPESTATUS[0]}'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NODE: process.execPath, BIN },
    });
    expect(through.stderr).toBe('');
    expect(through.status).toBe(direct.status);
    expect(through.stdout).toBe(direct.stdout);
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
  });

  it('-o to a symbolic link: the file it points to is replaced, the link stays', () => {
    const dir = tempDir();
    writeRegister(dir, 5);
    mkdirSync(join(dir, 'shared'));
    writeFileSync(join(dir, 'shared', 'report.json'), 'OLD\n');
    spawnSync('ln', ['-s', 'shared/report.json', join(dir, 'report.json')]);
    const r = bin(['check', 'promises.yaml', '--format', 'json', '-o', 'report.json'], dir);
    expect(r.status).toBe(0);
    expect(lstatSync(join(dir, 'report.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'shared', 'report.json'), 'utf8')).summary.verdict).toBe('pass');
    expect(leftoverTemporaryFiles(join(dir, 'shared'))).toEqual([]);
  });

  it('-o to a link in a loop: refused, and the link left as it was', () => {
    const dir = tempDir();
    writeRegister(dir, 5);
    symlinkSync('loop', join(dir, 'loop'));
    const r = bin(['check', 'promises.yaml', '-o', 'loop'], dir);
    expect([r.status, r.stderr]).toEqual([2, 'promise-audit: cannot write `loop`: the path has too many symbolic links (a loop?)\n']);
    expect(lstatSync(join(dir, 'loop')).isSymbolicLink()).toBe(true);
    expect(leftoverTemporaryFiles(dir)).toEqual([]);
  });

  it('a named pipe as the register: refused at once instead of waiting for ever', () => {
    const dir = tempDir();
    if (spawnSync('mkfifo', [join(dir, 'promises.yaml')]).status !== 0) return;
    const started = Date.now();
    const r = bin(['check', 'promises.yaml'], dir, { timeout: 5000 });
    expect(r.signal).toBeNull();
    expect(Date.now() - started).toBeLessThan(3000);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('promise-audit: `promises.yaml` is not a regular file (a device, a pipe or a socket) — name the register\'s YAML file\n');
  });

  it('a named pipe as an included file or a data file: passed over at once', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'parts'));
    if (spawnSync('mkfifo', [join(dir, 'parts', 'pipe.yaml')]).status !== 0 || spawnSync('mkfifo', [join(dir, 'pipe.csv')]).status !== 0) return;
    writeFileSync(
      join(dir, 'promises.yaml'),
      `${HEADER}include: [parts/pipe.yaml]\npromises:\n  - { id: d, statement: S, tier: hygiene, owner: logistics, evidence: [{ touchpoint: webshop, kind: metric, summary: s, verified: 2026-11-01, by: logistics, target: "<= 2", data: { file: pipe.csv, column: x, stat: mean } }] }\n`,
    );
    const r = bin(['validate', 'promises.yaml'], dir, { timeout: 5000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('cannot read the included file `parts/pipe.yaml`: it is not a regular file (a device, a pipe or a socket)');
  });

  it('an included or data file the system will not read: said as such, not as missing', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'parts'));
    mkdirSync(join(dir, 'data.csv'));
    symlinkSync('loop.yaml', join(dir, 'parts', 'loop.yaml'));
    writeFileSync(
      join(dir, 'promises.yaml'),
      `${HEADER}include: [parts/loop.yaml]\npromises:\n  - { id: d, statement: S, tier: hygiene, owner: logistics, evidence: [{ touchpoint: webshop, kind: metric, summary: s, verified: 2026-11-01, by: logistics, target: "<= 2", data: { file: data.csv, column: x, stat: mean } }] }\n`,
    );
    const r = bin(['validate', 'promises.yaml', '--lang', 'fi'], dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('liitettävää tiedostoa `parts/loop.yaml` ei voi lukea: polussa on liikaa symbolisia linkkejä (silmukka?)');
    writeFileSync(join(dir, 'promises.yaml'), readFileSync(join(dir, 'promises.yaml'), 'utf8').replace('include: [parts/loop.yaml]\n', ''));
    const check = bin(['check', 'promises.yaml', '--format', 'json', '--as-of', '2026-11-24'], dir);
    const finding = (JSON.parse(check.stdout) as { findings: { rule: string; message: string }[] }).findings.find((f) => f.rule === 'data-unreadable');
    expect(finding?.message).toContain('data.csv: the file cannot be read: it is a folder — name a file');
  });

  it('a device as the register (/dev/zero never ends): refused', async () => {
    const r = await run(['validate', '/dev/zero']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('`/dev/zero` is not a regular file');
  });
});

// ── Standard output closed early ─────────────────────────────────────────────

describe('standard output closed early (| head)', () => {
  const dir = tempDir();
  beforeAll(() => writeRegister(dir, 500));

  it.each([
    ['a passing gate', 2, [], 'standard output was closed before the whole report was written'],
    ['a failing gate', 1, FAILING, 'standard output was closed before the whole report was written'],
    ['a failing gate, in Finnish', 1, [...FAILING, '--lang', 'fi'], 'vakiotuloste suljettiin ennen kuin koko raportti oli kirjoitettu'],
  ] as const)('%s: a message, and exit %i', (_name, code, extra, message) => {
    // A report far larger than a pipe's buffer, so the reader is gone before it is written.
    const r = spawnSync('bash', ['-c', `"$NODE" "$BIN" check promises.yaml --format json ${extra.join(' ')} | head -c 100 > /dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NODE: process.execPath, BIN },
      timeout: 20_000,
    });
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr).toContain(`promise-audit: ${message}`);
    expect(r.stderr).toContain(`exit=${code}`);
  });

  /** Runs the command with a reader that has gone before the first write: `| head -n 1` at its most abrupt. */
  async function readNothing(args: string[]): Promise<{ code: unknown; stderr: string }> {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((done) => child.on('close', done));
    return { code, stderr };
  }

  it('explain --format json read only in part: a program missed some of it, so it is said, exit 2', async () => {
    expect(await readNothing(['explain', 'p-1', 'promises.yaml', '--format', 'json'])).toEqual({
      code: 2,
      stderr: 'promise-audit: standard output was closed before the whole report was written (to keep all of it, send it to a file: > FILE)\n',
    });
  });

  // explain's text is read by a person (`explain p-1 | less`, `| head`): what is not read is not lost.
  it.each([['--help'], ['check', '--help'], ['schema'], ['init', 'started.yaml'], ['explain', 'p-1', 'promises.yaml']])('%s read only in part: nothing said, exit 0', async (...args) => {
    expect(await readNothing(args)).toEqual({ code: 0, stderr: '' });
  });
});

// ── The register changing or vanishing during the run ────────────────────────

describe('the register changing or vanishing during the run', () => {
  const dir = tempDir();
  const stop = join(dir, 'stop');
  let mutator: ReturnType<typeof spawn> | undefined;

  beforeAll(() => {
    const passing = `${HEADER}promises:\n  - { id: p, statement: Fine, tier: hygiene, owner: logistics }\n`;
    const failing = `${HEADER}promises:\n  - { id: p, statement: Late, tier: hygiene, owner: logistics, announce: 2026-01-01 }\n`;
    // Rewritten in place (readers may see half a file), replaced, deleted, made a folder, emptied: as fast as it can.
    const script = `
      const fs = require('node:fs');
      const file = ${JSON.stringify(join(dir, 'promises.yaml'))};
      const states = [${JSON.stringify(passing)}, ${JSON.stringify(failing)}, ${JSON.stringify(failing.slice(0, 60))}, '', null, 'dir'];
      const pause = new Int32Array(new SharedArrayBuffer(4));
      let i = 0;
      while (!fs.existsSync(${JSON.stringify(stop)})) {
        const s = states[i++ % states.length];
        try {
          if (s === 'dir' || s === null || fs.statSync(file).isDirectory()) fs.rmSync(file, { recursive: true, force: true });
          if (s === 'dir') fs.mkdirSync(file);
          else if (s !== null) { const fd = fs.openSync(file, 'w'); for (let k = 0; k < s.length; k += 40) fs.writeSync(fd, s.slice(k, k + 40)); fs.closeSync(fd); }
        } catch {}
        Atomics.wait(pause, 0, 0, i % 4);
      }`;
    writeFileSync(join(dir, 'promises.yaml'), passing);
    mutator = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
  });

  afterAll(() => {
    writeFileSync(stop, '');
    mutator?.kill();
  });

  it('every run: a whole report with the right exit code, or a clear message and exit 2', () => {
    const seen = new Set<number>();
    // At least 8 runs; more (up to 60) until the race has shown two outcomes, as timing varies by machine.
    for (let i = 0; i < 60 && (i < 8 || seen.size < 2); i++) {
      const r = bin(['check', 'promises.yaml', '--format', 'json', '--as-of', '2026-11-24'], dir);
      expectCleanRun({ code: r.status, stdout: r.stdout, stderr: r.stderr });
      seen.add(r.status!);
      if (r.status === 2) {
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(/^(promise-audit: (cannot find the register|`promises\.yaml` is a folder)|promises\.yaml:\d+:\d+ {2}error {2}\S)/m);
      } else {
        const report = JSON.parse(r.stdout) as { summary: { verdict: string } };
        expect(report.summary.verdict).toBe(r.status === 1 ? 'fail' : 'pass');
      }
    }
    expect(leftoverTemporaryFiles(dir)).toEqual([]);
    // The race really happened: more than one outcome.
    expect(seen.size).toBeGreaterThan(1);
  });
});

// ── Signals in the middle of writing reports ────────────────────────────────

describe('SIGINT and SIGTERM while reports are written', () => {
  const dir = tempDir();
  const out = join(dir, 'out');
  const REPORTS = { 'r.html': 'html', 'r.json': 'json', 'r.sarif': 'sarif', 'r.xml': 'junit', 'r.md': 'markdown', 'r.csv': 'csv' } as const;
  const args = ['check', 'promises.yaml', ...FAILING, '--format', 'html', '-o', 'out/r.html', ...Object.entries(REPORTS).slice(1).flatMap(([file, format]) => ['--report', `${format}=out/${file}`])];
  type Lang = 'en' | 'fi';
  /** Each report as a run in each language writes it whole. */
  const complete: Record<Lang, Record<string, string>> = { en: {}, fi: {} };

  beforeAll(() => {
    writeRegister(dir, 500);
    mkdirSync(out);
    for (const lang of ['en', 'fi'] as const) {
      const r = bin([...args, '--lang', lang], dir);
      expect(r.status).toBe(1);
      for (const file of Object.keys(REPORTS)) complete[lang][file] = readFileSync(join(out, file), 'utf8');
    }
  });

  /** Starts a run over old reports and sends `signal` as soon as `when` sees the folder in the state wanted. */
  function interrupt(signal: 'SIGINT' | 'SIGTERM' | 'SIGKILL', when: (names: string[]) => boolean, lang: Lang = 'en'): Promise<{ code: number | null; signal: string | null; stderr: string }> {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out);
    for (const file of Object.keys(REPORTS)) writeFileSync(join(out, file), 'OLD\n');
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [BIN, ...args, '--lang', lang], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      let sent = false;
      const poll = setInterval(() => {
        if (!sent && when(readdirSync(out))) {
          sent = true;
          child.kill(signal);
        }
      }, 1);
      child.on('exit', (code, sig) => {
        clearInterval(poll);
        resolve({ code, signal: sig, stderr });
      });
    });
  }

  /** Every report is the old one or the whole new one; never half of one. */
  function expectWholeReports(lang: Lang = 'en'): void {
    for (const file of Object.keys(REPORTS)) {
      const text = readFileSync(join(out, file), 'utf8');
      if (text !== 'OLD\n') expect(text === complete[lang][file], `${file} is neither the old report nor the whole new one`).toBe(true);
    }
  }

  const temporary = (names: string[]) => names.some((n) => n.endsWith('.tmp'));

  it.each([
    ['SIGTERM', 'en', 'stopped by SIGTERM — reports are written whole or not at all'],
    ['SIGINT', 'en', 'stopped by SIGINT — reports are written whole or not at all'],
    ['SIGINT', 'fi', 'pysäytetty signaalilla SIGINT — raportit kirjoitetaan kokonaan tai ei lainkaan'],
  ] as const)('%s (%s) while a temporary file is being written: a message in the run\'s language, exit 128+n, whole reports, no temporary file', async (signal, lang, message) => {
    const r = await interrupt(signal, temporary, lang);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    if (r.code === 1) return; // the run finished before the signal arrived: nothing to see
    expect(r.code).toBe(signal === 'SIGINT' ? 130 : 143);
    expect(r.stderr).toContain(`promise-audit: ${message}`);
    expect(leftoverTemporaryFiles(out)).toEqual([]);
    expectWholeReports(lang);
  });

  it('SIGTERM at any moment, several times: never a partial report or a temporary file', async () => {
    for (const after of [1, 4]) {
      let changed = 0;
      const r = await interrupt('SIGTERM', () => ++changed >= after * 40);
      // Finished first (1), stopped by the handler (143), or killed while Node itself was still starting (no handler yet, and no file open).
      expect(r.code === 1 || r.code === 143 || r.signal === 'SIGTERM').toBe(true);
      expect(leftoverTemporaryFiles(out)).toEqual([]);
      expectWholeReports();
    }
  });

  it('SIGKILL, which no program can handle: a temporary file may stay, but every report is whole', async () => {
    const r = await interrupt('SIGKILL', temporary);
    expect(r.signal === 'SIGKILL' || r.code === 1).toBe(true);
    expectWholeReports();
  });
});

// ── The register is never written to ─────────────────────────────────────────

describe('no command writes to the register', () => {
  const dir = tempDir();
  beforeAll(() => {
    mkdirSync(join(dir, 'parts'));
    mkdirSync(join(dir, 'data'));
    mkdirSync(join(dir, 'copy'));
    writeFileSync(
      join(dir, 'promises.yaml'),
      `${HEADER}include: [parts/*.yaml]
campaigns:
  launch: { name: Launch, launch: 2026-12-01, promises: [fast] }
promises:
  - id: fast
    statement: Delivered in two days
    tier: hygiene
    owner: logistics
    touchpoints: [webshop]
    announce: 2026-01-01
    claims: ["two days"]
    evidence:
      - { touchpoint: webshop, kind: metric, summary: Delivery days, by: logistics, target: "<= 2", data: { file: data/days.csv, column: days, stat: mean, date_column: day } }
`,
    );
    writeFileSync(join(dir, 'parts', 'phone.yaml'), 'promises:\n  - { id: answered, statement: We answer, tier: hygiene, owner: marketing, touchpoints: [phone] }\n');
    writeFileSync(join(dir, 'data', 'days.csv'), 'day,days\n2026-11-01,2.5\n2026-11-02,3.5\n');
    writeFileSync(join(dir, 'copy', 'page.md'), 'Delivered in two days, always.\n');
  });

  /** Every file of the register: the root, the included part, the data file. */
  const registerFiles = () => ({ ...folderState(dir), ...prefixed('parts'), ...prefixed('data') });
  const prefixed = (sub: string) => Object.fromEntries(Object.entries(folderState(join(dir, sub))).map(([k, v]) => [`${sub}/${k}`, v]));

  const commands: [string, string[], number][] = [
    ['validate', ['validate'], 0],
    ['validate --format json', ['validate', '--format', 'json'], 0],
    ['check', ['check', '--as-of', '2026-11-24'], 1],
    ...(['json', 'markdown', 'html', 'sarif', 'junit', 'github', 'csv'] as const).map((f): [string, string[], number] => [`check --format ${f}`, ['check', '--format', f], 1]),
    ['check -o another file', ['check', '-o', 'report.txt'], 1],
    ['check -o the register (refused)', ['check', '-o', 'promises.yaml'], 2],
    ['check --report over an included part (refused)', ['check', '--report', 'json=parts/phone.yaml'], 2],
    ['check --report over a data file (refused)', ['check', '--report', 'csv=data/days.csv'], 2],
    ['check --copy', ['check', 'promises.yaml', '--copy', 'copy'], 1],
    ['scan', ['scan', 'copy', '--register', 'promises.yaml'], 1],
    ['explain', ['explain', 'fast'], 0],
    ['explain --format json', ['explain', 'fast', '--format', 'json'], 0],
    ['init on the register (refused)', ['init', 'promises.yaml'], 2],
    ['init on an included part (refused)', ['init', 'parts/phone.yaml'], 2],
    ['init elsewhere', ['init', 'new.yaml'], 0],
    ['schema -o the register (refused)', ['schema', '-o', 'promises.yaml'], 2],
    ['schema -o another file', ['schema', '-o', 'register.schema.json'], 0],
  ];

  it.each(commands)('%s', async (_name, argv, code) => {
    const before = registerFiles();
    const r = await run(argv, { cwd: dir });
    expectCleanRun(r);
    expect(r.code, r.stderr).toBe(code);
    if (code === 2) expect(r.stderr).toMatch(/^promise-audit: (refusing|`.+` already exists)/);
    // Same bytes, same modification time, in every file the register is made of.
    const after = registerFiles();
    for (const [file, state] of Object.entries(before)) if (/^(promises\.yaml|parts\/|data\/)/.test(file)) expect(after[file], file).toEqual(state);
  });

  it('nor does the binary', () => {
    const before = registerFiles();
    const some = ['check', 'check -o another file', 'check -o the register (refused)', 'check --report over an included part (refused)', 'explain', 'init on the register (refused)', 'schema -o the register (refused)'];
    for (const [name, argv, code] of commands) if (some.includes(name)) expect(bin(argv, dir).status, name).toBe(code);
    const after = registerFiles();
    for (const [file, state] of Object.entries(before)) if (/^(promises\.yaml|parts\/|data\/)/.test(file)) expect(after[file], file).toEqual(state);
  });
});
