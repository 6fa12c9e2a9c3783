/** `promise-audit init [FILE] [--lang en|fi]`: a commented starter register. Never overwrites. */
import { resolve } from 'node:path';
import { loadCatalogue } from '../../i18n/index.js';
import { terminalSafeLine } from '../../report/shared/terminal-safe.js';
import { speakIn } from '../cleanup.js';
import { EXIT } from '../exit-codes.js';
import { displayPath, writeFileAtomic } from '../files.js';
import type { CliIO } from '../io.js';
import { parseLang } from '../load-register.js';

export async function initCommand(file: string | undefined, options: { lang?: string }, io: CliIO): Promise<number> {
  const lang = parseLang(options.lang) ?? 'en';
  const t = await loadCatalogue(lang);
  speakIn(t, { report: false });
  const text = lang === 'fi' ? (await import('../../templates/starter-fi.js')).starterFi : (await import('../../templates/starter-en.js')).starterEn;
  const target = resolve(io.cwd, file ?? 'promises.yaml');
  const display = displayPath(target, io.cwd);
  writeFileAtomic(target, text, { noClobber: true, display, t });
  io.stdout.write(`${terminalSafeLine(t.cli.initDone({ file: display }))}\n`);
  return EXIT.pass;
}
