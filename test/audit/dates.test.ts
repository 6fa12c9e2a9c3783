/**
 * Calendar arithmetic behind every "valid until", "7 days left" and expiry in
 * the reports: checked against the JavaScript calendar day by day, across
 * leap years, month ends and the century rules.
 */
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate } from '../../src/audit/dates.js';

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('calendar days', () => {
  it('agree with the calendar on every day from 1900 to 2200', () => {
    const wrong: string[] = [];
    for (let ms = Date.UTC(1900, 0, 1); ms < Date.UTC(2200, 0, 1); ms += DAY_MS) {
      const day = iso(ms);
      if (daysBetween('1970-01-01', day) !== ms / DAY_MS) wrong.push(`${day}: days`);
      if (addDays(day, 1) !== iso(ms + DAY_MS)) wrong.push(`${day}: next day`);
      if (!isIsoDate(day)) wrong.push(`${day}: refused`);
    }
    expect(wrong).toEqual([]);
  });

  it('count across leap days, year ends and a year of evidence', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-11-24', 365)).toBe('2027-11-24');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-11-24', '2026-12-01')).toBe(7);
    expect(daysBetween('2026-12-01', '2026-11-24')).toBe(-7);
  });

  it('refuse days that are not in the calendar', () => {
    for (const day of ['2026-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-01', '26-01-01', '2026-01-01T00:00']) {
      expect(isIsoDate(day), day).toBe(false);
    }
    expect(isIsoDate('2000-02-29')).toBe(true);
  });
});
