/**
 * Which path a format writes for a file. Code hosts find files by their path
 * from the repository root, which differs from the path from the working
 * folder when the audit runs in a subfolder; the CLI passes the mapping.
 */
import type { AuditResult } from '../../types.js';
import type { ReportOptions } from '../types.js';

/** The file's path from the repository root when known, else as the result gives it. */
export function repositoryFile(options: Pick<ReportOptions, 'repositoryPaths'>, file: string): string {
  const mapped = options.repositoryPaths && Object.prototype.hasOwnProperty.call(options.repositoryPaths, file) ? options.repositoryPaths[file] : undefined;
  return mapped ?? file;
}

/** Every file a result points into, the register first, each once, in order of appearance. */
export function resultFiles(result: AuditResult): string[] {
  const files = new Set<string>([result.source.file]);
  for (const p of result.promises) {
    files.add(p.location.file);
    for (const tp of p.touchpoints) for (const e of tp.evidence) files.add(e.location.file);
  }
  for (const w of result.waivers) files.add(w.location.file);
  for (const f of result.findings) files.add(f.location.file);
  return [...files];
}
