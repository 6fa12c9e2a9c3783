/**
 * Dates and numbers in the style of the report's language, for documents
 * people read (Markdown, HTML). Machine formats (JSON, SARIF) stay ISO.
 *
 * Deterministic on purpose: dates are formatted from the parts of the ISO
 * string, never through `Date` or `Intl`, whose results depend on the time
 * zone and the ICU data of the machine that runs the audit.
 *
 * - en: ISO dates (2026-11-24), decimal point (1.5), thousands with a comma (12,345).
 * - fi: 24.11.2026 (no leading zeros), decimal comma (1,5), thousands with a
 *   no-break space (12 345), as the Finnish language office recommends.
 */
import type { Lang } from '../../i18n/index.js';
import { readableFigure, TARGET_PATTERN } from '../../target.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date, `YYYY-MM-DD`, in the language's style; anything else is returned as it is. */
export function formatDate(iso: string, lang: Lang): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  if (lang === 'fi') return `${Number(m[3])}.${Number(m[2])}.${m[1]}`;
  return iso;
}

/** A month for chart axes: en 2026-11, fi 11/2026. */
export function formatMonth(iso: string, lang: Lang): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  return lang === 'fi' ? `${Number(m[2])}/${m[1]}` : `${m[1]}-${m[2]}`;
}

const NBSP = '\u00a0';

/** A number with the language's decimal mark; integer parts of five digits or more are grouped. */
export function formatNumber(n: number, lang: Lang): string {
  const plain = String(n);
  // NaN, Infinity and exponent forms (1e+21) are left alone: no register figure looks like that.
  if (!/^-?\d+(\.\d+)?$/.test(plain)) return plain;
  const negative = plain.startsWith('-');
  const [whole = '', fraction] = (negative ? plain.slice(1) : plain).split('.');
  const separator = lang === 'fi' ? NBSP : ',';
  const grouped = whole.length >= 5 ? whole.replace(/\B(?=(\d{3})+$)/g, separator) : whole;
  const decimal = lang === 'fi' ? ',' : '.';
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `${decimal}${fraction}`}`;
}

const OPERATOR: Record<string, string> = { '<=': '≤', '>=': '≥', '==': '=', '<': '<', '>': '>' };

/** A metric target for people: `<= 2` → `≤ 2`, `>= 98.5` → fi `≥ 98,5`. */
export function formatTarget(target: string, lang: Lang): string {
  const m = TARGET_PATTERN.exec(target);
  if (!m) return target;
  return `${OPERATOR[m[1] as string]} ${formatNumber(Number(m[2]), lang)}`;
}

/** Keys whose values are ISO dates in finding data, touchpoint reasons and next actions. */
const DATE_KEYS = new Set(['since', 'announce', 'deadline', 'due', 'validUntil', 'date', 'verified', 'expires', 'expiredOn', 'launch', 'ends', 'from', 'to']);
/** Names that new date fields are likely to get; the value must still be an ISO date. */
const DATE_KEY_NAMES = /(?:On|Date|Until|Since)$/;

/**
 * A copy of the values a catalogue entry is written from, with dates, figures
 * and targets in the language's style. Only known keys are touched, so an id
 * that happens to look like a date (`2026-11-24` is valid kebab-case) stays
 * as it is. The result has the same shape; figures become text, which the
 * catalogue only interpolates.
 */
export function localizeValues<T>(data: T, lang: Lang): T {
  return walk(data, lang) as T;
}

function walk(value: unknown, lang: Lang, key?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => walk(v, lang));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = walk(v, lang, k);
    // A figure is read beside its target: rounded for people only where that keeps its side of it.
    const { actual, target } = value as { actual?: unknown; target?: unknown };
    if (typeof actual === 'number') out.actual = formatNumber(readableFigure(actual, typeof target === 'string' ? target : undefined), lang);
    return out;
  }
  if (key === undefined) return value;
  if (typeof value === 'string' && (DATE_KEYS.has(key) || DATE_KEY_NAMES.test(key))) return formatDate(value, lang);
  if (typeof value === 'string' && key === 'target') return formatTarget(value, lang);
  return value;
}
