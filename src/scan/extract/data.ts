/**
 * JSON and YAML files — CMS exports, translation files, front matter: every
 * string value is a segment of its own (keys are no copy), with escapes
 * decoded in place. Values that hold HTML (rich text fields) are masked as
 * HTML. Values of keys that name no copy — `slug`, `url`, `id`, `src` … — and
 * values that are URLs or paths are left out: "eco-friendly-bag" in a slug is
 * no claim a reader sees.
 */
import { isPair, isScalar, parseAllDocuments, Scalar, visit, type Pair } from 'yaml';
import { SKIP, toUnits } from '../chars.js';
import { maskHtml } from './html.js';
import type { Extracted, SourceComment } from './types.js';

/** Keys whose values are identifiers, addresses or layout, not copy. */
const NOT_COPY_KEYS = new Set([
  'id', '_id', 'uuid', 'key', 'slug', 'url', 'href', 'src', 'srcset', 'path', 'permalink', 'canonical',
  'image', 'images', 'icon', 'thumbnail', 'file', 'template', 'layout', 'type', '_type', 'sku', 'locale', 'lang',
  'email', 'date', 'created', 'updated', 'createdat', 'updatedat', 'color', 'colour', 'class', 'classname',
]);
const URL_OR_PATH = /^(?:[a-z][a-z0-9+.-]*:\/\/|mailto:|www\.|\.{0,2}\/)\S*$|^\S+\.(?:jpe?g|png|gif|webp|svg|avif|pdf|html?|mdx?)$/i;

function isCopy(key: string | null, value: string): boolean {
  if (key !== null && NOT_COPY_KEYS.has(key.toLowerCase())) return false;
  return !URL_OR_PATH.test(value);
}

const HTML_START = /<[A-Za-z/!]/;

/** Adds the segment for a value and masks HTML in it when it holds any. */
function addValue(out: Extracted, start: number, units: Uint16Array, raw: string): void {
  if (units.length === 0) return;
  if (HTML_START.test(raw)) maskHtml(units, 0, units.length, start, out);
  out.segments.push({ start, units });
}

// ---------------------------------------------------------------- JSON

const hexValue = (c: number) => (c >= 0x30 && c <= 0x39 ? c - 0x30 : (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 ? (c | 0x20) - 0x57 : -1);

/**
 * A forgiving tokenizer, not a validator: comments (JSONC) and trailing
 * commas pass, and a broken file still gives its strings.
 */
export function extractJson(text: string): Extracted {
  const out: Extracted = { segments: [], comments: [] };
  // The key each container's values belong to: an array's values share its key.
  const stack: { array: boolean; key: string | null }[] = [];
  let lastKey: string | null = null;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 0x5c) j += 2;
        else if (d === 0x22 || d === 0x0a) break;
        else j++;
      }
      const end = Math.min(j, n);
      let k = end + 1;
      while (k < n && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09 || text.charCodeAt(k) === 0x0a || text.charCodeAt(k) === 0x0d)) k++;
      const raw = text.slice(i + 1, end);
      if (text.charCodeAt(k) === 0x3a /* : */) {
        lastKey = raw;
      } else {
        const top = stack[stack.length - 1];
        const key = top?.array ? top.key : lastKey;
        if (isCopy(key, raw)) addValue(out, i + 1, decodeJsonString(raw), raw);
      }
      i = end + 1;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const top = stack[stack.length - 1];
      stack.push({ array: c === 0x5b, key: top?.array ? top.key : lastKey });
      i++;
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
      lastKey = null;
      i++;
    } else if (c === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? n : end;
      out.comments.push({ start: i, end: stop, body: text.slice(i + 2, stop) });
      i = stop;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      out.comments.push({ start: i, end: stop, body: text.slice(i + 2, end < 0 ? n : end) });
      i = stop;
    } else {
      i++;
    }
  }
  return out;
}

function decodeJsonString(raw: string): Uint16Array {
  const units = toUnits(raw);
  for (let i = raw.indexOf('\\'); i >= 0 && i < raw.length; i = raw.indexOf('\\', i)) {
    const e = raw.charCodeAt(i + 1);
    let length = 2;
    let value: number;
    switch (e) {
      case 0x6e: // n
      case 0x72: // r
      case 0x74: // t
      case 0x62: // b
      case 0x66: // f
        value = 0x20;
        break;
      case 0x75: {
        // u: four hex digits
        value = 0;
        for (let k = 2; k < 6; k++) {
          const h = hexValue(raw.charCodeAt(i + k));
          if (h < 0) {
            value = -1;
            break;
          }
          value = value * 16 + h;
        }
        if (value < 0) {
          i += 2;
          continue;
        }
        if (value < 0x20) value = 0x20;
        length = 6;
        break;
      }
      default:
        value = e; // \" \\ \/
    }
    units.fill(SKIP, i, Math.min(i + length, units.length));
    units[i] = value;
    i += length;
  }
  return units;
}

// ---------------------------------------------------------------- YAML

