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
  /** Keys or list items of one level that do not start in the same column. */
  | { kind: 'misaligned' }
  /** A backslash in double quotes that starts no valid escape (`"C:\Users"`). */
  | { kind: 'badEscape' }
  /** A plain key or value starting with a character YAML reserves (`@`, `` ` ``, `%`). */
  | { kind: 'reservedStart'; char: string }
  /** `"value"#comment`: a comment needs a space before `#`. */
  | { kind: 'commentWithoutSpace' }
  /** `[, a]` or `[a,, b]`: an empty item in brackets. */
  | { kind: 'emptyItem' };

/** The mistake behind `yaml`'s error `code` with `message`, found at `offset` of `text`. */
export function yamlMistake(code: string, message: string, text: string, offset: number): YamlMistake | undefined {
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
      return undefined;
    case 'BAD_INDENT': {
      if (/^All (mapping|sequence) items must start at the same column/.test(message)) return dashAbove(text, offset) ? { kind: 'missingDash' } : { kind: 'misaligned' };
      const flow = /^Flow (sequence|map) .* end with a ([\]}])/.exec(message);
      if (!flow) return undefined;
      const bracket = flow[2] as ']' | '}';
      // The closing bracket further on this line: it is there, the line is not indented enough.
      return restOfLine(text, offset).includes(bracket) ? { kind: 'bracketIndent', bracket } : { kind: 'bracketNotClosed', bracket };
    }
    case 'UNEXPECTED_TOKEN':
      if (/^Unexpected (,|empty item) in flow/.test(message)) return { kind: 'emptyItem' };
      if (message.startsWith('Unexpected block-seq-ind on same line with key')) return { kind: 'dashAfterKey' };
      if (/^Unexpected flow-(seq|map)-end token/.test(message)) return { kind: 'bracketIndent', bracket: message.includes('seq') ? ']' : '}' };
      // `a: 'We're open'`: yaml reads `'We'` and finds more after it.
      if (message.startsWith('Unexpected scalar at node end') && text[offset - 1] === "'" && /:\s+'/.test(lineBefore(text, offset))) return { kind: 'apostrophe' };
      return undefined;
    case 'BAD_DQ_ESCAPE':
      return { kind: 'badEscape' };
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

function lineBefore(text: string, offset: number): string {
  return text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
}

/** Whether the nearest line above at the same indentation as the line at `offset` is a list item (`- `). */
function dashAbove(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const indent = /^ */.exec(text.slice(start))![0].length;
  if (text.startsWith('- ', start + indent)) return false;
  let end = start - 1;
  while (end > 0) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(from, end);
    end = from - 1;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const own = /^ */.exec(line)![0].length;
    if (own < indent) return false;
    if (own === indent) return line.startsWith('- ', indent) || line.slice(indent) === '-';
  }
  return false;
}
