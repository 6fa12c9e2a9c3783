/**
 * Temporary files being written right now (files.ts, writeFileAtomic), so
 * that a run stopped from outside — Ctrl+C, the SIGTERM of a CI timeout, a
 * closed pipe — removes them before it exits (the bin calls `stopped()` in
 * main.ts). Kept apart from files.ts so that the entry point stays light.
 */
import { unlinkSync } from 'node:fs';

const pending = new Set<string>();

export function trackTemporary(path: string): void {
  pending.add(path);
}

export function forgetTemporary(path: string): void {
  pending.delete(path);
}

export function removeTemporaryFiles(): void {
  for (const path of pending) {
    try {
      unlinkSync(path);
    } catch {
      // already renamed into place, or never created
    }
    pending.delete(path);
  }
}
