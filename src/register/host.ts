/**
 * What the loader may ask of the outside world to read a register that spans
 * several files: a file's bytes and the files a glob matches. The CLI gives a
 * file-system host; tests give an in-memory one. Every path is relative to the
 * root register's folder and uses `/`; the loader never asks for a path that
 * leads outside that folder.
 */
import { posix } from 'node:path';

/** Why a path that is there gives no bytes. */
export type Unreadable =
  | { reason: 'directory' }
  /** A symbolic link to a file outside the root register's folder. */
  | { reason: 'outside' }
  /** A pipe, a device or a socket: reading it could block, or never end. */
  | { reason: 'notFile' }
  /** The system refused: its error code (EACCES, ELOOP, ENAMETOOLONG…). */
  | { reason: 'system'; code: string };

export interface RegisterHost {
  /** The file's bytes, or why there are none. */
  read(path: string): Uint8Array | 'missing' | Unreadable;
  /** Files matching a glob (`*`, `**`, `?`), sorted. */
  glob(pattern: string): string[];
}

export const GLOB_CHARS = /[*?[\]{}]/;

/**
 * `target` named in a file at `from` (both relative to the root folder), as a
 * normalised path relative to the root folder — or null when it leads outside
 * that folder (or is absolute).
 */
export function resolveInside(from: string, target: string): string | null {
  if (target.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(target) || target.includes('\0')) return null;
  const joined = posix.normalize(posix.join(posix.dirname(from), target.replace(/\\/g, '/')));
  if (joined === '..' || joined.startsWith('../') || joined.startsWith('/')) return null;
  return joined.replace(/^\.\//, '');
}

/** A glob as a regular expression over `/`-separated relative paths. */
export function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        // `**/` matches any number of folders, including none.
        const slash = pattern[i + 2] === '/';
        re += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
