/**
 * The YAML mistakes people make writing a register by hand, told apart by
 * `yaml`'s error code and message and the text where it is found, so that
 * each catalogue can say them in its own words: `yaml`'s messages are
 * English, and name the grammar ("Nested mappings are not allowed in compact
 * mappings") rather than the mistake (a colon in an unquoted value). Anything
 * not listed keeps `yaml`'s words.
 */
export type YamlMistake =
  /** `statement: Free returns: 60 days`, or a line indented deeper than the keys beside it. */
  | { kind: 'keyInValue' }
  /** A line that is not `key: value`: no colon, or no space after it. */
  | { kind: 'notKeyValue' }
  /** A key without its colon and value, where the mapping goes on. */
  | { kind: 'keyWithoutValue' }
  /** A list item without the `- ` the items before it have. */
  | { kind: 'missingDash' }
  /** `tags: - a`: a block list begun on its key's line. */
  | { kind: 'dashAfterKey' }
  | { kind: 'quoteNotClosed'; quote: '"' | "'" }
  /** `'We're open'`: an apostrophe ends a single-quoted value. */
  | { kind: 'apostrophe' }
  | { kind: 'bracketNotClosed'; bracket: ']' | '}' }
  /** A `[…]` or `{…}` continued on a line indented no deeper than its key. */
  | { kind: 'bracketIndent'; bracket: ']' | '}' }
  /** `[web]]`: a closing bracket with nothing to close. */
  | { kind: 'extraBracket'; bracket: ']' | '}' }
  /** Keys or list items of one level that do not start in the same column. */
  | { kind: 'misaligned' }
  /** A backslash in double quotes that starts no valid escape (`"C:\Users"`). */
  | { kind: 'badEscape' }
  /** A plain key or value starting with a character YAML reserves (`@`, `` ` ``, `%`). */
  | { kind: 'reservedStart'; char: string }
  /** `"value"#comment`: a comment needs a space before `#`. */
  | { kind: 'commentWithoutSpace' }
  /** `[, a]` or `[a,, b]`: an empty item in brackets. */
  | { kind: 'emptyItem' }
  /** `brand: !Ref shop`, `count: !!int many`: a tag, where a register is plain data. */
  | { kind: 'tag'; tag: string }
  /** `statement: "Fast" delivery`: a quoted value ends at its closing quote, and more text follows. */
  | { kind: 'textAfterQuote'; quote: '"' | "'" }
  /** `x: [a, b] c`: a bracketed value ends at its closing bracket, and more text follows. */
  | { kind: 'textAfterBracket'; bracket: ']' | '}' }
  /** `["web" "store"]`, `{ name: Team contact: x }`: two items in brackets without a comma between them. */
  | { kind: 'missingComma'; bracket: ']' | '}' }
  /** `claims: "fast", "free"`: a list written without its brackets. */
  | { kind: 'listWithoutBrackets' }
  /** `[` on a key's line and `- item` lines under it: brackets and dashes mixed. */
  | { kind: 'dashInBrackets' }
  /** `statement: |` with its text not indented deeper than the key. */
  | { kind: 'blockTextIndent'; indicator: '|' | '>' }
  /** Blank lines first in a `|` block with more spaces on them than its text (an editor's leftovers). */
  | { kind: 'blockBlankSpaces' }
  /**
   * `target: >= 90`: a plain value that starts with `>` or `|`, which YAML reads
   * as a block's header. `key` is the line's key (undefined for a list item),
   * `value` the value as written.
   */
  | { kind: 'indicatorStart'; indicator: '>' | '|'; key?: string; value: string }
  /** `statement: > Fast delivery`: a block's text begun on its header's line. */
  | { kind: 'textOnBlockHeader'; indicator: '>' | '|' };

/** Mistakes that are never an echo of another on their line: said even where the line's slip is named already. */
const STANDS_ALONE = new Set<YamlMistake['kind']>(['badEscape', 'reservedStart', 'quoteNotClosed', 'apostrophe', 'commentWithoutSpace', 'emptyItem', 'tag', 'textAfterQuote', 'textAfterBracket', 'missingComma', 'listWithoutBrackets', 'dashInBrackets']);

export function standsAlone(why: YamlMistake): boolean {
  return STANDS_ALONE.has(why.kind);
}

/**
 * The mistake behind `yaml`'s error `code` with `message`, found at `offset`
 * of `text`, and where to show it (`at`): where yaml finds a mistake is not
 * always where the user must look.
 */
export function yamlMistake(code: string, message: string, text: string, offset: number): { why: YamlMistake; at: number } | undefined {
  const why = classify(code, message, text, offset);
  if (why?.kind === 'keyInValue') {
    // `tier: hygiene` and below it `     owner: team`, one space too deep: yaml reads the key as going on in the value above.
    const deeper = deeperKeyBelow(text, offset);
    if (deeper !== undefined) return { why: { kind: 'misaligned' }, at: deeper };
  }
  return why && { why, at: shownAt(why, text, offset) };
}

