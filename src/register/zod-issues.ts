/**
 * zod issues → the tool's own diagnostics, written for the person who edits
 * the register ("unknown key `touchpionts` — did you mean `touchpoints`?")
 * rather than zod's developer wording.
 */
import { valueNamed } from './value-names.js';
import type { z } from 'zod';
import type { ValueType } from '../i18n/en.js';
import { RULE_IDS } from '../rule-ids.js';
import type { Diagnostic } from '../types.js';
import type { RegisterPath } from './parse.js';
import { ID_PATTERN, TARGET_PATTERN } from './format.js';
import type { RegisterSource } from './source.js';
import { ambiguousComma } from '../target.js';
import { closest } from './suggest.js';

type Issue = z.core.$ZodIssue;

export function issuesToDiagnostics(
  issues: readonly Issue[],
  raw: unknown,
  schema: z.ZodType,
  source: RegisterSource,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    const key = lastKey(path);
    const at = (part: 'key' | 'value' = 'value', p: RegisterPath = path) => source.position(p, part);
    const value = valueAt(raw, path);
    switch (issue.code) {
      case 'unrecognized_keys': {
        if (path.length === 2 && path[0] === 'policy' && path[1] === 'rules') {
          for (const k of issue.keys) {
            out.push({ code: 'unknownRule', data: { value: k, suggestion: closest(k, RULE_IDS), known: [...RULE_IDS] }, location: at('key', [...path, k]) });
          }
          break;
        }
        const allowed = objectKeysAt(schema, path);
        for (const k of issue.keys) {
          const suggestion = closest(k, allowed);
          // `summary: Delivery, October` in `{ … }` makes `October` a key with no value.
          const loose = valueAt(raw, [...path, k]) === null && /\s/.test(k) === false && suggestion === undefined && isFlowKey(source, [...path, k]);
          out.push({ code: 'unknownKey', data: { key: k, suggestion, allowed, ...(loose ? { flowComma: true } : {}) }, location: at('key', [...path, k]) });
        }
        break;
      }
      case 'invalid_key':
        if (path.length === 3 && path[0] === 'policy' && path[1] === 'rules') {
          out.push({ code: 'unknownRule', data: { value: key, suggestion: closest(key, RULE_IDS), known: [...RULE_IDS] }, location: at('key') });
          break;
        }
        out.push({ code: 'badId', data: { key: lastKey(path.slice(0, -1)), value: key }, location: at('key') });
        break;
      case 'invalid_type': {
        if (value === undefined) {
          const parent = path.slice(0, -1);
          out.push({ code: 'required', data: { key }, location: at('value', parent) });
        } else if (isDateSchema(schemaAt(schema, path)) && value !== null) {
          out.push({ code: 'badDate', data: { key, value, ...dateHint(value) }, location: at() });
        } else {
          // An empty `announce:` is a date left out, not text.
          const expected = value === null && isDateSchema(schemaAt(schema, path)) ? 'date' : expectedType(issue.expected);
          // `actual: "1,5"`, `actual: 95 %`: the number the text holds, to show how to write it.
          const written = expected === 'number' && typeof value === 'string' ? numberInText(value) : undefined;
          const held = written && typeof key === 'string' && key.endsWith('_days') ? inDays(written) : written;
          out.push({ code: 'wrongType', data: { key, expected, got: valueType(value), ...held }, location: at() });
        }
        break;
      }
      case 'invalid_value': {
        // A missing enum or literal (`tier`, `version`, a waiver's `rule`) is missing, not "`undefined`".
        if (value === undefined) {
          out.push({ code: 'required', data: { key }, location: at('value', path.slice(0, -1)) });
        } else if (key === 'rule' && path[0] === 'promises') {
          out.push({
            code: 'unknownRule',
            data: { value, suggestion: typeof value === 'string' ? closest(value, RULE_IDS) : undefined, known: [...RULE_IDS] },
            location: at(),
          });
        } else if (key === 'version' && path.length === 1) {
          out.push({ code: 'badVersion', data: { value, ...(quotedAt(source, at()) ? { quoted: true } : {}) }, location: at() });
        } else {
          const allowed = issue.values.map(String);
          const suggestion = typeof value === 'string' ? (valueNamed(key, value, allowed) ?? closest(value, allowed)) : undefined;
          out.push({ code: 'badEnum', data: { key, value, allowed, suggestion }, location: at() });
        }
        break;
      }
      case 'invalid_format': {
        if (issue.format === 'date') out.push({ code: 'badDate', data: { key, value, ...dateHint(value) }, location: at() });
        else if (issue.format === 'regex' && issue.pattern === String(TARGET_PATTERN)) out.push({ code: 'badTarget', data: { value }, location: at() });
        else if (issue.format === 'regex' && issue.pattern === String(ID_PATTERN)) out.push({ code: 'badId', data: { key, value }, location: at() });
        else out.push({ code: 'invalidValue', data: { key, detail: issue.message }, location: at() });
        break;
      }
      case 'too_small': {
        if (issue.origin === 'string') out.push({ code: 'emptyText', data: { key }, location: at() });
        else if (issue.origin === 'array') out.push({ code: 'atLeastOne', data: { key }, location: at() });
        else out.push({ code: 'tooSmall', data: { key, min: Number(issue.minimum) }, location: at() });
        break;
      }
      default:
        out.push({ code: 'invalidValue', data: { key, detail: issue.message }, location: at() });
    }
  }
  return out;
}

