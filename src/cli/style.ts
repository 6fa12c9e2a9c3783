/** The one place chalk is configured, with the level the CLI decided on. */
import { Chalk } from 'chalk';
import { plainStyle, type Styler } from '../report/shared/style.js';
import type { ColorLevel } from './color.js';

export function makeStyler(level: ColorLevel): Styler {
  if (level === 0) return plainStyle;
  const c = new Chalk({ level });
  return {
    bold: (s) => c.bold(s),
    dim: (s) => c.dim(s),
    red: (s) => c.red(s),
    yellow: (s) => c.yellow(s),
    green: (s) => c.green(s),
    cyan: (s) => c.cyan(s),
    magenta: (s) => c.magenta(s),
    gray: (s) => c.gray(s),
  };
}
