/**
 * Targets of measured evidence (`<= 2`, `>= 90`): how they are written, and
 * whether a figure meets one. The audit, the data files' statistics and the
 * messages share them, so they depend on nothing else.
 */

/** A comparison and a number: `<= 2`, `>= 90`, `== 0`. */
export const TARGET_PATTERN = /^\s*(<=|>=|==|<|>)\s*(-?\d+(?:\.\d+)?)\s*$/;

export type Comparison = '<' | '<=' | '>' | '>=' | '==' | '!=';

export function compare(value: number, op: Comparison, bound: number): boolean {
  switch (op) {
    case '<':
      return value < bound;
    case '<=':
      return value <= bound;
    case '>':
      return value > bound;
    case '>=':
      return value >= bound;
    case '==':
      return value === bound;
    case '!=':
      return value !== bound;
  }
}

/** `<= 2` → does `actual` meet it? */
export function meetsTarget(actual: number, target: string): boolean {
  const t = parsedTarget(target);
  return t !== null && compare(actual, t.op, t.bound);
}

// A register repeats a handful of targets ("<= 2", ">= 95") on thousands of
// evidence items: each is parsed once. Bounded, like the date memo.
const targets = new Map<string, { op: Comparison; bound: number } | null>();
function parsedTarget(target: string): { op: Comparison; bound: number } | null {
  let t = targets.get(target);
  if (t === undefined) {
    const m = TARGET_PATTERN.exec(target);
    t = m === null ? null : { op: m[1] as Comparison, bound: Number(m[2]) };
    if (targets.size >= 10_000) targets.clear();
    targets.set(target, t);
  }
  return t;
}

/**
 * A measured figure as people read it: to two decimals (91.6667 → 91.67),
 * unless that would put it on the other side of its target (84.996 against
 * `>= 85`), where it is shown as it is. Machine formats keep the figure whole.
 */
export function readableFigure(actual: number, target?: string): number;
export function readableFigure(actual: string, target?: string): string;
export function readableFigure(actual: number | string, target?: string): number | string {
  // Already written out for a document (report/shared/locale-format.ts), rounded there.
  if (typeof actual !== 'number') return actual;
  const shown = Math.round(actual * 100) / 100;
  if (target !== undefined && parsedTarget(target) !== null && meetsTarget(actual, target) !== meetsTarget(shown, target)) return actual;
  return shown;
}

/**
 * Whether a number written with a comma (`1,250`) may be a thousands separator
 * as well as a decimal comma: one to three digits, not starting with 0, then
 * exactly three. `0,250` and `2,5` can only be decimals. No figure is guessed
 * from such text.
 */
export function ambiguousComma(number: string): boolean {
  return /^[+-]?[1-9]\d{0,2},\d{3}$/.test(number.trim());
}

/** A target written with a decimal comma (`<= 2,5`), as it must be written: `<= 2.5`; else undefined. */
export function commaTarget(value: unknown): string | undefined {
  const m = typeof value === 'string' ? /^\s*(?:<=|>=|==|<|>)\s*([+-]?\d+,\d+)\s*$/.exec(value) : null;
  // `>= 1,000` may be a thousand (a thousands separator): no guess.
  return m && !ambiguousComma(m[1]!) ? (value as string).trim().replace(/(\d),(\d)/, '$1.$2') : undefined;
}
