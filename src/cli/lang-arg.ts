/** The language typed on the command line (`--lang fi`, `--lang=fi`), if any: read before commander parses it. */
import { isLang, type Lang } from '../i18n/index.js';

export function langArgument(argv: readonly string[]): Lang | undefined {
  // The last one, as commander takes it.
  let lang: Lang | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (isLang(value)) lang = value;
  }
  return lang;
}
