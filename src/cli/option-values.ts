/**
 * Parsers of option values that commander's own checks (choices) do not
 * cover. Their identity tells usage-errors.ts which mistake was made, so that
 * it can say so in the run's language.
 */
import { InvalidArgumentError } from 'commander';
import { en } from '../i18n/en.js';
import { FORMATS, isFormat, type Format } from '../report/index.js';

/** `--max-size 2000`: a whole number above 0. */
export const positiveInt = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a whole number above 0');
  return n;
};

/** `-o FILE`: a name, not an empty one (`-o "$OUT"` with OUT unset), which would name the working folder. */
export const fileName = (value: string): string => {
  if (value.trim() === '') throw new InvalidArgumentError('needs a file name');
  return value;
};

/** The file `-o` names, or undefined for standard output: no `-o`, or `-o -` as the convention goes (not a file named `-`). */
export const outputFile = (output: string | undefined): string | undefined => (output === '-' ? undefined : output);

/** `--report FORMAT=FILE`, repeatable: each one is added to the list. */
export interface ReportTarget {
  format: Format;
  file: string;
}

export const reportTarget = (value: string, previous: ReportTarget[] = []): ReportTarget[] => {
  const at = value.indexOf('=');
  const format = value.slice(0, Math.max(0, at));
  const file = value.slice(at + 1);
  // Standard output holds the report of --format: `-` names no file here.
  if (at < 0 || !isFormat(format) || file.trim() === '' || file === '-') throw new InvalidArgumentError(en.ci.badReport({ value, formats: [...FORMATS] }));
  return [...previous, { format, file }];
};
