/**
 * examples/reports/ holds the Markdown and HTML reports of the webshop example
 * in both languages; they must be what the tool prints today. When this
 * fails, run `npm run examples` and review the diff.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleReports, ROOT } from '../../scripts/examples.js';

describe('examples/reports', async () => {
  const reports = await exampleReports();

  it('has the four reports', () => {
    expect([...reports.keys()].sort()).toEqual([
      'examples/reports/webshop.en.html',
      'examples/reports/webshop.en.md',
      'examples/reports/webshop.fi.html',
      'examples/reports/webshop.fi.md',
    ]);
  });

  it.each([...reports])('%s is up to date (npm run examples)', (file, text) => {
    expect(readFileSync(join(ROOT, file), 'utf8'), `${file} is out of date: run npm run examples`).toBe(text);
  });
});
