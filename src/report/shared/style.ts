/**
 * Styling as an option, not detected inside reporters: the CLI decides about
 * colour once and passes a Styler. `plainStyle` leaves text as it is.
 */
export interface Styler {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
  magenta(text: string): string;
  gray(text: string): string;
}

const id = (text: string) => text;

export const plainStyle: Styler = { bold: id, dim: id, red: id, yellow: id, green: id, cyan: id, magenta: id, gray: id };
