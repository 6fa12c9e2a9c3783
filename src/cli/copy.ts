/**
 * Searching copy from the command line (`scan`, `check --copy`): list the
 * files, compile the register's claims, scan with a progress line on a
 * terminal, and turn a path that names nothing into a user error.
 */
import type { Catalogue } from '../i18n/en.js';
import type { Register } from '../register/load.js';
import type { CopyPathError } from '../scan/files.js';
import type { CopyScan } from '../types.js';
import { UserError } from './errors.js';
import type { CliIO } from './io.js';

export interface CopyCliOptions {
  /** false with --no-gitignore. */
  gitignore?: boolean;
  maxFileSize?: number;
}

function copyPathMessage(error: CopyPathError, t: Catalogue): string {
  switch (error.code) {
    case 'notFound':
      return t.scan.pathNotFound({ path: error.path });
    case 'noMatch':
      return t.scan.noMatch({ pattern: error.path });
    case 'unreadable':
      return t.scan.cannotRead({ path: error.path, reason: error.reason ?? '' });
  }
}

/** Progress appears only on a terminal, and only once a scan has run this long. */
const PROGRESS_AFTER_MS = 1000;
const PROGRESS_EVERY_MS = 100;

export async function scanCopy(paths: readonly string[], register: Register, registerFiles: readonly string[], options: CopyCliOptions, io: CliIO, t: Catalogue): Promise<CopyScan> {
  const [{ compilePatterns }, { CopyPathError, listCopyFiles, scanFiles }] = await Promise.all([import('../scan/phrases.js'), import('../scan/files.js')]);
  const progress = io.stderr.isTTY ? progressLine(io, t) : undefined;
  try {
    const files = listCopyFiles({ cwd: io.cwd, paths, gitignore: options.gitignore, exclude: registerFiles });
    const patterns = compilePatterns(register.promises.map((p) => ({ promise: p.id, claims: p.claims ?? [] })));
    return await scanFiles(files, patterns, { maxFileSize: options.maxFileSize, onProgress: progress?.update });
  } catch (error) {
    // A path that names nothing, or a file named on its own that cannot be read: nothing is searched.
    if (error instanceof CopyPathError) throw new UserError(copyPathMessage(error, t));
    throw error;
  } finally {
    progress?.clear();
  }
}

/** A line on standard error, redrawn in place: the only clock reads here, and they never reach a report. */
function progressLine(io: CliIO, t: Catalogue) {
  const started = Date.now();
  let last = 0;
  let shown = false;
  return {
    update(done: number, total: number) {
      const now = Date.now();
      if (now - started < PROGRESS_AFTER_MS || (now - last < PROGRESS_EVERY_MS && done < total)) return;
      last = now;
      shown = true;
      io.stderr.write(`\r${t.scan.progress({ done, total })}\u001b[K`);
    },
    clear() {
      if (shown) io.stderr.write('\r\u001b[K');
    },
  };
}
