/**
 * A register's sources: each file's name and text, and the way from a
 * register path to a position. Positions are computed only for what gets
 * reported.
 */
import type { Position } from '../types.js';
import type { ParsedSource, RegisterPath } from './parse.js';
import { LineIndex } from './positions.js';

/** Anything that turns a register path into a position. */
export interface Locator {
  position(path: RegisterPath, part?: 'key' | 'value'): Position;
}

/** One YAML file. */
export class RegisterSource {
  readonly lines: LineIndex;
  /** The parse's way to offsets; not the parse itself, whose value would outlive the register made from it. */
  private readonly offsetOf: ParsedSource['offsetOf'] | undefined;

  constructor(
    /** The file name as given by the user (or relative to the working folder). */
    readonly file: string,
    /** The decoded text (without a byte-order mark). */
    readonly text: string,
    parsed?: ParsedSource,
  ) {
    this.lines = new LineIndex(text);
    this.offsetOf = parsed?.offsetOf;
  }

  at(offset: number): Position {
    const { line, column } = this.lines.at(offset);
    return { file: this.file, line, column };
  }

  /** Where the node at `path` starts (its key with part 'key'). */
  position(path: RegisterPath, part: 'key' | 'value' = 'value'): Position {
    return this.at(this.offsetOf ? this.offsetOf(path, part) : 0);
  }
}

/**
 * The root file and the files it includes. Paths into the merged register
 * resolve to the file and the path each node came from: the deepest recorded
 * origin wins, and anything without one is the root's.
 */
export class RegisterSet {
  readonly sources: RegisterSource[];
  private readonly origins = new Map<string, { source: RegisterSource; path: RegisterPath; depth: number }>();
  private maxDepth = 0;

  constructor(readonly root: RegisterSource) {
    this.sources = [root];
  }

  /** The root file's name. */
  get file(): string {
    return this.root.file;
  }

  /** The root file's text. */
  get text(): string {
    return this.root.text;
  }

  add(source: RegisterSource): void {
    this.sources.push(source);
  }

  get(file: string): RegisterSource | undefined {
    return this.sources.find((s) => s.file === file);
  }

  /** Records that the merged node at `merged` is the node at `path` in `source`. */
  origin(merged: RegisterPath, source: RegisterSource, path: RegisterPath): void {
    this.origins.set(merged.join('\u0000'), { source, path, depth: merged.length });
    this.maxDepth = Math.max(this.maxDepth, merged.length);
  }

  private resolve(path: RegisterPath): { source: RegisterSource; path: RegisterPath } {
    for (let k = Math.min(path.length, this.maxDepth); k > 0; k--) {
      const o = this.origins.get(path.slice(0, k).join('\u0000'));
      if (o) return { source: o.source, path: [...o.path, ...path.slice(k)] };
    }
    return { source: this.root, path };
  }

  position(path: RegisterPath, part: 'key' | 'value' = 'value'): Position {
    // One file, nothing merged: the root's own path (an audit asks this tens of thousands of times).
    if (this.maxDepth === 0) return this.root.position(path, part);
    const r = this.resolve(path);
    return r.source.position(r.path, part);
  }

  /** The file the node at `path` was written in. */
  fileOf(path: RegisterPath): string {
    return this.resolve(path).source.file;
  }
}
