/**
 * Every file the CLI touches goes through here: finding and reading the
 * register (bytes, with a size limit), and writing reports atomically — a
 * temporary file in the same folder, then a rename — so that an interrupted
 * run never leaves half a report behind.
 */
import { accessSync, closeSync, constants, fstatSync, fsyncSync, linkSync, lstatSync, openSync, readdirSync, readFileSync, readlinkSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, parse, relative, resolve, sep } from 'node:path';
import { GLOB_CHARS, type RegisterHost, type Unreadable } from '../register/host.js';
import { en } from '../i18n/en.js';
import type { Catalogue } from '../i18n/en.js';
import { forgetTemporary, trackTemporary } from './cleanup.js';
import { UserError } from './errors.js';
import type { RegisterCommand } from './load-register.js';
import { codeOf, failureReason } from './write-failure.js';

export const DEFAULT_REGISTER_NAMES = ['promises.yaml', 'promises.yml'] as const;
/** 64 MiB: far beyond any hand-written register; raise with --max-size. */
export const DEFAULT_MAX_SIZE = 64 * 1024 * 1024;

export interface RegisterFile {
  /** The name to show: relative to the working folder where possible. */
  display: string;
  absolute: string;
  bytes: Uint8Array;
}

export function findRegister(given: string | undefined, cwd: string, t: Catalogue, command: RegisterCommand): string {
  if (given) return resolve(cwd, given);
  for (const name of DEFAULT_REGISTER_NAMES) {
    const candidate = join(cwd, name);
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not there: try the next name
    }
  }
  throw new UserError(t.cli.noDefaultRegister({ dir: cwd, command }));
}

export function readRegister(absolute: string, cwd: string, maxSize = DEFAULT_MAX_SIZE, t: Catalogue = en): RegisterFile {
  const display = displayPath(absolute, cwd);
  let size: number;
  try {
    const st = statSync(absolute);
    if (st.isDirectory()) throw new UserError(t.cli.isDirectory({ file: display }));
    // A pipe or a device has no end to wait for (a FIFO without a writer blocks for ever, /dev/zero never ends).
    if (!st.isFile()) throw new UserError(t.cli.notAFile({ file: display }));
    size = st.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    if (codeOf(error) === 'ENOENT') throw new UserError(t.cli.fileNotFound({ file: display }));
    throw new UserError(t.cli.cannotRead({ file: display, reason: failureReason(error, t) }));
  }
  if (size > maxSize) throw new UserError(positioned(display, t.errors.tooLarge({ size, max: maxSize }), t));
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    // Gone, or made a folder, between the look and the read: said as the look would have said it.
    if (codeOf(error) === 'ENOENT') throw new UserError(t.cli.fileNotFound({ file: display }));
    if (codeOf(error) === 'EISDIR') throw new UserError(t.cli.isDirectory({ file: display }));
    throw new UserError(t.cli.cannotRead({ file: display, reason: failureReason(error, t) }));
  }
  // Grown between the look and the read: the limit holds for what was read.
  if (bytes.length > maxSize) throw new UserError(positioned(display, t.errors.tooLarge({ size: bytes.length, max: maxSize }), t));
  return { display, absolute, bytes };
}

/**
 * Eight hex digits for a temporary file's name. Not a secret: the file is
 * opened with O_EXCL, which is what makes it ours; this only makes a clash
 * unlikely (and keeps node:crypto out of start-up).
 */
function tempSuffix(): string {
  return Math.floor(Math.random() * 0x1_0000_0000)
    .toString(16)
    .padStart(8, '0');
}

export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  return rel && !rel.startsWith('..') && !rel.startsWith('/') ? rel.split('\\').join('/') : absolute;
}

/** True when both paths name the same file (following links). */
export function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

