/**
 * The only I/O of the scan: which files to search (paths, folders and globs,
 * honouring `.gitignore`), and reading them one at a time — skipping binary
 * and huge files with a note — then handing each one's text to the pure
 * `scanText`.
 *
 * `.gitignore` semantics (negation, directory-only patterns, anchoring,
 * nested files, `**`) are subtle, so they come from `ignore`, the pure-JS
 * implementation ESLint and Prettier use; globs are matched with `picomatch`
 * (no dependencies). The folder walk is ours, so an ignored folder such as
 * `node_modules` is never entered at all.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import type { CopyNote, CopyScan } from '../types.js';
import type { PatternSet } from './phrases.js';
import { formatOf, scanText, type FileScan, type TextFormat } from './scan.js';

/** 5 MB: far beyond any page of copy; bigger files are data dumps or logs. */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
/** Folders never searched, whatever `.gitignore` says. */
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);

/** A path or glob on the command line that names nothing. */
export class CopyPathError extends Error {
  override readonly name = 'CopyPathError';
  constructor(
    readonly code: 'notFound' | 'noMatch' | 'unreadable',
    readonly path: string,
    /** For `unreadable`: the system's error code (EACCES). */
    readonly reason?: string,
  ) {
    super(`${code}: ${path}`);
  }
}

export interface CopyFile {
  absolute: string;
  /** As shown in reports: relative to the working folder, with `/`. */
  display: string;
  format: TextFormat;
  /** Named on the command line on its own, not found in a folder or by a glob: it must be read. */
  named?: true;
}

export interface ListOptions {
  cwd: string;
  /** Files, folders and globs; `!glob` leaves files out. Default: the working folder. */
  paths: readonly string[];
  /** Honour `.gitignore` files (default true). */
  gitignore?: boolean;
  /** Files never to search, such as the register itself. */
  exclude?: readonly string[];
}

