/**
 * Statistics over raw observations. Pure and exact for small samples.
 *
 * Percentiles use the nearest-rank definition: pXX is the smallest observed
 * value such that at least XX % of the observations are at or below it. A
 * delivery promise reads "90 % of orders arrive within N days", and with
 * nearest rank that sentence holds exactly for the reported N, which is
 * always a value that was really observed (no interpolation between orders).
 * The median is the conventional one: the middle value, or the mean of the
 * two middle values.
 */
import { compare, type Comparison } from '../../target.js';

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Nearest-rank percentile, 0 < p <= 100. */
export function percentile(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[rank - 1] as number;
}

/** Share of values meeting the condition, as a percentage 0–100. */
export function share(values: readonly number[], op: Comparison, bound: number): number {
  let hits = 0;
  for (const v of values) if (compare(v, op, bound)) hits++;
  return (hits / values.length) * 100;
}

/** CSAT: share of answers 4 or 5 on a 1–5 scale, as a percentage. */
export function csat(values: readonly number[]): number {
  return share(values, '>=', 4);
}

/** NPS: promoters (9–10) minus detractors (0–6) on a 0–10 scale, −100 to 100. */
export function nps(values: readonly number[]): number {
  let promoters = 0;
  let detractors = 0;
  for (const v of values) {
    if (v >= 9) promoters++;
    else if (v <= 6) detractors++;
  }
  return ((promoters - detractors) / values.length) * 100;
}

/** Rounds for display and comparison: statistics are reported to 4 decimals. */
export function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
