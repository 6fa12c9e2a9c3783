/**
 * Expected failures — a user's mistake or the world's (a missing file, a
 * folder that cannot be written) — carry a finished message and exit code 2.
 * Anything else is an internal bug: a short note, the stack only with --debug.
 */
import type { Diagnostic } from '../types.js';
import type { Catalogue } from '../i18n/en.js';
import type { Lang } from '../i18n/index.js';
import type { RegisterSet } from '../register/source.js';

export class UserError extends Error {
  override readonly name = 'UserError';
}

/** The register did not validate: its diagnostics are printed by the caller's format. */
export class InvalidRegisterError extends Error {
  override readonly name = 'InvalidRegisterError';
  /** The catalogue the diagnostics are to be printed in, and its language. */
  t?: Catalogue;
  lang?: Lang;
  /** The register's path, as found. */
  absolute?: string;
  constructor(
    readonly diagnostics: Diagnostic[],
    readonly source: RegisterSet,
  ) {
    super(`${diagnostics.length} problems in ${source.file}`);
  }
}

export function isKnownError(error: unknown): error is UserError | InvalidRegisterError {
  return error instanceof UserError || error instanceof InvalidRegisterError;
}