/**
 * Where the text starts of the line after the one holding `offset`, when that
 * line is `key: value` indented deeper than the key of the line above it.
 */
function deeperKeyBelow(text: string, offset: number): number | undefined {
  const start = lineStart(text, offset);
  const end = text.indexOf('\n', offset);
  if (end === -1) return undefined;
  // The column of the line's key: after its indentation and any `- ` of list items.
  const own = /^(?: |- )*/.exec(text.slice(start, offset))![0].length;
  const below = /^( +)([^\s#:][^:\n]*):(?: |$)/m.exec(text.slice(end + 1, end + 1 + 1024));
  if (!below || below.index !== 0 || below[1]!.length <= own) return undefined;
  return end + 1 + below[1]!.length;
}

function shownAt(why: YamlMistake, text: string, offset: number): number {
  switch (why.kind) {
    // yaml stops after the `>`, or at the text after it: the `>` that made the value a block.
    case 'indicatorStart':
    case 'textOnBlockHeader':
      return lineStart(text, offset) + lineBefore(text, offset).lastIndexOf(why.indicator);
    // yaml says so at the end of the file, where the unclosed value ends: the quote that opened it.
    case 'quoteNotClosed':
      return openingQuote(text, why.quote, offset);
    // A line out of line: where its text starts, not at column 1.
    case 'misaligned':
    case 'missingDash':
    case 'blockTextIndent':
      return lineTextStart(text, offset);
    // yaml stops just after the apostrophe.
    case 'apostrophe':
      return offset - 1;
    default:
      return offset;
  }
}

/** What yaml says of a line of a block's text that is not indented into it. */
const BLOCK_TEXT_CODES = new Set(['MULTILINE_IMPLICIT_KEY', 'MISSING_CHAR', 'BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY']);

function classify(code: string, message: string, text: string, offset: number): YamlMistake | undefined {
  // A line under `key: |` that is not indented deeper, which yaml finds is not `key: value`: the block's text left out of it.
  const block = BLOCK_TEXT_CODES.has(code) ? blockHeaderAbove(text, offset) : undefined;
  if (block) return { kind: 'blockTextIndent', indicator: block };
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      return message.startsWith('Nested mappings') ? { kind: 'keyInValue' } : undefined;
    case 'MULTILINE_IMPLICIT_KEY':
      return message.startsWith('Implicit keys need to be on a single line') ? { kind: 'notKeyValue' } : undefined;
    case 'MISSING_CHAR':
      if (message === 'Missing closing "quote') return { kind: 'quoteNotClosed', quote: '"' };
      if (message === "Missing closing 'quote") return { kind: 'quoteNotClosed', quote: "'" };
      if (message.startsWith('Comments must be separated from other tokens')) return { kind: 'commentWithoutSpace' };
      if (message.startsWith('Implicit map keys need to be followed by map values')) {
        // `contact:a@b.fi`: the colon is there, the space after it is not.
        if (/^[^\s:#]+:\S/.test(restOfLine(text, offset))) return { kind: 'notKeyValue' };
        return dashAbove(text, offset) ? { kind: 'missingDash' } : { kind: 'keyWithoutValue' };
      }
      if (message.startsWith('Missing , or : between flow')) return apostropheAt(text, offset) ? { kind: 'apostrophe' } : { kind: 'missingComma', bracket: message.includes('sequence') ? ']' : '}' };
      // At the end of the file.
      if (message.startsWith('Flow sequence must end with a ]')) return { kind: 'bracketNotClosed', bracket: ']' };
      if (message.startsWith('Flow map must end with a }')) return { kind: 'bracketNotClosed', bracket: '}' };
      if (message.startsWith('Block scalars with more-indented leading empty lines')) return { kind: 'blockBlankSpaces' };
      // `   tier: x` between keys at 4 spaces in a `- ` item: a key one space short of its neighbours.
      if (message.startsWith('Sequence item without - indicator')) return dashAbove(text, offset) ? { kind: 'missingDash' } : { kind: 'misaligned' };
      return undefined;
    case 'BAD_INDENT': {
      if (/^All (mapping|sequence) items must start at the same column/.test(message)) return dashAbove(text, offset) ? { kind: 'missingDash' } : { kind: 'misaligned' };
      const flow = /^Flow (sequence|map) .* end with a ([\]}])/.exec(message);
      if (!flow) return undefined;
      const bracket = flow[2] as ']' | '}';
      // The closing bracket further on this line: it is there, the line is not indented enough.
      return closes(restOfLine(text, offset), bracket) ? { kind: 'bracketIndent', bracket } : { kind: 'bracketNotClosed', bracket };
    }
    case 'UNEXPECTED_TOKEN':
      if (/^Unexpected (,|empty item) in flow/.test(message)) return { kind: 'emptyItem' };
      if (message.startsWith('Unexpected block-seq-ind on same line with key')) return { kind: 'dashAfterKey' };
      // A closing bracket that starts its line closes a `[` above; one after other text on its line has nothing to close.
      if (/^Unexpected flow-(seq|map)-end token/.test(message)) {
        const bracket = message.includes('seq') ? ']' : '}';
        return lineBefore(text, offset).trim() === '' ? { kind: 'bracketIndent', bracket } : { kind: 'extraBracket', bracket };
      }
      if (message.startsWith('Unexpected scalar at node end')) return textAfterValue(text, offset);
      if (message.startsWith('Block scalar header includes extra characters') || message.startsWith('Not a YAML token')) return indicatorStart(text, offset);
      return undefined;
    case 'BLOCK_IN_FLOW': {
      if (/^-(?: |$)/m.test(restOfLine(text, offset))) return { kind: 'dashInBrackets' };
      // `{ name: Team contact: x }`: `Team contact: x` reads as a mapping inside the brackets.
      const open = lineBefore(text, offset).replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '').match(/[[{](?=[^[{]*$)/)?.[0];
      return open === undefined ? undefined : { kind: 'missingComma', bracket: open === '[' ? ']' : '}' };
    }
    case 'BAD_DQ_ESCAPE':
      return { kind: 'badEscape' };
    // yaml names `!!int` by its full name (tag:yaml.org,2002:int): the tag is said as the file writes it.
    case 'TAG_RESOLVE_FAILED': {
      const tag = /^!(?:<[^>]*>|[^\s,[\]{}]*)/.exec(text.slice(offset, offset + 1024))?.[0];
      return tag ? { kind: 'tag', tag } : undefined;
    }
    case 'BAD_SCALAR_START': {
      const m = /character (\S)$/.exec(message);
      return m ? { kind: 'reservedStart', char: m[1] as string } : undefined;
    }
    default:
      return undefined;
  }
}

function restOfLine(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  return text.slice(offset, end === -1 ? text.length : end);
}

/** Where the line holding `offset` starts. */
function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineBefore(text: string, offset: number): string {
  return text.slice(lineStart(text, offset), offset);
}

/**
 * Whether the line at `offset` looks like a list item that lost its `- `: the
 * nearest lines above it at its indentation are list items shaped like it (the
 * same key, or none), and they are not a list written at the column of a key
 * of the same mapping (`key:` then `- a`, where the line is that mapping's next key).
 */
function dashAbove(text: string, offset: number): boolean {
  const start = lineStart(text, offset);
  const lead = /^[ \t]*/.exec(text.slice(start))![0];
  if (lead.includes('\t')) return false; // a tab in the indentation: not a missing dash
  const indent = lead.length;
  if (text.startsWith('- ', start + indent)) return false;
  let sawDash = false;
  const item = restOfLine(text, start + indent);
  for (const line of linesAbove(text, start)) {
    const own = /^ */.exec(line)![0].length;
    if (own < indent) return sawDash;
    if (own === indent) {
      if (!(line.startsWith('- ', indent) || line.slice(indent).trimEnd() === '-')) return false;
      // Shaped like the item above: `id: b` under `- id: a`, `web2` under `- web`; `tier: x` under `- id: a` is a key out of line.
      if (!sawDash && line.slice(indent).trimEnd() !== '-' && keyOf(line.slice(indent + 2)) !== keyOf(item)) return false;
      sawDash = true;
      continue; // the run of items: is it a list under a key at this same column (`key:` then `- a`)?
    }
  }
  return sawDash;
}

function keyOf(item: string): string | undefined {
  return /^([^\s:#'"][^:]*?|"[^"]*"|'[^']*'):(?:\s|$)/.exec(item.trim())?.[1];
}

/**
 * What ended a value before the text at `offset`, which yaml finds left over:
 * `'We'` of `'We're open'` (an apostrophe: the rest holds the quote that was
 * meant to close the value), a closing quote, or a closing bracket.
 */
function textAfterValue(text: string, offset: number): YamlMistake | undefined {
  const before = lineBefore(text, offset).trimEnd();
  const end = before[before.length - 1];
  // `claims: "fast", "free"`: quoted items with commas, the brackets left out.
  if ((end === '"' || end === "'") && /^,\s*["']/.test(restOfLine(text, offset))) return { kind: 'listWithoutBrackets' };
  if (apostropheAt(text, offset) && restOfLine(text, offset).includes("'")) return { kind: 'apostrophe' };
  if (end === '"' || end === "'") return { kind: 'textAfterQuote', quote: end };
  if (end === ']' || end === '}') return { kind: 'textAfterBracket', bracket: end };
  return undefined;
}

/**
 * `target: >= 90` or `- > 5`: the line's value starts with `>` or `|` and
 * text follows it on the line, where `offset` is, which no block header
 * holds (a header is the indicator, a digit and `+` or `-` at most).
 */
function indicatorStart(text: string, offset: number): YamlMistake | undefined {
  const start = lineStart(text, offset);
  const line = restOfLine(text, start).replace(/\s+#.*$/, '').trimEnd();
  const m = /^ *(?:- +)*(?:([^\s#'"\-?:][^:#]*?|"[^"]*"|'[^']*'):[ ]+)?([>|])(.*)$/.exec(line);
  if (!m || start + line.length <= offset - 1) return undefined;
  // A comparison (`>= 90`, `> 5 stars`) is text in need of quotes; `statement: > Fast delivery`
  // is a block begun on its key's line, and quoting it would put the `>` into the text.
  if (!/^(?:=|\s*[-+]?\d)/.test(m[3] ?? '') || /["']/.test(m[3] ?? '')) return { kind: 'textOnBlockHeader', indicator: m[2] as '>' | '|' };
  return { kind: 'indicatorStart', indicator: m[2] as '>' | '|', key: m[1], value: `${m[2]}${m[3]}` };
}

/**
 * `|` or `>` when the nearest line above `offset` that has text ends with a
 * block scalar's header (`statement: |`, `- >-`) and the line at `offset` is
 * indented no deeper than the key or `-` the block belongs to: the block's
 * text, not indented into it.
 */
function blockHeaderAbove(text: string, offset: number): '|' | '>' | undefined {
  const start = lineStart(text, offset);
  const indent = /^ */.exec(text.slice(start, start + 256))![0].length;
  // A `key: value` line there is a key of the mapping, after an empty block.
  if (keyOf(restOfLine(text, start)) !== undefined) return undefined;
  for (const line of linesAbove(text, start)) {
    const header = /(?:^|:|^ *-)[ ]+([|>])[1-9+-]{0,2}[ ]*(?:#.*)?$/.exec(line);
    if (!header) return undefined;
    // The block's text goes deeper than the key it belongs to (`  - statement: |`: column 4, after
    // the item's `- `), or than the `-` of an item that is the block itself (`  - |`: column 2).
    const lead = /^(?: |- )*/.exec(line)![0];
    const owner = /^[|>]/.test(line.slice(lead.length)) ? lead.length - 2 : lead.length;
    return indent <= owner ? (header[1] as '|' | '>') : undefined;
  }
  return undefined;
}

/** The lines above the line that starts at `start`, nearest first, without blank and comment lines. */
function* linesAbove(text: string, start: number): Generator<string> {
  let end = start - 1;
  while (end > 0) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(from, end);
    end = from - 1;
    if (line.trim() !== '' && !line.trimStart().startsWith('#')) yield line;
  }
}

/** `'We'` right before `offset`, opened where a value starts: after `: `, `- `, `[` or `,`. */
function apostropheAt(text: string, offset: number): boolean {
  return text[offset - 1] === "'" && /(?:^|[:\-\[{,]\s*|^\s*)'[^']*'$/.test(lineBefore(text, offset));
}

/** Whether `rest` closes more `bracket`s than it opens, outside quotes and comments. */
function closes(rest: string, bracket: ']' | '}'): boolean {
  const open = bracket === ']' ? '[' : '{';
  const plain = rest.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '').replace(/(^|\s)#.*$/, '');
  let depth = 0;
  for (const ch of plain) {
    if (ch === open) depth++;
    else if (ch === bracket && --depth < 0) return true;
  }
  return false;
}

/** Where the text of the line holding `offset` starts, after its indentation. */
function lineTextStart(text: string, offset: number): number {
  let i = lineStart(text, offset);
  while (text[i] === ' ') i++;
  return i;
}

/**
 * Where a quoted value that runs to `end` without its closing quote opened:
 * the last such quote before `end` that does not belong to the value itself
 * (in double quotes, one not escaped by a backslash; in single quotes, one not
 * doubled).
 */
function openingQuote(text: string, quote: '"' | "'", end: number): number {
  for (let i = Math.min(end, text.length) - 1; i >= 0; i--) {
    if (text[i] !== quote) continue;
    if (quote === "'" && text[i - 1] === "'") {
      i--; // '' is a quote inside the value
      continue;
    }
    let slashes = 0;
    while (quote === '"' && text[i - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 0) return i;
  }
  return end;
}
