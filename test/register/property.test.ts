/**
 * Whatever text it is given, the loader returns a register or positioned
 * diagnostics — it never throws, and every position lies inside the file.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRegister } from '../../src/register/index.js';

const example = readFileSync('examples/webshop.yaml', 'utf8');
const lines = example.split('\n');

function checkOutcome(text: string | Uint8Array): void {
  const result = loadRegister(text, 'promises.yaml');
  if (result.ok) {
    expect(result.register.version).toBe(1);
    return;
  }
  expect(result.diagnostics.length).toBeGreaterThan(0);
  const lineCount = result.source.root.lines.lineCount;
  for (const d of result.diagnostics) {
    expect(d.location.line).toBeGreaterThanOrEqual(1);
    expect(d.location.line).toBeLessThanOrEqual(lineCount);
    expect(d.location.column).toBeGreaterThanOrEqual(1);
  }
}

/** Small edits a person makes by mistake: delete, duplicate, swap or indent lines; change characters. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('char' as const), at: fc.nat(), col: fc.nat(), ch: fc.constantFrom(':', '-', '[', ']', '{', '}', '"', "'", '#', '&a', '*a', '!!str', '\t', ' ', '|', '>', '?', 'x', '1', '', '2026-02-30') }),
);

function mutate(source: string[], ms: { kind: string; at: number; by?: number; to?: number; col?: number; ch?: string }[]): string {
  const out = [...source];
  for (const m of ms) {
    const i = m.at % out.length;
    const line = out[i] ?? '';
    if (m.kind === 'delete') out.splice(i, 1);
    else if (m.kind === 'duplicate') out.splice(i, 0, line);
    else if (m.kind === 'indent') out[i] = (m.by ?? 0) >= 0 ? ' '.repeat(m.by ?? 0) + line : line.replace(new RegExp(`^ {0,${-(m.by ?? 0)}}`), '');
    else if (m.kind === 'swap') {
      const j = (m.to ?? 0) % out.length;
      [out[i], out[j]] = [out[j] ?? '', line];
    } else {
      const col = (m.col ?? 0) % (line.length + 1);
      out[i] = line.slice(0, col) + (m.ch ?? '') + line.slice(col + 1);
    }
    if (out.length === 0) out.push('');
  }
  return out.join('\n');
}

describe('the loader never throws', () => {
  it('on mutations of a valid register', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (ms) => {
        checkOutcome(mutate(lines, ms));
      }),
      { numRuns: 200 },
    );
  });

  it('on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        checkOutcome(text);
      }),
      { numRuns: 200 },
    );
  });

  it('on random YAML-ish text built from YAML tokens', () => {
    const token = fc.constantFrom('version: 1\n', 'brand: B\n', 'owners:\n', '  a: { name: A }\n', 'promises:\n', '  - id: x\n', '    ', ': ', '- ', '[', ']', '{', '}', ',', '&x ', '*x', '<<: *x\n', '!!binary ', '!custom ', '"', "'", '#', '\n', '---\n', '...\n', '? ', '|\n', '%YAML 1.2\n', 'null', '~', '.inf', 'yes', '0x1F', '2026-11-24');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        checkOutcome(tokens.join(''));
      }),
      { numRuns: 250 },
    );
  });

  it('on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        checkOutcome(bytes);
      }),
      { numRuns: 150 },
    );
  });
});
