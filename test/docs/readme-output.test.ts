/**
 * The output the README shows is what the tool prints: each `text` block is
 * the output of the command written above it, at the width it names. A
 * change to a report that leaves the README behind fails here, with the
 * real output in the diff to copy over.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from '../helpers/cli.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
/** Each text block, and the paragraph before it, which names the command and the width. */
const blocks = [...README.matchAll(/([^\n]+\n(?:[^\n]+\n)*)\n```text\n([\s\S]*?)^```$/gm)].map((m) => ({ intro: m[1]!, text: m[2]! }));

// In README order: the command, and the terminal width the text says it ran in (none: a pipe).
const shown: [string, string[], number | undefined][] = [
  ['the terminal report', ['check', 'examples/webshop.yaml'], 100],
  ['explain', ['explain', 'two-day-delivery', 'examples/webshop.yaml'], undefined],
  ['a register mistake', ['validate', 'examples/invalid/typo-key.yaml'], undefined],
  ['a scan of copy', ['scan', 'examples/copy/kuvapalvelu', '--register', 'examples/kuvapalvelu.yaml', '--lang', 'en'], 100],
];

describe('the README', () => {
  it('shows one text block for each command listed here', () => {
    expect(blocks).toHaveLength(shown.length);
  });

  it.each(shown.map(([name, args, columns], i) => [name, args, columns, i] as const))('shows the real output of %s', async (_name, args, columns, i) => {
    const { intro, text } = blocks[i]!;
    expect(intro.replace(/\s+/g, ' '), 'the paragraph above names the command').toContain(`promise-audit ${args.join(' ')}`);
    if (columns !== undefined) expect(intro.replace(/\s+/g, ' ')).toContain(`${columns}-column terminal`);
    const r = await run(args, columns === undefined ? { env: { NO_COLOR: '1' } } : { tty: true, columns, env: { NO_COLOR: '1' } });
    expect(text).toBe(r.stdout);
  });
});
