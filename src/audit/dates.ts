/**
 * Calendar-day arithmetic on ISO dates (YYYY-MM-DD strings). Dates have no
 * time or time zone; UTC is used only as a neutral calendar, so the result
 * does not depend on where the audit runs. ISO strings compare correctly as
 * strings.
 */
const DAY_MS = 86_400_000;

function toDays(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function fromDays(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
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