function lastKey(path: RegisterPath): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return 'register';
}

export function valueAt(raw: unknown, path: RegisterPath): unknown {
  let v = raw;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = Object.prototype.hasOwnProperty.call(v, seg) ? (v as Record<string | number, unknown>)[seg] : undefined;
  }
  return v;
}

/**
 * A number written as text: `1,5` (a decimal comma, as Finnish writes it), `"2"`,
 * `95 %` or `1.5 days` (a unit after it). The number as YAML writes it, and the unit.
 */
export function numberInText(text: string): { number: string; unit?: string } | undefined {
  const m = /^\s*([+-]?\d+(?:[.,]\d+)?)\s*([^\d\s].*?)?\s*$/.exec(text);
  if (!m) return undefined;
  const [, number = '', unit] = m;
  // `1,250` may be a thousand and a quarter (a thousands separator) or one and a quarter: no guess.
  // `1e5`, `1.234,5`: not a number and a unit.
  if (ambiguousComma(number) || (unit !== undefined && /^(?:[eE][+-]?\d|[.,])/.test(unit))) return undefined;
  return { number: number.replace(',', '.'), ...(unit ? { unit } : {}) };
}

/**
 * What to say of a date that is not `YYYY-MM-DD`: the same day written so
 * (`15.1.2026` as Finnish writes it, `2026-1-5` without its zeros), or that
 * the day is not in the calendar (`2026-02-30`). Slashes are left alone:
 * `1/2/2026` is January or February, depending on who wrote it.
 */
export function dateHint(value: unknown): { iso: string } | { noSuchDay: true } | Record<string, never> {
  // `20261224` is a number to YAML.
  if (typeof value === 'number' && Number.isInteger(value)) value = String(value);
  if (typeof value !== 'string') return {};
  const dotted = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\.?\s*$/.exec(value);
  // `2026-1-5`, `20261224`, and `2026-11-30T10:00` or `2026-11-30 10:00`, where a day is all that counts.
  const dashed = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}\S*)?\s*$/.exec(value) ?? /^\s*(\d{4})(\d{2})(\d{2})\s*$/.exec(value);
  const [year, month, day] = dotted ? [dotted[3], dotted[2], dotted[1]] : dashed ? [dashed[1], dashed[2], dashed[3]] : [];
  if (year === undefined || month === undefined || day === undefined) return {};
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  if (m < 1 || m > 12) return { noSuchDay: true };
  if (d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return { noSuchDay: true };
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return iso === value ? {} : { iso };
}

/** Days, weeks and years as they are written in English and Finnish (`14 päivää`, `2 viikkoa`, `1 vuosi`). */
const DAY_WORD = /^(?:d|days?|pv|pvä|päivä|päivää|vrk)\.?$/i;
const WEEK_WORD = /^(?:w|wk|weeks?|vk|viikko|viikkoa)\.?$/i;
const YEAR_WORD = /^(?:y|yr|years?|v|vuosi|vuotta)\.?$/i;

/**
 * For a key counted in days (`lead_time_days: 2 weeks`): the number of days the
 * text says, where that is certain (days, whole weeks, whole years of 365
 * days), else nothing. The bare number of `2 weeks` would be 2 days.
 */
function inDays(held: { number: string; unit?: string }): { number: string } | undefined {
  const { number, unit } = held;
  const n = Number(number);
  // Days are whole and not negative: `1.5 days` or `-2 weeks` get no number to copy.
  if (!Number.isInteger(n) || n < 0) return undefined;
  if (unit === undefined || DAY_WORD.test(unit)) return { number };
  if (WEEK_WORD.test(unit)) return { number: String(n * 7) };
  if (YEAR_WORD.test(unit)) return { number: String(n * 365) };
  return undefined;
}

