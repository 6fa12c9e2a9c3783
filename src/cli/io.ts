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