/** The first 64 KiB of a regular file as text (a `locale` line stands near the top; a report's kind shows in its first lines), or undefined. */
export function fileOpening(path: string): string | undefined {
  try {
    if (!statSync(path).isFile()) return undefined;
    const fd = openSync(path, 'r');
    try {
      const bytes = Buffer.alloc(64 * 1024);
      return bytes.toString('utf8', 0, readSync(fd, bytes, 0, bytes.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/** A problem of a whole file, said as the register's problems are: `file:1:1  error  message`. */
function positioned(display: string, message: string, t: Catalogue): string {
  return `${display}:1:1  ${t.cli.errorPrefix({})}  ${message}`;
}

/** The file a descriptor writes to (device and inode), or undefined when there is no such descriptor. */
export function fileOf(fd: unknown): { dev: number; ino: number } | undefined {
  if (typeof fd !== 'number') return undefined;
  try {
    const { dev, ino } = fstatSync(fd);
    return { dev, ino };
  } catch {
    return undefined;
  }
}

/** True when `path` is that file (`/dev/stdout` for standard output, or the file it was redirected to). */
export function isFileOf(path: string, file: { dev: number; ino: number }): boolean {
  try {
    const { dev, ino } = statSync(path);
    return dev === file.dev && ino === file.ino;
  } catch {
    return false;
  }
}

/**
 * Writes `content` to `target` via a temporary file in the same folder and a
 * rename, which is atomic on POSIX file systems. With `noClobber`, the final
 * step is a hard link that fails if `target` exists, so an existing file is
 * never replaced (no check-then-write race). Text may come in pieces (an
 * iterable of strings), written as they come: the JSON report of a large
 * register is hundreds of megabytes, too much to hold whole. An error while
 * the pieces are made is thrown as it is, the temporary file removed.
 */
export function writeFileAtomic(target: string, content: string | Uint8Array | Iterable<string>, options: { noClobber?: boolean; display?: string; t?: Catalogue } = {}): void {
  const t = options.t ?? en;
  const display = options.display ?? target;
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const existing = writableTarget(target, display, t);
  if (options.noClobber && existing) throw new UserError(t.cli.exists({ file: display }));
  // A device or a pipe (`-o /dev/stdout`, /dev/null, a FIFO) is written to, not
  // replaced: a rename would put a regular file where the device was.
  if (existing && !existing.isFile()) return writeDirectly(target, data, display, t);
  // A link to a file stays a link: the file it points to is replaced.
  const real = isSymbolicLink(target) && existing ? realpathSync(target) : target;
  const tmp = join(dirname(real), `.${basename(real)}.${process.pid}.${tempSuffix()}.tmp`);
  let fd: number | undefined;
  try {
    trackTemporary(tmp);
    fd = openSync(tmp, 'wx', 0o644);
    writeAll(fd, data);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (options.noClobber) {
      linkSync(tmp, real);
      unlinkSync(tmp);
    } else {
      renameSync(tmp, real);
    }
    forgetTemporary(tmp);
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already failing: the first error is the one to report
      }
    }
    try {
      unlinkSync(tmp);
    } catch {
      // the temporary file was never created, or is already gone
    }
    forgetTemporary(tmp);
    if (codeOf(error) === undefined) throw error; // not the file system's: a piece could not be made
    if (codeOf(error) === 'EEXIST' && options.noClobber) throw new UserError(t.cli.exists({ file: display }));
    throw new UserError(t.cli.cannotWrite({ file: display, reason: failureReason(error, t) }));
  }
}

/**
 * Throws what writing `target` would fail on, before anything is written: a
 * command that writes several reports (`-o` and `--report`) writes none when
 * one of them cannot be (a folder missing or not writable, a folder where the
 * file would be), rather than some. A full disk can still stop a write half-way.
 */
export function checkWritable(target: string, display: string, t: Catalogue): void {
  const existing = writableTarget(target, display, t);
  if (existing && !existing.isFile()) return; // a device or a pipe, written to as it is
  const folder = dirname(existing && isSymbolicLink(target) ? realpathSync(target) : target);
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
    accessSync(folder, constants.W_OK);
  } catch (error) {
    throw new UserError(t.cli.cannotWrite({ file: display, reason: failureReason(error, t) }));
  }
  // A file where the folder would be (`afile/r.md`) is writable too: it must be a folder.
  if (!isFolder) throw new UserError(t.cli.cannotWrite({ file: display, reason: t.cli.fileError({ code: 'ENOTDIR' }) }));
}

/** What is at `target` now (undefined: nothing), if a report may be written there. */
function writableTarget(target: string, display: string, t: Catalogue): Stats | undefined {
  let existing: Stats | undefined;
  try {
    existing = statOrUndefined(target);
  } catch (error) {
    // A link in a loop: renaming over it would silently put a file where the link was.
    throw new UserError(t.cli.cannotWrite({ file: display, reason: failureReason(error, t) }));
  }
  if (existing?.isDirectory()) throw new UserError(t.cli.cannotWrite({ file: display, reason: t.cli.fileError({ code: 'EISDIR' }) }));
  return existing;
}

/** To a device or a pipe: no temporary file, no rename, no fsync (devices refuse it). */
function writeDirectly(target: string, data: Uint8Array | Iterable<string>, display: string, t: Catalogue): void {
  let fd: number | undefined;
  try {
    fd = openSync(target, 'w');
    writeAll(fd, data);
  } catch (error) {
    if (codeOf(error) === undefined) throw error; // not the file system's: a piece could not be made
    throw new UserError(t.cli.cannotWrite({ file: display, reason: failureReason(error, t) }));
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // nothing more to say than the write's own error
      }
    }
  }
}

/** Writes bytes, or text given in pieces, whole (a write may take fewer bytes than given). */
function writeAll(fd: number, data: Uint8Array | Iterable<string>): void {
  if (data instanceof Uint8Array) return writeBytes(fd, data);
  for (const block of utf8Blocks(data)) writeBytes(fd, block);
}

/**
 * Text given in pieces as blocks of about 1 MB of UTF-8, each piece encoded
 * straight into its block: a write per piece would be a system call each,
 * and joining the pieces into one string to encode it would copy them once
 * more. Each block is a new buffer, as a stream may keep one until it is
 * written. A piece must end where a character ends (a JSON value does).
 */
