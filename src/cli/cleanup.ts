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
let reporting = false;

/**
 * The catalogue the run speaks, once the command knows it (from --lang or the
 * register's locale), and whether what it prints is a report: one cut short
 * by a closed pipe is worth a warning; a line such as init's `wrote …` is not.
 */
export function speakIn(t: Catalogue, options: { report: boolean } = { report: true }): void {
  language = t;
  reporting = options.report;
}

/** The run's catalogue, if a command has chosen one yet. */
export function spokenCatalogue(): Catalogue | undefined {
  return language;
}

/** True once a command that prints a report has started. */
export function printsReport(): boolean {
  return reporting;
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
