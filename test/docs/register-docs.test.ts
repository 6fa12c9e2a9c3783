/**
 * docs/register.md is where people copy their first register from: every
 * YAML snippet in it is YAML, and its complete example audits as the text
 * under it says.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { ROOT, run, tempDir } from '../helpers/cli.js';

const doc = readFileSync(join(ROOT, 'docs/register.md'), 'utf8');
const snippets = [...doc.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);

it('has YAML snippets that copy without a YAML error', () => {
  expect(snippets.length).toBeGreaterThanOrEqual(8);
  for (const snippet of snippets) expect(parseDocument(snippet).errors.map((e) => e.message), snippet).toEqual([]);
});

it('has a complete small example that audits as the text says', async () => {
  const example = /## A complete small example\n\n```yaml\n([\s\S]*?)^```$/m.exec(doc)![1]!;
  const dir = tempDir();
  writeFileSync(join(dir, 'promises.yaml'), example);
  const r = await run(['check', '--format', 'json'], { cwd: dir });
  const report = JSON.parse(r.stdout) as { promises: { id: string; status: string }[]; findings: { rule: string; promise: string; severity: string }[] };
  expect(report.promises.map((p) => [p.id, p.status])).toEqual([
    ['two-day-delivery', 'ready'],
    ['gift-wrap', 'blocked'],
  ]);
  expect(report.findings.map((f) => [f.rule, f.promise, f.severity])).toContainEqual(['customer-voice', 'gift-wrap', 'warning']);
  expect(doc).toMatch(/`two-day-delivery` is \*\*ready\*\*\. `gift-wrap` is \*\*blocked\*\*/);
});
