/** What the CLI needs from the outside world, so tests can run `main` without spawning. */
export interface OutStream {
  /** Text, or UTF-8 bytes that end where a character ends (the JSON report is written as bytes, encoded as it is made). */
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIO {
  stdout: OutStream;
  stderr: OutStream;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** Width for files, pipes and CI logs: wide enough for every column of the table. */
export const PLAIN_WIDTH = 140;

/** Columns to lay text out in: the terminal's, else $COLUMNS, else PLAIN_WIDTH. */
export function terminalWidth(io: CliIO): number {
  const fromEnv = Number(io.env.COLUMNS);
  if (io.stdout.columns && io.stdout.columns > 0) return io.stdout.columns;
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return PLAIN_WIDTH;
}

/** The width of the terminal `stream` is, or undefined when it is a pipe or a file. */
export function ttyWidth(stream: OutStream): number | undefined {
  return stream.isTTY && stream.columns && stream.columns > 0 ? stream.columns : undefined;
}
