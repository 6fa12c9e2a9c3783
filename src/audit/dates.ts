/**
 * Calendar-day arithmetic on ISO dates (YYYY-MM-DD strings). Dates have no
 * time or time zone; UTC is used only as a neutral calendar, so the result
 * does not depend on where the audit runs. ISO strings compare correctly as
 * strings.
 */
const DAY_MS = 86_400_000;

// The audit does date arithmetic on every evidence item of a large register:
// days are computed from the digits (no Date, no split), and the few thousand
// distinct days turned back into text are remembered. Bounded, so a long run
// (a library user auditing many registers) does not grow without end.
const MEMO_LIMIT = 50_000;
const dateOf = new Map<number, string>();

/** Days since 1970-01-01 of a YYYY-MM-DD date (a day past a month's end runs on into the next, as Date.UTC does). */
function toDays(date: string): number {
  const y = digits(date, 0, 4);
  const m = digits(date, 5, 2);
  const d = digits(date, 8, 2);
  // Days from the civil calendar, counting years from March so that the leap day comes last.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function digits(text: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) n = n * 10 + (text.charCodeAt(i) - 48);
  return n;
}

function fromDays(days: number): string {
  let date = dateOf.get(days);
  if (date === undefined) {
    date = new Date(days * DAY_MS).toISOString().slice(0, 10);
    if (dateOf.size >= MEMO_LIMIT) dateOf.clear();
    dateOf.set(days, date);
  }
  return date;
}

export function addDays(date: string, n: number): string {
  return fromDays(toDays(date) + n);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDays(to) - toDays(from);
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day in YYYY-MM-DD form. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  return fromDays(toDays(value)) === value;
}
