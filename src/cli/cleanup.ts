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
let printing: Printing = { report: false };

/**
 * What a command prints on standard output: a report (one cut short by a
 * closed pipe is worth a warning; a line such as init's `wrote …` is not),
 * and whether the command has `-o FILE` to keep a report whole.
 */
export interface Printing {
  report: boolean;
  outputOption?: boolean;
}

/** The catalogue the run speaks, once the command knows it (from --lang or the register's locale), and what it prints. */
export function speakIn(t: Catalogue, prints: Printing): void {
  language = t;
  printing = prints;
}

/** The run's catalogue, if a command has chosen one yet. */
export function spokenCatalogue(): Catalogue | undefined {
  return language;
}

/** What the command under way prints (nothing of a report before a command has started). */
export function prints(): Printing {
  return printing;
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
