/**
 * JSON for reports: `JSON.stringify` with two-space indentation and a final
 * line break, and some characters written as escapes that every JSON parser
 * reads back as the same string. JSON.stringify escapes C0 controls but
 * leaves others raw, and a JSON report is often printed to a terminal or a
 * CI log, where they act: DEL and C1 controls (U+009B is a CSI), bidi
 * controls (which reorder the text shown: Trojan Source) and the line and
 * paragraph separators. And `##[` becomes `##\u005b`, so that a report
 * printed into a GitHub Actions log cannot start a legacy workflow command
 * (`##[error]…` anywhere in a line; see terminal-safe.ts). All of them occur
 * in JSON text only inside strings.
 */
// eslint-disable-next-line no-control-regex
const ACTING = /[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const RAW = new RegExp(`${ACTING.source}|##\\[`, 'g');

/**
 * The text with those escapes. Most text has none: looking for the characters
 * and, apart, for `##[` costs less than the replace's own search for either
 * (which matters for the hundreds of megabytes of a large report).
 */
function escapeActing(text: string): string {
  if (!ACTING.test(text) && !text.includes('##[')) return text;
  return text.replace(RAW, (m) => (m === '##[' ? '##\\u005b' : `\\u${m.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

export function jsonText(value: unknown): string {
  return `${jsonInline(value, 0)}\n`;
}

/**
 * The same text for a value nested `depth` levels deep in a larger document,
 * as JSON.stringify(document, null, 2) writes it there (no final line break):
 * the JSON report is written piece by piece (report/json.ts). The value is
 * stringified inside `depth` arrays and cut out, which indents it exactly so.
 */
export function jsonInline(value: unknown, depth: number): string {
  let wrapped: unknown = value;
  for (let d = 0; d < depth; d++) wrapped = [wrapped];
  const text = escapeActing(JSON.stringify(wrapped, null, 2));
  // `depth` times "[\n" plus indentation before, as many "\n" + indentation + "]" after.
  const before = depth * 2 + depth * (depth + 1);
  const after = depth * 2 + depth * (depth - 1);
  return text.slice(before, text.length - after);
}

/**
 * Items per JSON.stringify call in jsonArrayPieces: enough that the cost of a
 * call is shared, few enough that a piece's text (some 40,000 characters for
 * promises) stays a young, small string that the garbage collector frees
 * cheaply; pieces of a few hundred items cost no less time and hold more
 * memory on large registers.
 */
const ITEMS_PER_PIECE = 16;

/**
 * An array nested `depth` levels deep, exactly as jsonInline writes it, made
 * and handed out in pieces of a few items: "[" with the first items,
 * then "," and the next items, ..., then the closing line. One stringify call
 * per item would cost more than the items' text; one for all would hold the
 * whole text of a large report. `toJson` makes each item's value just before
 * it is written, so only a piece's worth of them lives at a time.
 */
export function* jsonArrayPieces<T>(items: readonly T[], toJson: (item: T) => unknown, depth: number): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  // jsonInline of a piece's items is "[" + items + "\n" + indentation + "]": the items are cut out of it.
  const close = `\n${'  '.repeat(depth)}]`;
  for (let start = 0; start < items.length; start += ITEMS_PER_PIECE) {
    const values: unknown[] = [];
    const end = Math.min(start + ITEMS_PER_PIECE, items.length);
    for (let i = start; i < end; i++) values.push(toJson(items[i] as T));
    const text = jsonInline(values, depth);
    yield start === 0 ? text.slice(0, -close.length) : `,${text.slice(1, -close.length)}`;
  }
  yield close;
}
