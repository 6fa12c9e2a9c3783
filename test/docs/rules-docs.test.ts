/**
 * Every rule has its page in docs/rules/<rule-id>.md (reports link there), no
 * page is left over from a rule that is gone, each page states the rule's
 * default severity as the code has it, and its examples give the output the
 * page shows.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/audit/rules/index.js';
import { ROOT, run, tempDir } from '../helpers/cli.js';

const DIR = join(ROOT, 'docs/rules');
const pages = readdirSync(DIR)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .map((f) => f.slice(0, -'.md'.length))
  .sort();
const ruleIds = Object.keys(rules).sort();
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');

describe('rule documentation', () => {
  it('has a page for every rule', () => {
    expect(ruleIds.filter((id) => !pages.includes(id))).toEqual([]);
  });

  it('has no page for a rule that does not exist', () => {
    expect(pages.filter((page) => !ruleIds.includes(page))).toEqual([]);
  });

  it.each(ruleIds)('%s: the page is titled by the id and names the default severity', (id) => {
    const page = read(`${id}.md`);
    expect(page.split('\n')[0]).toBe(`# ${id}`);
    const severities = [...page.matchAll(/^\*\*Default severity:\*\* (\w+)$/gm)].map((m) => m[1]);
    expect(severities).toEqual([rules[id as keyof typeof rules].severity]);
  });

  it.each(ruleIds)('%s: the index lists it with its default severity', (id) => {
    const row = read('README.md')
      .split('\n')
      .find((line) => line.startsWith(`| [\`${id}\`](${id}.md) |`));
    expect(row).toBeDefined();
    expect(row!.split('|')[2]!.trim()).toBe(rules[id as keyof typeof rules].severity);
  });

  // An example is a register in a yaml block, then the line COMMAND, then the
  // output in a text block: that register alone, checked on 2026-11-24, must
  // give every line shown.
  const COMMAND = '`promise-audit check promises.yaml --as-of 2026-11-24` gives:';
  const examples = pages.flatMap((page) => {
    const blocks = [...read(`${page}.md`).matchAll(/```(\w*)\n([\s\S]*?)```/g)];
    return blocks.flatMap((b, i) => {
      const before = blocks[i - 1];
      if (b[1] !== 'text' || before?.[1] !== 'yaml') return [];
      const between = b.input.slice(before.index + before[0].length, b.index).trim();
      return between === COMMAND ? [{ page, yaml: before[2]!, shown: b[2]! }] : [];
    });
  });

  it('checks the examples of the pages written so', () => {
    expect(examples.map((e) => e.page)).toEqual(expect.arrayContaining(['broken-promise', 'customer-voice', 'waiver-unused']));
  });

  it.each(examples)('$page: the example gives the finding lines the page shows', async ({ yaml, shown }) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'promises.yaml'), yaml);
    const r = await run(['check', 'promises.yaml', '--no-color', '--as-of', '2026-11-24'], { cwd: dir });
    const output = r.stdout.split('\n');
    for (const line of shown.trimEnd().split('\n')) expect(output).toContain(line);
  });
});
