/**
 * Offsets → 1-based line and column. Columns count UTF-16 code units, which is
 * what JavaScript string offsets already are and what SARIF's default
 * `columnKind` (utf16CodeUnits) and most editors expect.
 *
 * The line table is built once per source and only on the first look-up, so a
 * register without findings never pays for it.
 */
export interface LineColumn {
  line: number;
  column: number;
}

export class LineIndex {
  private starts: Int32Array | undefined;
  /** The line of the last look-up. */
  private last = 0;

  constructor(private readonly text: string) {}

  // A typed array, counted first and then filled: a large register has
  // millions of lines, which an array grown by push holds at twice the room.
  private table(): Int32Array {
    if (this.starts) return this.starts;
    const text = this.text;
    let starts: Int32Array;
    if (!text.includes('\r')) {
      // The usual case, by line breaks alone: indexOf is many times faster than a loop over every character.
      let count = 1;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
      starts = new Int32Array(count);
      let k = 1;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
    } else {
      const list = [0];
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) list.push(i + 1);
        else if (c === 13 && text.charCodeAt(i + 1) !== 10) list.push(i + 1);
      }
      starts = Int32Array.from(list);
    }
    this.starts = starts;
    return starts;
  }

  at(offset: number): LineColumn {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineIndexOf(clamped);
    return { line: line + 1, column: clamped - (this.starts as Int32Array)[line]! + 1 };
  }

  /**
   * The 0-based line that holds `offset` (0 ≤ offset ≤ text length). An audit
   * asks in register order, so the answer is most often the last one or a few
   * lines after it: those are tried before a binary search of the whole table.
   */
  lineIndexOf(offset: number): number {
    const starts = this.table();
    let lo = this.last;
    if ((starts[lo] as number) <= offset) {
      const stop = Math.min(lo + 8, starts.length - 1);
      while (lo < stop && (starts[lo + 1] as number) <= offset) lo++;
      if (lo < stop || lo === starts.length - 1) return (this.last = lo);
    } else {
      lo = 0;
    }
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return (this.last = lo);
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string | undefined {
    const starts = this.table();
    const start = starts[line - 1];
    if (start === undefined) return undefined;
    const next = starts[line];
    let end = next === undefined ? this.text.length : next;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return this.text.slice(start, end);
  }

  get lineCount(): number {
    return this.table().length;
  }
}