/** The files to search, sorted by display path. Throws CopyPathError for a path or glob that names nothing. */
export function listCopyFiles(options: ListOptions): CopyFile[] {
  const cwd = options.cwd;
  const useGitignore = options.gitignore ?? true;
  const given = options.paths.length > 0 ? options.paths : ['.'];
  // Both the path and its real path, so each file is compared without a realpath call of its own.
  const excluded = new Set((options.exclude ?? []).flatMap((p) => [resolve(cwd, p), real(p)]));
  const negated = given.filter((p) => p.startsWith('!')).map((p) => picomatch(toPosix(p.slice(1)), { dot: true }));
  const found = new Map<string, CopyFile>();
  const add = (absolute: string, format: TextFormat, named = false) => {
    const display = displayPath(absolute, cwd);
    if (negated.some((m) => m(display)) || excluded.has(absolute)) return;
    found.set(absolute, named || found.get(absolute)?.named ? { absolute, display, format, named: true } : { absolute, display, format });
  };
  const ignores = new IgnoreRules(useGitignore);

  for (const arg of given) {
    if (arg.startsWith('!')) continue;
    const scanned = picomatch.scan(toPosix(arg));
    if (scanned.isGlob) {
      const base = resolve(cwd, scanned.base || '.');
      const match = picomatch(scanned.glob, { dot: false });
      const before = found.size;
      if (isDirectory(base)) {
        for (const file of ignores.walk(base)) {
          const format = formatOf(file);
          if (format && match(toPosix(relative(base, file)))) add(file, format);
        }
      }
      if (found.size === before) throw new CopyPathError('noMatch', arg);
      continue;
    }
    const absolute = resolve(cwd, arg);
    let st;
    try {
      st = statSync(absolute);
    } catch {
      throw new CopyPathError('notFound', arg);
    }
    if (st.isDirectory()) {
      for (const file of ignores.walk(absolute)) {
        const format = formatOf(file);
        if (format) add(file, format);
      }
    } else {
      // A file named on its own is searched whatever its name: as plain text when the extension says nothing.
      add(absolute, formatOf(absolute) ?? 'text', true);
    }
  }
  return [...found.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
}

export interface ScanFilesOptions {
  maxFileSize?: number;
  /** Called after each file; the CLI draws a progress line from it. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Reads and searches every file, in order. Reading is synchronous, one file at
 * a time: for a content repository — thousands of small files on a local
 * disk — each asynchronous call costs several times a synchronous one
 * (measured on 20,000 files: about 1.7 s of fs/callback overhead against
 * 0.35 s), and the search itself is CPU work on the same thread anyway.
 */
export async function scanFiles(files: readonly CopyFile[], set: PatternSet, options: ScanFilesOptions = {}): Promise<CopyScan> {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const scan: CopyScan = { files: [], mentions: [], generic: [], suppressions: [], notes: [] };
  files.forEach((file, i) => {
    const read = readCopy(file, maxFileSize);
    // A file named on its own that cannot be read leaves the search without what it was asked for.
    if ('code' in read && read.code === 'unreadable' && file.named) throw new CopyPathError('unreadable', file.display, read.reason);
    if ('code' in read) {
      scan.notes.push(read);
    } else {
      const r = scanText(file.display, read.text, file.format, set);
      scan.files.push(file.display);
      if (read.note) scan.notes.push(read.note);
      for (const m of r.mentions) scan.mentions.push(m);
      for (const g of r.generic) scan.generic.push(g);
      for (const s of r.suppressions) scan.suppressions.push(s);
      for (const n of r.notes) scan.notes.push(n);
    }
    options.onProgress?.(i + 1, files.length);
  });
  return scan;
}

type Read = { text: string; note?: CopyNote } | CopyNote;

function readCopy(file: CopyFile, maxFileSize: number): Read {
  let bytes: Buffer;
  try {
    const got = readBytes(file.absolute, maxFileSize);
    if (typeof got === 'number') return { code: 'tooLarge', file: file.display, size: got, max: maxFileSize };
    bytes = got;
  } catch (error) {
    return { code: 'unreadable', file: file.display, reason: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  // UTF-16 with a byte-order mark (Windows tools write it): NUL bytes, but text.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  if (bytes.indexOf(0) >= 0) return { code: 'binary', file: file.display };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (isUtf8(body)) return { text: body.toString('utf8') };
  // Old Finnish copy is often Windows-1252 (ä = 0xE4): read it so, and say so.
  return { text: new TextDecoder('windows-1252').decode(body), note: { code: 'notUtf8', file: file.display } };
}

/** A file's bytes, or its size when it is over the limit: one open, one fstat, one read. */
function readBytes(path: string, max: number): Buffer | number {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > max) return size;
    const buffer = Buffer.allocUnsafe(size);
    let offset = 0;
    while (offset < size) {
      const n = readSync(fd, buffer, offset, size - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    return offset < size ? buffer.subarray(0, offset) : buffer;
  } finally {
    closeSync(fd);
  }
}

/**
 * The `.gitignore` files that apply while walking: those of the repository
 * from its root down to the folder walked (and `.git/info/exclude`), then
 * each folder's own as the walk enters it. A deeper file's rule wins, as in git.
 */
class IgnoreRules {
  private readonly cache = new Map<string, Ignore | null>();
  constructor(private readonly enabled: boolean) {}

  /** Every file under `dir`, depth first, in name order; ignored folders are not entered. */
  walk(dir: string): string[] {
    const layers = this.enabled ? this.ancestors(dir) : [];
    const out: string[] = [];
    this.visit(dir, layers, out);
    return out;
  }

  private visit(dir: string, layers: Layer[], out: string[]): void {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // unreadable folder: nothing to search in it
    }
    const own = this.enabled ? this.layerOf(dir) : null;
    const here = own ? [...layers, own] : layers;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        // Links to files are followed; links to folders are not (no cycles).
        try {
          isFile = statSync(path).isFile();
        } catch {
          isFile = false;
        }
        isDir = false;
      }
      if (isDir) {
        if (ALWAYS_SKIPPED.has(entry.name) || ignored(here, path, true)) continue;
        this.visit(path, here, out);
      } else if (isFile && !ignored(here, path, false)) {
        out.push(path);
      }
    }
  }

  /** The layers that apply to `dir` from above: the repository's root down to `dir`'s parent. */
  private ancestors(dir: string): Layer[] {
    const chain: string[] = [];
    let root: string | null = null;
    for (let d = dirname(dir); ; d = dirname(d)) {
      chain.unshift(d);
      if (existsSync(join(d, '.git'))) {
        root = d;
        break;
      }
      if (dirname(d) === d) break;
    }
    if (existsSync(join(dir, '.git'))) return this.exclude(dir);
    if (root === null) return [];
    const layers = this.exclude(root);
    for (const d of chain.slice(chain.indexOf(root))) {
      const layer = this.layerOf(d);
      if (layer) layers.push(layer);
    }
    return layers;
  }

  private exclude(root: string): Layer[] {
    const ig = this.load(join(root, '.git', 'info', 'exclude'));
    return ig ? [{ base: root, ig }] : [];
  }

  private layerOf(dir: string): Layer | null {
    const ig = this.load(join(dir, '.gitignore'));
    return ig ? { base: dir, ig } : null;
  }

  private load(file: string): Ignore | null {
    if (this.cache.has(file)) return this.cache.get(file)!;
    let ig: Ignore | null = null;
    try {
      ig = ignore().add(readFileSync(file, 'utf8'));
    } catch {
      // no such file
    }
    this.cache.set(file, ig);
    return ig;
  }
}

interface Layer {
  base: string;
  ig: Ignore;
}

function ignored(layers: readonly Layer[], path: string, isDir: boolean): boolean {
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i]!;
    const rel = relative(layer.base, path);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) continue;
    const result = layer.ig.test(toPosix(rel) + (isDir ? '/' : ''));
    if (result.ignored) return true;
    if (result.unignored) return false;
  }
  return false;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? toPosix(rel) : toPosix(absolute);
}
