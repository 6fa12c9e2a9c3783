/**
 * The register format's fixed words and patterns: ids, targets, enums. Kept
 * apart from the zod schema (schema.ts), which is built from them, so that
 * the audit and the reports can use them without loading zod.
 */

/** Kebab-case id: `two-day-delivery`. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export { TARGET_PATTERN } from '../target.js';

export const TIERS = ['hygiene', 'differentiator'] as const;
export const STAGES = ['awareness', 'consideration', 'purchase', 'waiting', 'delivery', 'use', 'aftercare'] as const;
export const EVIDENCE_KINDS = ['metric', 'survey', 'test', 'process', 'launch', 'document'] as const;
export const LOCALES = ['en', 'fi'] as const;
/** Statistics an evidence item can compute from a data file (see docs/register.md). */
export const STATS = ['mean', 'median', 'p75', 'p90', 'p95', 'p99', 'min', 'max', 'count', 'share', 'csat', 'nps'] as const;
/** A condition for `share`: a column, a comparison and a number — `wait_s <= 60`. */
export const WHERE_PATTERN = /^\s*([^\s<>=!]+)\s*(<=|>=|==|!=|<|>)\s*(-?\d+(?:[.,]\d+)?)\s*$/;
export const RULE_SEVERITIES = ['error', 'warning', 'off'] as const;

/**
 * The `locale` a register's text names on a line of its own, read before the
 * text is parsed (or when it cannot be): messages about reading it, and
 * usage errors, come in that language. `locale: fi` at the start of a line;
 * else, in a register written as JSON (its text begins with `{`), `"locale":
 * "fi",` indented least (a top-level key is indented less than any key nested in it).
 */
export function namedLocale(text: string): (typeof LOCALES)[number] | undefined {
  const top = /^["']?locale["']?[ \t]*:[ \t]*["']?(en|fi)["']?[ \t]*,?[ \t]*(?:#.*)?$/m.exec(text);
  if (top) return top[1] as (typeof LOCALES)[number];
  if (!/^\s*\{/.test(text)) return undefined;
  let least: { indent: number; locale: string } | undefined;
  for (const m of text.matchAll(/^([ \t]+)"locale"[ \t]*:[ \t]*"(en|fi)"[ \t]*[,}]?[ \t]*$/gm)) {
    if (least === undefined || m[1]!.length < least.indent) least = { indent: m[1]!.length, locale: m[2]! };
  }
  return least?.locale as (typeof LOCALES)[number] | undefined;
}
