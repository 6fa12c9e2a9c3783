/** What every robustness test checks about a run, and a folder's state before and after it. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { RunResult } from '../helpers/cli.js';

/** A line of a JavaScript stack trace (`    at fn (file.js:1:2)`), or Node's own error dump. */
export const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$|^\s*at (?:async )?\S+ \(|node:internal|triggerUncaughtException|^\w*Error: /m;

/** Exit code 0, 1 or 2, no stack trace, no internal-error note. */
export function expectCleanRun(r: RunResult | { code: number | null; stdout: string; stderr: string }): void {
  expect([0, 1, 2]).toContain(r.code);
  expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
  expect(r.stdout + r.stderr).not.toMatch(/internal error/);
}

export interface FileState {
  size: number;
  mtimeMs: number;
  sha256: string;
}

/** Every file in a folder (not below), with its size, mtime and checksum. */
export function folderState(dir: string): Record<string, FileState> {
  const out: Record<string, FileState> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const st = statSync(path);
    if (!st.isFile()) continue;
    // Sparse files of 64 MiB are compared by size and mtime only.
    const sha256 = st.size > 8 * 1024 * 1024 ? '' : createHash('sha256').update(readFileSync(path)).digest('hex');
    out[name] = { size: st.size, mtimeMs: st.mtimeMs, sha256 };
  }
  return out;
}

/** Names of temporary files a write left behind (`.<name>.<pid>.<hex>.tmp`). */
export function leftoverTemporaryFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => /^\..+\.\d+\.[0-9a-f]+\.tmp$/.test(name));
}

/**
 * The value, and how long it took in milliseconds, for in-process runs: the
 * lesser of the wall clock (which other processes on the same cores inflate)
 * and the CPU time of this process (which the garbage collector's helper
 * threads inflate), so that a time limit measures the work.
 */
export async function timed<T>(f: () => Promise<T>, limitMs = Infinity): Promise<[T, number]> {
  const once = async (): Promise<[T, number]> => {
    const cpu = process.cpuUsage();
    const wall = performance.now();
    const value = await f();
    const used = process.cpuUsage(cpu);
    return [value, Math.min(performance.now() - wall, (used.user + used.system) / 1000)];
  };
  const first = await once();
  // Over the limit on a busy machine: the best of two runs says what the work takes.
  if (first[1] <= limitMs) return first;
  const second = await once();
  return [first[0], Math.min(first[1], second[1])];
}