export function valueType(v: unknown): ValueType {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'string') return 'text';
  // `.inf`, `.nan` and figures too large for a double (1e400) are numbers to YAML, but no figure to zod.
  if (typeof v === 'number') return Number.isFinite(v) ? 'number' : 'infinite';
  if (typeof v === 'boolean') return 'boolean';
  // `!!binary` gives bytes.
  if (v instanceof Uint8Array) return 'binary';
  return 'mapping';
}

/**
 * zod leaves a `__proto__` key out of a record without a word (so that it can
 * never reach a prototype), which would make an owner, touchpoint, campaign
 * or rule severity of that name vanish silently. It is no id and no rule, so
 * it is reported like the record's other bad keys. Strict objects report it
 * themselves, as an unknown key. Only parts of the schema that hold a record
 * are walked, so a long list of promises costs nothing.
 */
export function protoKeyDiagnostics(raw: unknown, schema: z.ZodType, source: RegisterSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  const visit = (value: unknown, s: z.ZodType | undefined, path: RegisterPath): void => {
    const def = defOf(unwrap(s));
    if (!def || value === null || typeof value !== 'object' || Array.isArray(value) || !holdsRecord(s)) return;
    const own = (k: string) => Object.prototype.hasOwnProperty.call(value, k);
    if (def.type === 'record') {
      if (own('__proto__')) {
        const location = source.position([...path, '__proto__'], 'key');
        if (path.length === 2 && path[0] === 'policy' && path[1] === 'rules') {
          out.push({ code: 'unknownRule', data: { value: '__proto__', known: [...RULE_IDS] }, location });
        } else {
          out.push({ code: 'badId', data: { key: lastKey(path), value: '__proto__' }, location });
        }
      }
      for (const k of Object.keys(value)) visit((value as Record<string, unknown>)[k], def.valueType, [...path, k]);
    } else if (def.type === 'object' && def.shape) {
      for (const [k, sub] of Object.entries(def.shape)) if (own(k)) visit((value as Record<string, unknown>)[k], sub, [...path, k]);
    }
  };
  visit(raw, schema, []);
  return out;
}

const recordHolders = new WeakMap<object, boolean>();

/** Whether a record can be found at or below this schema, through objects and records (no record lives in a list). */
function holdsRecord(schema: z.ZodType | undefined): boolean {
  const s = unwrap(schema);
  const def = defOf(s);
  if (!s || !def) return false;
  const known = recordHolders.get(s);
  if (known !== undefined) return known;
  const holds = def.type === 'record' || (def.type === 'object' && Object.values(def.shape ?? {}).some((sub) => holdsRecord(sub)));
  recordHolders.set(s, holds);
  return holds;
}

function expectedType(expected: string): ValueType {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'number';
    case 'int':
      return 'integer';
    case 'array':
      return 'list';
    case 'boolean':
      return 'boolean';
    default:
      return 'mapping';
  }
}

/* Walking zod's definitions to learn what a path allows (for "did you mean"). */

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  format?: string;
}

function defOf(schema: z.ZodType | undefined): Def | undefined {
  return (schema as unknown as { _zod?: { def: Def } } | undefined)?._zod?.def;
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let s = schema;
  for (let def = defOf(s); def && (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'pipe'); def = defOf(s)) {
    s = def.type === 'pipe' ? def.in : def.innerType;
  }
  return s;
}

function schemaAt(schema: z.ZodType, path: RegisterPath): z.ZodType | undefined {
  let s: z.ZodType | undefined = unwrap(schema);
  for (const seg of path) {
    const def = defOf(s);
    if (!def) return undefined;
    if (def.type === 'object') s = def.shape?.[String(seg)];
    else if (def.type === 'array') s = def.element;
    else if (def.type === 'record') s = def.valueType;
    else return undefined;
    s = unwrap(s);
  }
  return s;
}

function objectKeysAt(schema: z.ZodType, path: RegisterPath): string[] {
  const def = defOf(schemaAt(schema, path));
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function isDateSchema(schema: z.ZodType | undefined): boolean {
  return defOf(schema)?.format === 'date';
}

/** Whether the value at `position` is written in quotes. */
function quotedAt(source: RegisterSource, position: { line: number; column: number }): boolean {
  const c = source.lines.lineText(position.line)?.[position.column - 1];
  return c === '"' || c === "'";
}

/** True when the key at `path` stands inside a flow mapping `{ … }` right after a comma. */
function isFlowKey(source: RegisterSource, path: RegisterPath): boolean {
  const { line, column } = source.position(path, 'key');
  const text = source.lines.lineText(line) ?? '';
  return /,\s*$/.test(text.slice(0, column - 1)) && text.includes('{');
}
