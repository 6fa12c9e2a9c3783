/**
 * Writes examples/reports/: the Markdown and HTML reports of
 * examples/webshop.yaml in English and Finnish, exactly as
 * `promise-audit check examples/webshop.yaml --format markdown|html --lang en|fi`
 * prints them from the repository's root (the CLI runs in-process, from the
 * sources). Run with `npm run examples`; test/report/examples.test.ts fails
 * when they are out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { main } from '../src/cli/main.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REGISTER = 'examples/webshop.yaml';
const OUT = 'examples/reports';

/** Report path (relative to the root) → its text. */
export async function exampleReports(): Promise<Map<string, string>> {
  const reports = new Map<string, string>();
  for (const [format, ext] of [['markdown', 'md'], ['html', 'html']] as const) {
    for (const lang of ['en', 'fi'] as const) {
      let stdout = '';
      let stderr = '';
      const code = await main(['check', REGISTER, '--format', format, '--lang', lang, '--no-color'], {
        stdout: { write: (s: string) => (stdout += s), isTTY: false },
        stderr: { write: (s: string) => (stderr += s), isTTY: false },
        // No environment: neither the clock, CI variables nor a job summary file may change the output.
        env: {},
        cwd: ROOT,
      });
      // 0 and 1 are verdicts (the example fails on purpose); 2 means nothing was audited.
      if (code === 2 || stdout === '') throw new Error(`${REGISTER} --format ${format} --lang ${lang} failed (exit ${code}):\n${stderr}`);
      reports.set(`${OUT}/webshop.${lang}.${ext}`, stdout);
    }
  }
  return reports;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  mkdirSync(join(ROOT, OUT), { recursive: true });
  for (const [file, text] of await exampleReports()) {
    writeFileSync(join(ROOT, file), text);
    process.stdout.write(`wrote ${file}\n`);
  }
}
