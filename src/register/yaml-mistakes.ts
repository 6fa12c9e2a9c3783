/**
 * The YAML mistakes people make writing a register by hand, told apart by
 * `yaml`'s error code and message, so that each catalogue can say them in its
 * own words: `yaml`'s messages are English, and name the grammar ("Nested
 * mappings are not allowed in compact mappings") rather than the mistake
 * (a colon in an unquoted value). Anything not listed keeps `yaml`'s words.
 */
export type YamlMistake =
  /** `statement: Free returns: 60 days`, or a line indented deeper than the keys beside it. */
  | { kind: 'keyInValue' }
  /** A line that is not `key: value`: no colon, or no space after it. */
  | { kind: 'notKeyValue' }
  /** A key without its colon and value, where the mapping goes on. */
  | { kind: 'keyWithoutValue' }
  | { kind: 'quoteNotClosed'; quote: '"' | "'" }
  | { kind: 'bracketNotClosed'; bracket: ']' | '}' }
  /** Keys or list items of one level that do not start in the same column. */
  | { kind: 'misaligned' }
  /** A backslash in double quotes that starts no valid escape (`"C:\Users"`). */
  | { kind: 'badEscape' }
  /** A plain value starting with a character YAML reserves (`@`, `` ` ``, `%`). */
  | { kind: 'reservedStart'; char: string }
  /** `"value"#comment`: a comment needs a space before `#`. */
  | { kind: 'commentWithoutSpace' }
  /** `[a,, b]`: two commas in a row in brackets or braces. */
  | { kind: 'doubleComma' };

export function yamlMistake(code: string, message: string): YamlMistake | undefined {
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      return message.startsWith('Nested mappings') ? { kind: 'keyInValue' } : undefined;
    case 'MULTILINE_IMPLICIT_KEY':
      return message.startsWith('Implicit keys need to be on a single line') ? { kind: 'notKeyValue' } : undefined;
    case 'MISSING_CHAR':
      if (message === 'Missing closing "quote') return { kind: 'quoteNotClosed', quote: '"' };
      if (message === "Missing closing 'quote") return { kind: 'quoteNotClosed', quote: "'" };
      if (message.startsWith('Implicit map keys need to be followed by map values')) return { kind: 'keyWithoutValue' };
      if (message.startsWith('Comments must be separated from other tokens')) return { kind: 'commentWithoutSpace' };
      return undefined;
    case 'BAD_INDENT':
      if (/^All (mapping|sequence) items must start at the same column/.test(message)) return { kind: 'misaligned' };
      if (/^Flow sequence .* end with a \]/.test(message)) return { kind: 'bracketNotClosed', bracket: ']' };
      if (/^Flow map .* end with a \}/.test(message)) return { kind: 'bracketNotClosed', bracket: '}' };
      return undefined;
    case 'UNEXPECTED_TOKEN':
      return /^Unexpected , in flow/.test(message) ? { kind: 'doubleComma' } : undefined;
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
