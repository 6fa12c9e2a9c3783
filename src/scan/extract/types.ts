/**
 * What an extractor gives the scanner: searchable text with a way back to the
 * original file. Each segment is a run of UTF-16 code units that stands for
 * the original range [start, start + units.length): markup is masked in place
 * (SKIP or BREAK, see chars.ts) and escapes are decoded in place (the decoded
 * character where the escape began, SKIP for the rest), so an index in a
 * segment plus its `start` is the offset in the file. Text that sits apart
 * from the flow — an `alt` or `title` attribute, a string value of a JSON or
 * YAML file — is a segment of its own.
 */
export interface Segment {
  /** Offset in the original text of `units[0]`. */
  start: number;
  units: Uint16Array;
}

/** A comment in the source, where inline suppressions live. */
export interface SourceComment {
  /** Offsets in the original text: from the comment's first character to after its last. */
  start: number;
  end: number;
  /** The comment's text, without its delimiters. */
  body: string;
}

export interface Extracted {
  segments: Segment[];
  comments: SourceComment[];
  /** Set when the file could not be read as its format and was searched as plain text. */
  fallback?: 'unparsable';
}
