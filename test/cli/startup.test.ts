/**
 * Start-up stays light: a guard that does not depend on the machine's speed.
 * It runs the built binary with NODE_DEBUG=esm,module, which makes Node name
 * every file it loads, and checks which files and how many bytes of code
 * `--version`, `--help` and a small `check` load. The timings themselves are
 * measured by `npm run bench` (bench/RESULTS.md).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

interface Meta {
  outputs: Record<string, { bytes: number; inputs: Record<string, unknown> }>;
}

/** What Node says it loads in one run. */
function debugLog(args: string[]): string {
  return spawnSync(process.execPath, [join(ROOT, 'bin/promise-audit.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_DEBUG: 'esm,module', NO_COLOR: '1' },
  }).stderr;
}

/** The built-in modules one run loads (node:fs, …). */
function builtins(args: string[]): string[] {
  return [...new Set([...debugLog(args).matchAll(/load built-in module (node:[\w/]+)/g)].map((m) => m[1] as string))].sort();
}

/** The files of the project (bundle chunks, node_modules) that one run loads. */
function loaded(args: string[]): string[] {
  const r = { stderr: debugLog(args) };
  const files = new Set<string>();
  for (const m of r.stderr.matchAll(/(?:file:\/\/|["'])(\/[^\s"']+\.(?:m?js|cjs))/g)) {
    const path = m[1] as string;
    if (path.startsWith(ROOT) && existsSync(path) && statSync(path).isFile()) files.add(relative(ROOT, path));
  }
  return [...files].sort();
}

const meta = (): Meta => JSON.parse(readFileSync(join(ROOT, 'dist/bundle/meta.json'), 'utf8')) as Meta;

/** The packages and source files bundled into the given files. */
function contents(files: string[]): { packages: Set<string>; sources: Set<string>; bytes: number } {
  const outputs = meta().outputs;
  const packages = new Set<string>();
  const sources = new Set<string>();
  let bytes = 0;
  for (const f of files) {
    bytes += statSync(join(ROOT, f)).size;
    if (f.startsWith('node_modules/')) packages.add(f.split('/')[1] as string);
    for (const input of Object.keys(outputs[f]?.inputs ?? {})) {
      if (input.startsWith('node_modules/')) packages.add(input.split('/')[1] as string);
      else sources.add(input);
    }
  }
  return { packages, sources, bytes };
}

describe('start-up', () => {
  it('is built: the bundle and its import graph exist', () => {
    expect(existsSync(join(ROOT, 'dist/bundle/cli.js')), 'run `npm run build` first').toBe(true);
  });

  it('--version loads nothing but the executable', () => {
    expect(loaded(['--version'])).toEqual(['bin/promise-audit.js']);
  });

  it('--help loads the command line and commander, nothing that reads or audits a register', () => {
    const files = loaded(['--help']);
    const { packages, sources, bytes } = contents(files);
    expect([...packages]).toEqual(['commander']);
    expect([...sources].filter((s) => /src\/(register|audit|scan)\//.test(s))).toEqual([]);
    // About 120 kB: the executable, the command line, commander (some 60 kB) and the English
    // catalogue (40 kB), which says a mistake on the command line. Anything that reads a register is far more.
    expect(bytes).toBeLessThan(130_000);
  });

  it('--help and check load no built-in module they do not use (child_process, crypto)', () => {
    for (const args of [['--help'], ['check', 'examples/ski-resort.yaml', '--format', 'json']]) {
      expect(builtins(args), args.join(' ')).toContain('node:fs');
      expect(builtins(args), args.join(' ')).not.toContain('node:child_process');
      expect(builtins(args), args.join(' ')).not.toContain('node:crypto');
    }
  });

  it('check --format json loads one reporter, no YAML library, no colours, no CSV parser', () => {
    const files = loaded(['check', 'examples/ski-resort.yaml', '--format', 'json']);
    const { packages, sources, bytes } = contents(files);
    // A valid register is read by the fast reader and passes the compiled shape check:
    // `yaml` and zod are loaded only to explain a problem.
    expect([...packages].sort()).toEqual(['commander']);
    expect(files).toContain('dist/bundle/shape-check.cjs');
    expect([...sources].filter((s) => s.startsWith('src/report/') && !/src\/report\/(index|json|types)\.ts$|src\/report\/shared\//.test(s))).toEqual([]);
    expect([...sources].filter((s) => /src\/cli\/commands\/(?!check)/.test(s))).toEqual([]);
    // About 380 kB: commander, the fast reader, the compiled shape check (150 kB), the audit and the
    // English catalogue. `yaml` (some 300 kB) or zod arriving would cross this at once.
    expect(bytes).toBeLessThan(400_000);
  });

  it('an invalid register loads yaml, which reports the problems', () => {
    const files = loaded(['check', 'examples/invalid/syntax-error.yaml']);
    expect(files.some((f) => f.startsWith('node_modules/yaml/'))).toBe(true);
  });

  it('a register with a typo loads zod, which names the problem', () => {
    const files = loaded(['check', 'examples/invalid/typo-key.yaml']);
    expect([...contents(files).packages]).toContain('zod');
  });
});
