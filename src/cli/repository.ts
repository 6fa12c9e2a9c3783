/**
 * Where the register's files sit in their repository. Code hosts match
 * findings to files by their path from the repository root (GitHub code
 * scanning and annotations), which differs from the path from the working
 * folder when the audit runs in a subfolder (a monorepo package,
 * `working-directory:`).
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { resultFiles } from '../report/shared/paths.js';
import type { AuditResult } from '../types.js';

/**
 * The path of a file relative to the nearest folder above it that holds
 * `.git` (a folder, or a file in worktrees and submodules), with `/` between
 * segments; undefined outside a repository.
 */
export function repositoryPath(absolute: string): string | undefined {
  let dir = dirname(absolute);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return relative(dir, absolute).split('\\').join('/');
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** For ReportOptions.repositoryPaths: every file of the result that is in a repository. */
export function repositoryPaths(result: AuditResult, cwd: string): Record<string, string> {
  return repositoryPathsOf(resultFiles(result), cwd);
}

/** The same for any files (those an invalid register's problems point into), each keyed by its path from `cwd`. */
export function repositoryPathsOf(files: Iterable<string>, cwd: string): Record<string, string> {
  const paths: Record<string, string> = {};
  for (const file of files) {
    const path = repositoryPath(resolve(cwd, file));
    if (path !== undefined) paths[file] = path;
  }
  return paths;
}
