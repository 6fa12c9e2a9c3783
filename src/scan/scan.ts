/**
 * scan: one file's text and the compiled patterns in; the mentions of
 * promises, the generic claims and the inline suppressions in it out, each
 * with its line and column in the original file. Pure: no files, no clock.
 */
import { COPY_RULE_IDS, isRuleId, RULE_IDS, type RuleId } from '../rule-ids.js';
import { closest } from '../register/suggest.js';
import type { CopyMention, CopyNote, CopySuppression, GenericClaimHit } from '../types.js';
import { foldTable, INVISIBLE, kindTable, SPACE, WORD, BOUNDARY } from './chars.js';
import { extractJson, extractYaml } from './extract/data.js';
import { extractHtml } from './extract/html.js';
import { extractMarkdown } from './extract/markdown.js';
import { extractText } from './extract/text.js';
import type { Extracted, Segment, SourceComment } from './extract/types.js';
import { LineIndex } from './lines.js';
import type { Pattern, PatternSet } from './phrases.js';

export type TextFormat = 'markdown' | 'mdx' | 'html' | 'text' | 'json' | 'yaml';


const FORMATS: Record<string, TextFormat> = {
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  mdx: 'mdx',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  // Templates are HTML with expressions; the expressions are masked.
  vue: 'html',
  svelte: 'html',
  astro: 'html',
  njk: 'html',
  liquid: 'html',
  hbs: 'html',
  handlebars: 'html',
  txt: 'text',
  text: 'text',
  json: 'json',
  jsonc: 'json',
  yaml: 'yaml',
  yml: 'yaml',
};

/** The format of a file by its extension; null for files that hold no copy we read (code, images). */
export function formatOf(file: string): TextFormat | null {
  const dot = file.lastIndexOf('.');
  if (dot < 0 || dot < file.lastIndexOf('/')) return null;
  return FORMATS[file.slice(dot + 1).toLowerCase()] ?? null;
}

export interface FileScan {
  mentions: CopyMention[];
  generic: GenericClaimHit[];
  suppressions: CopySuppression[];
  notes: CopyNote[];
}

interface Hit {
  pattern: number;
  /** Offsets in the original text. */
  start: number;
  end: number;
  text: string;
}

export function extract(text: string, format: TextFormat): Extracted {
  switch (format) {
    case 'markdown':
      return extractMarkdown(text);
    case 'mdx':
      return extractMarkdown(text, { mdx: true });
    case 'html':
      return extractHtml(text);
    case 'json':
      return extractJson(text);
    case 'yaml':
      return extractYaml(text) ?? { ...extractText(text), fallback: 'unparsable' };
    case 'text':
      return extractText(text);
  }
}

/** Searches one file. `file` is the name findings carry. */
export function scanText(file: string, text: string, format: TextFormat, set: PatternSet): FileScan {
  const extracted = extract(text, format);
  const notes: CopyNote[] = [];
  if (extracted.fallback && (format === 'json' || format === 'yaml')) notes.push({ code: 'unparsable', file, format });

  const hits: Hit[] = [];
  for (const segment of extracted.segments) findInSegment(segment, set, hits);
  const kept = dedupe(hits, set.patterns);

  const lines = new LineIndex(text);
  const at = (offset: number) => ({ file, ...lines.at(offset) });
  const mentions: CopyMention[] = [];
  const generic: GenericClaimHit[] = [];
  const claimHits = kept.filter((h) => set.patterns[h.pattern]!.source.kind === 'claim');
  for (const h of kept) {
    const source = set.patterns[h.pattern]!.source;
    if (source.kind === 'claim') {
      mentions.push({ promise: source.promise, phrase: source.phrase, text: h.text, location: at(h.start) });
    } else {
      const promises = [
        ...new Set(
          claimHits.filter((c) => c.start < h.end && h.start < c.end).map((c) => (set.patterns[c.pattern]!.source as { promise: string }).promise),
        ),
      ];
      generic.push({ phrase: source.phrase, point: source.point, lang: source.lang, text: h.text, location: at(h.start), promises });
    }
  }
  const suppressions = parseSuppressions(extracted.comments, at, lines, notes);
  return { mentions, generic, suppressions, notes };
}

function findInSegment(segment: Segment, set: PatternSet, hits: Hit[]): void {
  const units = segment.units;
  set.matcher.run(units, 0, units.length, (key, start, end) => {
    for (const p of set.keyPatterns[key]!) {
      const pattern = set.patterns[p]!;
      const stop = verify(units, pattern, start, end);
      if (stop < 0) continue;
      hits.push({ pattern: p, start: segment.start + start, end: segment.start + stop, text: readable(units, start, stop) });
    }
  });
}