/** Every string value of a YAML file (all its documents). Null when the file is no YAML. */
export function extractYaml(text: string): Extracted | null {
  const out: Extracted = { segments: [], comments: [] };
  return extractYamlRange(text, 0, text.length, out) ? out : null;
}

/**
 * The string values of the YAML in `text[from, to)` (front matter, or a whole
 * file) into `out`; false when it is no YAML.
 */
export function extractYamlRange(text: string, from: number, to: number, out: Extracted): boolean {
  const source = from === 0 && to === text.length ? text : text.slice(from, to);
  let docs;
  try {
    docs = parseAllDocuments(source, { version: '1.2', schema: 'core', uniqueKeys: false, prettyErrors: false });
  } catch {
    return false;
  }
  const list = Array.isArray(docs) ? docs : [docs];
  if (list.some((d) => d.errors.length > 0)) return false;
  /** Block scalars: lines in them that start with `#` are text, not comments. */
  const blocks: [number, number][] = [];
  for (const doc of list) {
    visit(doc, {
      Scalar(key, node, path) {
        if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
        const owner = keyOf(path);
        const [start, end] = node.range;
        const added = addScalar(text, from, node, start, end, owner, out);
        if (added) blocks.push(added);
      },
    });
  }
  collectYamlComments(source, from, blocks, out.comments);
  return true;
}

function keyOf(path: readonly unknown[]): string | null {
  for (let k = path.length - 1; k >= 0; k--) {
    const p = path[k];
    if (isPair(p)) {
      const key = (p as Pair).key;
      return isScalar(key) ? String(key.value) : null;
    }
  }
  return null;
}

/** Adds a scalar's segment; returns its range when it is a block scalar. */
function addScalar(text: string, base: number, node: Scalar, start: number, end: number, key: string | null, out: Extracted): [number, number] | null {
  const value = node.value as string;
  if (!isCopy(key, value.trim())) return null;
  const abs = base + start;
  const raw = text.slice(abs, base + end);
  switch (node.type) {
    case Scalar.QUOTE_DOUBLE: {
      const inner = raw.slice(1, raw.endsWith('"') && raw.length > 1 ? -1 : undefined);
      addValue(out, abs + 1, decodeYamlDouble(inner), inner);
      return null;
    }
    case Scalar.QUOTE_SINGLE: {
      const inner = raw.slice(1, raw.endsWith("'") && raw.length > 1 ? -1 : undefined);
      const units = toUnits(inner);
      for (let i = inner.indexOf("''"); i >= 0; i = inner.indexOf("''", i + 2)) units[i + 1] = SKIP;
      addValue(out, abs + 1, units, inner);
      return null;
    }
    case Scalar.BLOCK_LITERAL:
    case Scalar.BLOCK_FOLDED: {
      // The header (`|`, `>-`, and any comment after it) is no text.
      const header = raw.indexOf('\n');
      if (header < 0) return null;
      const body = raw.slice(header + 1);
      addValue(out, abs + header + 1, toUnits(body), body);
      return [abs, base + end];
    }
    default:
      addValue(out, abs, toUnits(raw), raw);
      return null;
  }
}

function decodeYamlDouble(raw: string): Uint16Array {
  const units = toUnits(raw);
  for (let i = raw.indexOf('\\'); i >= 0 && i < raw.length; i = raw.indexOf('\\', i)) {
    const e = raw[i + 1];
    const digits = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    let length = 2 + digits;
    let value: number;
    if (digits > 0) {
      value = Number.parseInt(raw.slice(i + 2, i + 2 + digits), 16);
      if (!Number.isFinite(value) || !/^[0-9a-fA-F]+$/.test(raw.slice(i + 2, i + 2 + digits))) {
        i += 2;
        continue;
      }
    } else if (e === '\n' || e === '\r') {
      // An escaped line break joins the lines without a space.
      value = SKIP;
      if (e === '\r' && raw[i + 2] === '\n') length = 3;
    } else {
      value = e === '"' || e === '\\' || e === '/' ? e.charCodeAt(0) : 0x20;
    }
    units.fill(SKIP, i, Math.min(i + length, units.length));
    if (value > 0xffff) {
      units[i] = 0xd800 + ((value - 0x10000) >> 10);
      units[i + 1] = 0xdc00 + ((value - 0x10000) & 0x3ff);
    } else {
      units[i] = value !== SKIP && value < 0x20 ? 0x20 : value;
    }
    i += length;
  }
  return units;
}

/** Whole-line `#` comments outside block scalars (where suppressions go). */
function collectYamlComments(source: string, base: number, blocks: [number, number][], comments: SourceComment[]): void {
  const re = /^[ \t]*#(.*)$/gm;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const start = base + m.index + m[0].indexOf('#');
    if (blocks.some(([a, b]) => start > a && start < b)) continue;
    comments.push({ start, end: base + m.index + m[0].length, body: (m[1] ?? '').replace(/\r$/, '') });
  }
}
