/**
 * HTML (and HTML-like templates): the text a reader sees. Tags are masked —
 * inline ones (`<b>`, `<a>`, `<span>`) as SKIP, so "free <b>returns</b>"
 * still reads "free returns"; block ones (`<p>`, `<li>`, `<td>`) as a BREAK,
 * so no phrase runs from one paragraph into the next. Scripts, styles,
 * comments and template expressions (`{{ … }}`, `{% … %}`) are masked;
 * character references are decoded. `alt` and `title` attributes and the
 * page's meta description are searched as segments of their own.
 *
 * A small hand-written tokenizer, not a full HTML parser: copy is searched,
 * not rendered, and it must keep every offset of the original file.
 */
import { BREAK, fromUnits, SKIP, toUnits } from '../chars.js';
import { decodeEntity } from './entities.js';
import type { Extracted } from './types.js';

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const PERCENT = 0x25;
const HASH = 0x23;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

/** Elements that start a new block: a phrase never runs across them. Images and form controls, too. */
const BLOCK = new Set(
  (
    'address article aside audio blockquote body button canvas caption center dd details dialog dir div dl dt embed fieldset ' +
    'figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input legend li main ' +
    'menu nav noscript object ol optgroup option p picture pre section select source summary svg table tbody td textarea ' +
    'tfoot th thead title tr ul video'
  ).split(' '),
);
/** Elements whose content is no text for readers. */
const RAW = new Set(['script', 'style']);
/** Attributes whose values readers see (as alt text or tooltip). */
const SHOWN_ATTRIBUTES = new Set(['alt', 'title']);
/** `<meta name=… content=…>` whose content search engines and shares show. */
const SHOWN_META = new Set(['description', 'og:description', 'og:title', 'twitter:description', 'twitter:title']);

export function extractHtml(text: string): Extracted {
  const units = toUnits(text);
  const out: Extracted = { segments: [{ start: 0, units }], comments: [] };
  maskHtml(units, 0, units.length, 0, out);
  return out;
}

/** Masks the markup in `units[from, to)` in place; `base` is the file offset of `units[0]`. */
export function maskHtml(units: Uint16Array, from: number, to: number, base: number, out: Extracted): void {
  let i = from;
  while (i < to) {
    const c = units[i]!;
    if (c === LT) i = maskMarkup(units, i, to, base, out);
    else if (c === AMP) i = decodeEntity(units, i, to);
    else if (c === LBRACE) i = maskTemplate(units, i, to);
    else i++;
  }
}

const isLetter = (c: number | undefined) => c !== undefined && ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));
const isSpace = (c: number | undefined) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;

function indexOfUnits(units: Uint16Array, needle: string, from: number, to: number, ignoreCase = false): number {
  const first = needle.charCodeAt(0);
  outer: for (let i = from; i <= to - needle.length; i++) {
    if ((ignoreCase ? units[i]! | 0x20 : units[i]) !== first) continue;
    for (let k = 1; k < needle.length; k++) {
      const u = units[i + k]!;
      if ((ignoreCase && isLetter(u) ? u | 0x20 : u) !== needle.charCodeAt(k)) continue outer;
    }
    return i;
  }
  return -1;
}

/**
 * Masks the comment, declaration or tag at `units[i]` (a `<`); returns the
 * index after it, or after the `<` when it starts no markup.
 */
export function maskMarkup(units: Uint16Array, i: number, to: number, base: number, out: Extracted): number {
  const next = units[i + 1];
  if (next === BANG) {
    if (units[i + 2] === 0x2d && units[i + 3] === 0x2d) {
      const close = indexOfUnits(units, '-->', i + 4, to);
      const end = close < 0 ? to : close + 3;
      out.comments.push({ start: base + i, end: base + end, body: fromUnits(units, i + 4, close < 0 ? to : close) });
      units.fill(SKIP, i, end);
      return end;
    }
    if (indexOfUnits(units, '[CDATA[', i + 2, i + 9) === i + 2) {
      const close = indexOfUnits(units, ']]>', i + 9, to);
      const end = close < 0 ? to : close + 3;
      units.fill(SKIP, i, i + 9);
      if (close >= 0) units.fill(SKIP, close, end);
      return end;
    }
  }
  if (next === BANG || next === QUESTION) {
    const close = units.indexOf(GT, i + 2);
    const end = close < 0 || close >= to ? to : close + 1;
    units.fill(SKIP, i, end);
    units[i] = BREAK;
    return end;
  }
  const tag = parseTag(units, i, to);
  if (!tag) return i + 1;

  const shown: { start: number; end: number }[] = [];
  if (!tag.closing) {
    const attr = (name: string) => tag.attributes.find((a) => a.name === name);
    for (const a of tag.attributes) if (SHOWN_ATTRIBUTES.has(a.name) && a.end > a.start) shown.push(a);
    if (tag.name === 'meta') {
      const kind = (attr('name') ?? attr('property'))?.value?.toLowerCase();
      const content = attr('content');
      if (kind && SHOWN_META.has(kind) && content && content.end > content.start) shown.push(content);
    }
  }
  for (const a of shown) {
    const segment = units.slice(a.start, a.end);
    maskHtml(segment, 0, segment.length, base + a.start, { segments: [], comments: out.comments });
    out.segments.push({ start: base + a.start, units: segment });
  }
  units.fill(SKIP, i, tag.end);
  if (tag.name === 'br') units[i] = 0x20;
  else if (BLOCK.has(tag.name)) units[i] = BREAK;

  if (!tag.closing && !tag.selfClosing && RAW.has(tag.name)) {
    const close = indexOfUnits(units, `</${tag.name}`, tag.end, to, true);
    const end = close < 0 ? to : close;
    units.fill(SKIP, tag.end, end);
    return end;
  }
  return tag.end;
}

