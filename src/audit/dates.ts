/**
 * Calendar-day arithmetic on ISO dates (YYYY-MM-DD strings). Dates have no
 * time or time zone; UTC is used only as a neutral calendar, so the result
 * does not depend on where the audit runs. ISO strings compare correctly as
 * strings.
 */
const DAY_MS = 86_400_000;

// A register names a few thousand distinct days at most, and the audit does
// date arithmetic on every evidence item: remembering conversions keeps a
// large register's audit from being mostly Date objects. Bounded, so a long
// run (a library user auditing many registers) does not grow without end.
const MEMO_LIMIT = 50_000;
const daysOf = new Map<string, number>();
const dateOf = new Map<number, string>();

function toDays(date: string): number {
  let days = daysOf.get(date);
  if (days === undefined) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    days = Date.UTC(y, m - 1, d) / DAY_MS;
    if (daysOf.size >= MEMO_LIMIT) daysOf.clear();
    daysOf.set(date, days);
  }
  return days;
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
