/**
 * Markdown and MDX: the text a reader sees, front matter included.
 *
 * Emphasis, code and strike-through marks, link brackets, link and image
 * destinations, HTML tags, comments and (in MDX) `{expressions}`, `import`
 * and `export` lines are masked; "free **returns**" reads "free returns".
 * Image alt text and link text stay. A blank line, a heading and a block tag
 * end a block (no phrase spans them). Fenced code blocks are code, not copy,
 * and are masked. The front matter's string values are searched as YAML
 * (`---`) or TOML (`+++`).
 *
 * A line-based reader, not a CommonMark parser: it keeps every offset of the
 * original file and reads tens of megabytes a second, and copy does not need
 * the corner cases a renderer must get right.
 */
import { BREAK, kindTable, SKIP, toUnits, WORD } from '../chars.js';
import { extractYamlRange } from './data.js';
import { maskMarkup } from './html.js';
import { decodeEntity } from './entities.js';
import { maskUrls } from './text.js';
import type { Extracted } from './types.js';

const SPECIAL = new Uint8Array(128);
for (const ch of '\\*~`_![]<&{') SPECIAL[ch.charCodeAt(0)] = 1;

const FENCE = /[ \t]{0,3}(`{3,}|~{3,})/y;
const BLANK = /[ \t\f\v]*\r?(?:\n|$)/y;
const QUOTE = /[ \t]{0,3}>[ \t]?/y;
const HEADING = /[ \t]{0,3}#{1,6}(?=[ \t\r\n]|$)/y;
const LINK_DEFINITION = /[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S/y;
const ESM = /(?:import|export)\b/y;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

export function extractMarkdown(text: string, options: { mdx?: boolean } = {}): Extracted {
  const mdx = options.mdx ?? false;
  const units = toUnits(text);
  const out: Extracted = { segments: [{ start: 0, units }], comments: [] };
  const kinds = kindTable();
  const n = text.length;
  const bodyStart = frontMatter(text, units, out);

  const at = (re: RegExp, i: number): RegExpExecArray | null => {
    re.lastIndex = i;
    return re.exec(text);
  };

  /** Masks the inline markup of `text[i, end)`; returns where it stopped (beyond `end` after a multi-line tag, comment or expression). */
  const inline = (i: number, end: number, blockStart: boolean): number => {
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c >= 128 || SPECIAL[c] === 0) {
        i++;
        continue;
      }
      switch (c) {
        case 0x5c: // \ escapes punctuation
          if (ASCII_PUNCTUATION.test(text[i + 1] ?? '')) {
            units[i] = SKIP;
            i += 2;
          } else i++;
          break;
        case 0x2a: // *
        case 0x7e: // ~
        case 0x60: // `
          units[i++] = SKIP;
          break;
        case 0x5f: // _ — inside a word (snake_case) it is a character, not emphasis
          if (!(kinds[text.charCodeAt(i - 1)] === WORD && kinds[text.charCodeAt(i + 1)] === WORD)) units[i] = SKIP;
          i++;
          break;
        case 0x21: // ! of an image
          if (text.charCodeAt(i + 1) === 0x5b) units[i] = SKIP;
          i++;
          break;
        case 0x5b: // [
          units[i++] = SKIP;
          break;
        case 0x5d: {
          // ](destination) or ][reference]: masked whole
          const next = text.charCodeAt(i + 1);
          const close = next === 0x28 ? closing(text, i + 1, end, 0x28, 0x29) : next === 0x5b ? text.indexOf(']', i + 2) : -1;
          const stop = close >= 0 && close < end ? close + 1 : i + 1;
          units.fill(SKIP, i, stop);
          i = stop;
          break;
        }
        case 0x3c: {
          // <: HTML tag, comment or autolink
          const comment = text.startsWith('<!--', i);
          const stop = maskMarkup(units, i, n, 0, out);
          if (comment && blockStart && isLineStart(text, i)) units[i] = BREAK;
          i = stop;
          if (stop > end) return stop;
          break;
        }
        case 0x26: // &
          i = decodeEntity(units, i, end);
          break;
        case 0x7b: {
          // { an MDX expression; {/* … */} is MDX's comment
          if (!mdx) {
            i++;
            break;
          }
          const close = closing(text, i, n, 0x7b, 0x7d);
          const stop = close < 0 ? i + 1 : close + 1;
          const inner = /^\{\s*\/\*([\s\S]*)\*\/\s*\}$/.exec(text.slice(i, stop));
          if (inner) out.comments.push({ start: i, end: stop, body: inner[1] ?? '' });
          units.fill(SKIP, i, stop);
          // An expression puts unknown words on the page: no phrase spans it.
          if (!inner) units[i] = BREAK;
          i = stop;
          if (stop > end) return stop;
          break;
        }
        default:
          i++;
      }
    }
    return i;
  };

  let pos = bodyStart;
  let fence: { char: number; length: number } | null = null;
  let resume = false;
  let esm = false;
  while (pos < n) {
    const newline = text.indexOf('\n', pos);
    const eol = newline < 0 ? n : newline;
    const lineEnd = eol > pos && text.charCodeAt(eol - 1) === 0x0d ? eol - 1 : eol;
    const next = newline < 0 ? n : newline + 1;

    if (resume) {
      // The rest of a line after a tag, comment or expression that began on an earlier one.
      resume = false;
      const stop = inline(pos, lineEnd, false);
      if (stop > next) {
        pos = stop;
        resume = true;
      } else pos = next;
      continue;
    }
    if (fence) {
      const m = at(FENCE, pos);
      const closes = m && m[1]!.charCodeAt(0) === fence.char && m[1]!.length >= fence.length && text.slice(pos + m[0].length, lineEnd).trim() === '';
      units.fill(0x20, pos, lineEnd);
      if (closes) {
        units[pos] = BREAK;
        fence = null;
      }
      pos = next;
      continue;
    }
    if (at(BLANK, pos)) {
      if (pos < n) units[pos] = BREAK;
      esm = false;
      pos = next;
      continue;
    }
    const open = at(FENCE, pos);
    if (open) {
      fence = { char: open[1]!.charCodeAt(0), length: open[1]!.length };
      units.fill(SKIP, pos, lineEnd);
      units[pos] = BREAK;
      pos = next;
      continue;
    }
    if (esm || (mdx && at(ESM, pos))) {
      // MDX's import/export blocks run to the next blank line.
      esm = true;
      units.fill(SKIP, pos, lineEnd);
      units[pos] = BREAK;
      pos = next;
      continue;
    }
    if (at(LINK_DEFINITION, pos)) {
      units.fill(SKIP, pos, lineEnd);
      units[pos] = BREAK;
      pos = next;
      continue;
    }
    let j = pos;
    for (let q = at(QUOTE, j); q; q = at(QUOTE, j)) {
      units.fill(0x20, j, j + q[0].length);
      j += q[0].length;
    }
    const heading = at(HEADING, j) !== null;
    const stop = inline(j, lineEnd, true);
    if (stop > next) {
      pos = stop;
      resume = true;
      continue;
    }
    // A heading is a block of its own, even when the next line follows at once.
    if (heading && lineEnd < n) units[lineEnd] = BREAK;
    pos = next;
  }
  maskUrls(text, units, bodyStart, n);
  return out;
}

