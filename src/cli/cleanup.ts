/**
 * What a run stopped from outside — Ctrl+C, the SIGTERM of a CI timeout, a
 * closed pipe, a full disk under standard output — needs before it exits (the
 * bin calls `stopped()` and `outputFailed()` in main.ts): the temporary files
 * being written right now (files.ts, writeFileAtomic), to remove them, and
 * the run's language, to say what happened in it. Kept apart from files.ts so
 * that the entry point stays light.
 */
import { unlinkSync } from 'node:fs';
import type { Catalogue } from '../i18n/en.js';

let language: Catalogue | undefined;

/** The catalogue the run speaks, once the command knows it (from --lang or the register's locale). */
export function speakIn(t: Catalogue): void {
  language = t;
}

/** The run's catalogue, if a command has chosen one yet. */
export function spokenCatalogue(): Catalogue | undefined {
  return language;
}

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
