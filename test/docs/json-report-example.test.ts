/**
 * The example in docs/json-report.md is abridged from a real report: some
 * whole items are left out of its lists, nothing else. Every object in it has the
 * keys and values the report has, and every list item is one of the report's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT, run } from '../helpers/cli.js';

const doc = readFileSync(join(ROOT, 'docs/json-report.md'), 'utf8');

/** Where `shown` is not `real` with list items left out: the path and what differs. */
function differences(shown: unknown, real: unknown, path = '$'): string[] {
  if (Array.isArray(shown)) {
    if (!Array.isArray(real)) return [`${path}: a list, but the report has ${JSON.stringify(real)}`];
    // Abridged, not emptied: a list shown empty is one the report has empty.
    if (shown.length === 0 && real.length > 0) return [`${path}: shown empty, the report has ${real.length} items`];
    // Each item against the report's item it is nearest to: none, when it is one of them.
    return shown.flatMap((item, i) => {
      const tries = real.map((r) => differences(item, r, `${path}[${i}]`));
      return tries.reduce((best, d) => (d.length < best.length ? d : best), tries[0] ?? [`${path}[${i}]: the report's list is empty`]);
    });
  }
  if (shown !== null && typeof shown === 'object') {
    if (real === null || typeof real !== 'object' || Array.isArray(real)) return [`${path}: an object, but the report has ${JSON.stringify(real)}`];
    const keys = Object.keys(shown);
    const realKeys = Object.keys(real);
    if (keys.join() !== realKeys.join()) return [`${path}: keys ${keys.join(', ')}; the report has ${realKeys.join(', ')}`];
    return keys.flatMap((k) => differences((shown as Record<string, unknown>)[k], (real as Record<string, unknown>)[k], `${path}.${k}`));
  }
  return shown === real ? [] : [`${path}: ${JSON.stringify(shown)}, the report has ${JSON.stringify(real)}`];
}

it('docs/json-report.md shows a real report, abridged', async () => {
  const command = /Abridged from `promise-audit (check [^`]+)`/.exec(doc);
  expect(command).not.toBeNull();
  const example = /^```json\n([\s\S]*?)^```$/m.exec(doc.slice(command!.index));
  const real = JSON.parse((await run(command![1]!.split(' '))).stdout) as unknown;
  expect(differences(JSON.parse(example![1]!), real)).toEqual([]);
});