/** Only white space before `i` on its line. */
function isLineStart(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x0a) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x3e /* > */) return false;
  }
  return true;
}

/** Index of the bracket that closes the one at `i` (nesting counted), or -1 before `limit`. */
function closing(text: string, i: number, limit: number, open: number, close: number): number {
  let depth = 0;
  for (let k = i; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === open) depth++;
    else if (c === close && --depth === 0) return k;
  }
  return -1;
}

/**
 * Front matter at the very start: `---` YAML or `+++` TOML. Its string values
 * become segments; the block itself is masked. Returns where the body starts.
 */
function frontMatter(text: string, units: Uint16Array, out: Extracted): number {
  const open = /^(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (!open) return 0;
  const yaml = open[1] === '---';
  const close = (yaml ? /^(?:---|\.\.\.)[ \t]*\r?$/gm : /^\+\+\+[ \t]*\r?$/gm) as RegExp;
  close.lastIndex = open[0].length;
  const m = close.exec(text);
  if (!m) return 0;
  const from = open[0].length;
  const to = m.index;
  const end = Math.min(text.length, m.index + m[0].length + 1);
  if (yaml) {
    if (!extractYamlRange(text, from, to, out)) return 0; // not YAML after all: searched as text
  } else {
    tomlStrings(text, from, to, out);
  }
  units.fill(SKIP, 0, end);
  units[0] = BREAK;
  units[end - 1] = BREAK;
  return end;
}

/** `key = "value"` lines of TOML front matter. */
function tomlStrings(text: string, from: number, to: number, out: Extracted): void {
  const line = /^[ \t]*([\w.-]+)[ \t]*=[ \t]*(["'])(.*)\2[ \t]*(?:#.*)?\r?$/gm;
  line.lastIndex = from;
  for (let m = line.exec(text); m && m.index < to; m = line.exec(text)) {
    const value = m[3] ?? '';
    const start = m.index + m[0].indexOf(m[2]!) + 1;
    if (value.length > 0) out.segments.push({ start, units: toUnits(value.replace(/\\(.)/g, '$1\0').slice(0, value.length)) });
  }
}