/**
 * Checks a key hit against the whole pattern: a word boundary before it, the
 * ending of a `*` word, the words after the key, and a boundary after the
 * last word. Returns the end of the match (exclusive), or -1.
 */
function verify(units: Uint16Array, pattern: Pattern, start: number, keyEnd: number): number {
  const kinds = kindTable();
  const fold = foldTable();
  const n = units.length;
  const words = pattern.words;
  if (words[0]!.wordStart) {
    let k = start - 1;
    while (k >= 0 && kinds[units[k]!] === INVISIBLE) k--;
    if (k >= 0 && kinds[units[k]!] === WORD) return -1;
  }
  let i = keyEnd;
  let w = pattern.keyWords - 1;
  for (;;) {
    const word = words[w]!;
    if (word.stem) {
      // Any ending: the rest of the word, but not markup after it.
      let end = i;
      while (i < n) {
        const kind = kinds[units[i]!];
        if (kind === WORD) end = ++i;
        else if (kind === INVISIBLE) i++;
        else break;
      }
      i = end;
    } else if (word.wordEnd) {
      let k = i;
      while (k < n && kinds[units[k]!] === INVISIBLE) k++;
      if (k < n && kinds[units[k]!] === WORD) return -1;
    }
    w++;
    if (w >= words.length) return i;
    // White space (at least one), then the next word, letter by letter.
    let spaced = false;
    while (i < n) {
      const kind = kinds[units[i]!];
      if (kind === SPACE) spaced = true;
      else if (kind !== INVISIBLE) break;
      i++;
    }
    if (!spaced) return -1;
    const text = words[w]!.text;
    for (let j = 0; j < text.length; j++) {
      while (i < n && kinds[units[i]!] === INVISIBLE) i++;
      if (i >= n || kinds[units[i]!] === BOUNDARY || fold[units[i]!] !== text.charCodeAt(j)) return -1;
      i++;
    }
  }
}

/** The matched words as a reader sees them: no markup, one space between words. */
function readable(units: Uint16Array, start: number, end: number): string {
  const kinds = kindTable();
  let out = '';
  let space = false;
  for (let i = start; i < end; i++) {
    const c = units[i]!;
    const kind = kinds[c];
    if (kind === INVISIBLE) continue;
    if (kind === SPACE || kind === BOUNDARY) {
      space = true;
      continue;
    }
    if (space && out !== '') out += ' ';
    space = false;
    out += String.fromCharCode(c);
  }
  return out;
}

/**
 * One hit per promise (or per generic claim) for overlapping words: two
 * claims of the same promise ("kuvien lajittelu*", "lajittelu*") on the same
 * words are one mention. The earliest, then the longest, wins.
 */
function dedupe(hits: Hit[], patterns: readonly Pattern[]): Hit[] {
  const groupOf = (h: Hit) => {
    const s = patterns[h.pattern]!.source;
    return s.kind === 'claim' ? `claim:${s.promise}` : 'generic';
  };
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end || a.pattern - b.pattern);
  const lastEnd = new Map<string, number>();
  const kept: Hit[] = [];
  for (const h of sorted) {
    const group = groupOf(h);
    if ((lastEnd.get(group) ?? -1) > h.start) continue;
    lastEnd.set(group, h.end);
    kept.push(h);
  }
  return kept;
}

const DIRECTIVE = /^\s*promise-audit-ignore(?![\w-])([^:]*)(?::([\s\S]*))?$/;

/** `promise-audit-ignore RULE[, RULE]: reason` comments; they apply to the line after the comment. */
function parseSuppressions(
  comments: readonly SourceComment[],
  at: (offset: number) => { file: string; line: number; column: number },
  lines: LineIndex,
  notes: CopyNote[],
): CopySuppression[] {
  const out: CopySuppression[] = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.body);
    if (!m) continue;
    const location = at(c.start);
    const names = (m[1] ?? '').split(/[\s,]+/).filter((s) => s !== '');
    const rules: RuleId[] = [];
    for (const name of names) {
      if (isRuleId(name) && (COPY_RULE_IDS as readonly string[]).includes(name)) rules.push(name);
      else notes.push({ code: 'ignoreUnknownRule', ...location, rule: name, ...suggest(name) });
    }
    if (names.length === 0) notes.push({ code: 'ignoreNoRule', ...location });
    if (rules.length === 0) continue;
    const reason = (m[2] ?? '').replace(/\s+/g, ' ').trim();
    out.push({ location, line: lines.at(c.end).line + 1, rules, reason: reason === '' ? null : reason });
  }
  return out;
}

function suggest(name: string): { suggestion?: string } {
  const s = closest(name, COPY_RULE_IDS) ?? closest(name, RULE_IDS);
  return s ? { suggestion: s } : {};
}