interface Attribute {
  name: string;
  /** Value range in the units (inside the quotes). */
  start: number;
  end: number;
  value?: string;
}

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attributes: Attribute[];
  end: number;
}

function parseTag(units: Uint16Array, i: number, to: number): Tag | null {
  let j = i + 1;
  const closing = units[j] === SLASH;
  if (closing) j++;
  if (!isLetter(units[j])) return null;
  let name = '';
  while (j < to && !isSpace(units[j]) && units[j] !== GT && units[j] !== SLASH) name += String.fromCharCode(units[j++]!);
  name = name.toLowerCase();
  const attributes: Attribute[] = [];
  for (;;) {
    while (j < to && isSpace(units[j])) j++;
    if (j >= to) return null;
    const c = units[j]!;
    if (c === GT) return { name, closing, selfClosing: false, attributes, end: j + 1 };
    if (c === SLASH && units[j + 1] === GT) return { name, closing, selfClosing: true, attributes, end: j + 2 };
    if (c === LT) return null; // `a < b` in text, not a tag
    if (c === LBRACE) {
      // JSX spread or expression: `{...props}`
      j = skipBraces(units, j, to);
      continue;
    }
    let attrName = '';
    while (j < to && !isSpace(units[j]) && units[j] !== EQUALS && units[j] !== GT && !(units[j] === SLASH && units[j + 1] === GT)) {
      attrName += String.fromCharCode(units[j++]!);
    }
    if (attrName === '') {
      j++;
      continue;
    }
    while (j < to && isSpace(units[j])) j++;
    if (units[j] !== EQUALS) {
      attributes.push({ name: attrName.toLowerCase(), start: j, end: j });
      continue;
    }
    j++;
    while (j < to && isSpace(units[j])) j++;
    const q = units[j];
    if (q === DQUOTE || q === SQUOTE) {
      const close = units.indexOf(q, j + 1);
      if (close < 0 || close >= to) return null;
      attributes.push({ name: attrName.toLowerCase(), start: j + 1, end: close, value: fromUnits(units, j + 1, close) });
      j = close + 1;
    } else if (q === LBRACE) {
      j = skipBraces(units, j, to);
    } else {
      const start = j;
      while (j < to && !isSpace(units[j]) && units[j] !== GT) j++;
      attributes.push({ name: attrName.toLowerCase(), start, end: j, value: fromUnits(units, start, j) });
    }
  }
}

/** After the `}` that closes the `{` at `j`, quotes respected; `to` when unclosed. */
function skipBraces(units: Uint16Array, j: number, to: number): number {
  let depth = 0;
  for (let k = j; k < to; k++) {
    const c = units[k];
    if (c === DQUOTE || c === SQUOTE || c === 0x60) {
      const close = units.indexOf(c, k + 1);
      if (close < 0 || close >= to) return to;
      k = close;
    } else if (c === LBRACE) depth++;
    else if (c === RBRACE && --depth === 0) return k + 1;
  }
  return to;
}

/**
 * `{{ … }}`, `{% … %}`, `{# … #}` (Jinja, Liquid, Nunjucks, Handlebars, Hugo):
 * masked. An output expression puts unknown words on the page, so no phrase
 * spans it; a tag or comment puts nothing there.
 */
function maskTemplate(units: Uint16Array, i: number, to: number): number {
  const next = units[i + 1];
  const closer = next === LBRACE ? '}}' : next === PERCENT ? '%}' : next === HASH ? '#}' : null;
  if (closer === null) return i + 1;
  const close = indexOfUnits(units, closer, i + 2, to);
  if (close < 0) return i + 1;
  units.fill(SKIP, i, close + 2);
  if (next === LBRACE) units[i] = BREAK;
  return close + 2;
}