export function* utf8Blocks(pieces: Iterable<string>): Generator<Uint8Array> {
  const size = 1 << 20;
  let buffer = Buffer.allocUnsafe(size);
  let used = 0;
  for (const piece of pieces) {
    // UTF-8 takes at most three bytes for each UTF-16 unit.
    const most = piece.length * 3;
    if (used + most > buffer.length) {
      if (used > 0) yield buffer.subarray(0, used);
      buffer = Buffer.allocUnsafe(Math.max(size, most));
      used = 0;
    }
    used += buffer.write(piece, used);
  }
  if (used > 0) yield buffer.subarray(0, used);
}

function writeBytes(fd: number, bytes: Uint8Array): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
}

/** The file's stats; undefined when there is none to follow to. Throws for a link in a loop. */
function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (error) {
    if (codeOf(error) === 'ELOOP') throw error;
    return undefined;
  }
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * A file-system host for a register at `rootFile`: reads files and expands
 * globs relative to the register's folder. The loader has already refused any
 * path leading outside that folder; links are followed only when they stay inside.
 */
export function fileHost(rootFile: string, limits: { maxSize?: number; t?: Catalogue; cwd?: string } = {}): RegisterHost {
  const maxSize = limits.maxSize ?? DEFAULT_MAX_SIZE;
  const rootDir = dirname(rootFile);
  const realRoot = (() => {
    try {
      return realpathSync(rootDir);
    } catch {
      return rootDir;
    }
  })();
  const absoluteRoot = resolve(rootDir);
  const isInside = (real: string) => real === realRoot || real.startsWith(realRoot + sep);
  // A folder on the way to the root (`/`, `/home`): a link may lead through it back in.
  const onTheWay = (path: string) => [realRoot, absoluteRoot].some((root) => root.startsWith(path.endsWith(sep) ? path : path + sep));
  /**
   * Whether `path` (relative to the root folder) leads out of it, links
   * followed one part at a time. The walk stops at the first step out,
   * without looking at what is there: whether a file outside the folder
   * exists, or may be read, is never told. A missing part, or a loop of
   * links, is left to the read to report.
   */
  const leadsOutside = (path: string): boolean => {
    let current = realRoot;
    const rest = path.split('/');
    for (let links = 0; rest.length > 0; ) {
      const part = rest.shift() as string;
      if (part === '' || part === '.') continue;
      const next = part === '..' ? dirname(current) : join(current, part);
      if (!isInside(next) && !onTheWay(next)) return true;
      let link: string;
      try {
        if (!lstatSync(next).isSymbolicLink()) {
          current = next;
          continue;
        }
        link = readlinkSync(next);
      } catch {
        return false;
      }
      if (++links > 40) return false;
      // Go on along the link's own parts, from where it points.
      rest.unshift(...link.split(/[\\/]/));
      if (isAbsolute(link)) current = parse(link).root;
    }
    return !isInside(current);
  };
  // Not there at all, or why the system will not give it: said as such, not as a file that does not exist.
  const refused = (error: unknown): 'missing' | Unreadable => {
    const code = codeOf(error);
    return code === undefined || code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : { reason: 'system', code };
  };
  return {
    read(path) {
      const absolute = join(rootDir, path);
      if (leadsOutside(path)) return { reason: 'outside' };
      let st: Stats;
      try {
        st = statSync(absolute);
      } catch (error) {
        return refused(error);
      }
      if (st.isDirectory()) return { reason: 'directory' };
      // A pipe or a device would block or never end.
      if (!st.isFile()) return { reason: 'notFile' };
      // Included and data files have the register's size limit, each.
      const tooLarge = (size: number) => {
        const t = limits.t ?? en;
        return new UserError(positioned(displayPath(absolute, limits.cwd ?? process.cwd()), t.errors.tooLarge({ size, max: maxSize }), t));
      };
      if (st.size > maxSize) throw tooLarge(st.size);
      try {
        const bytes = readFileSync(absolute);
        if (bytes.length > maxSize) throw tooLarge(bytes.length);
        return bytes;
      } catch (error) {
        if (error instanceof UserError) throw error;
        return refused(error);
      }
    },
    glob(pattern) {
      // Walk only below the pattern's fixed leading folders.
      const fixed = pattern.split('/');
      const base: string[] = [];
      while (fixed.length > 1 && !GLOB_CHARS.test(fixed[0] as string)) base.push(fixed.shift() as string);
      const start = join(rootDir, ...base);
      let entries: string[];
      try {
        entries = readdirSync(start, { recursive: true, encoding: 'utf8' });
      } catch {
        return [];
      }
      const prefix = base.length > 0 ? `${base.join('/')}/` : '';
      // Every match but folders: one that cannot be read (a link out of the folder, a pipe) is
      // named by the read, rather than left out without a word, and its promises with it.
      return entries
        .map((e) => prefix + e.split(sep).join('/'))
        .filter((p) => {
          try {
            const entry = lstatSync(join(rootDir, p));
            if (!entry.isSymbolicLink()) return !entry.isDirectory();
            return leadsOutside(p) || !statSync(join(rootDir, p)).isDirectory();
          } catch {
            return true;
          }
        })
        .sort();
    },
  };
}
