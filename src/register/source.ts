/**
 * A register's source: its name and text, and the way from a register path to
 * a position. Positions are computed only for what gets reported.
 */
import type { Position } from '../types.js';
import type { ParsedSource, RegisterPath } from './parse.js';
import { LineIndex } from './positions.js';

export class RegisterSource {
  readonly lines: LineIndex;

  constructor(
    /** The file name as given by the user. */
    readonly file: string,
    /** The decoded text (without a byte-order mark). */
    readonly text: string,
    private readonly parsed?: ParsedSource,
  ) {
    this.lines = new LineIndex(text);
  }

  at(offset: number): Position {
    return { file: this.file, ...this.lines.at(offset) };
  }

  /** Where the node at `path` starts (its key with part 'key'). */
  position(path: RegisterPath, part: 'key' | 'value' = 'value'): Position {
    return this.at(this.parsed ? this.parsed.offsetOf(path, part) : 0);
  }
}
