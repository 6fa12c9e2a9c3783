/**
 * Whether to colour output. Order: --no-color / --color, then NO_COLOR
 * (https://no-color.org: present and not empty), then FORCE_COLOR (chalk's
 * convention: 0 off, 1–3 a level), then whether the stream is a terminal.
 */
import type { CliIO, OutStream } from './io.js';

export type ColorLevel = 0 | 1 | 2 | 3;

export function colorLevel(flag: boolean | undefined, io: CliIO, stream: OutStream): ColorLevel {
  if (flag === false) return 0;
  const env = io.env;
  // A flag typed for this run beats the settings of the environment (no-color.org says so of NO_COLOR).
  if (flag !== true && env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force === '2' || force === '3') return Number(force) as ColorLevel;
  if (force !== undefined && force !== '0' && force !== 'false') return 1;
  if (flag !== true && (force !== undefined || !stream.isTTY || env.TERM === 'dumb')) return 0;
  return terminalLevel(env);
}

/** The colours the terminal says it shows: 16, 256 or millions. */
function terminalLevel(env: CliIO['env']): ColorLevel {
  const colorterm = env.COLORTERM ?? '';
  if (colorterm === 'truecolor' || colorterm === '24bit') return 3;
  if (/-256(color)?$/i.test(env.TERM ?? '')) return 2;
  return 1;
}
