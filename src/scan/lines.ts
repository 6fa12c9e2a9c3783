/**
 * Offsets in a copy file → 1-based line and column. Columns count UTF-16 code
 * units (as editors and SARIF do); a line ends at LF, CRLF or a lone CR. The
 * table of line starts is built on the first look-up, so files without hits
 * never pay for it.
 */
export class LineIndex {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  at(offset: number): { line: number; column: number } {
    const starts = (this.starts ??= lineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'), cr = text.indexOf('\r'); i >= 0 || cr >= 0; ) {
    if (cr >= 0 && (i < 0 || cr < i)) {
      // A lone CR ends a line; CRLF is handled at its LF.
      if (text.charCodeAt(cr + 1) !== 0x0a) starts.push(cr + 1);
      cr = text.indexOf('\r', cr + 1);
    } else {
      starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
  }
  return starts;
}
