/**
 * The compiled shape check (dist/register/shape-check.cjs, built by
 * scripts/bundle.mjs) may only say yes where zod says yes: a register it
 * passes skips zod. It may say no more often (zod then decides).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerSections, registerText, rng, splitRegister } from '../../bench/generate.js';
import { fastParse } from '../../src/register/fast-parse.js';
import { MAX_DEPTH } from '../../src/register/parse.js';
import { partSchema, registerSchema } from '../../src/register/schema.js';
import { ROOT } from '../helpers/cli.js';

const compiledFile = join(ROOT, 'dist/register/shape-check.cjs');

type Check = (value: unknown) => boolean;

function load(): { register: Check; part: Check } {
  expect(existsSync(compiledFile), 'run `npm run build` first').toBe(true);
  return createRequire(import.meta.url)(compiledFile) as { register: Check; part: Check };
}

const parse = (text: string) => structuredClone(fastParse(text, MAX_DEPTH)!.value) as Record<string, unknown>;

/** Values that break the shape one way or another, for any spot in a register. */
const ODD: unknown[] = [null, undefined, '', ' ', 'x', 'Not-An-Id', '2026-02-30', '2026-13-01', '26-01-01', '<= x', '=< 2', 0, -1, 1.5, -0, 2 ** 53, Number.POSITIVE_INFINITY, Number.NaN, true, [], [''], {}, { x: 1 }, 'hygiene', 'metric', 'p90', 'error'];

/** A copy of `value` with one node changed, deleted, or given an extra key. */
function mutate(value: unknown, random: () => number): unknown {
  const copy = structuredClone(value);
  const nodes: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach((x, i) => (nodes.push({ parent: v, key: i }), walk(x)));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) (nodes.push({ parent: v as Record<string, unknown>, key: k }), walk(x));
  };
  walk(copy);
  const { parent, key } = nodes[Math.floor(random() * nodes.length)]!;
  const op = Math.floor(random() * 4);
  const odd = ODD[Math.floor(random() * ODD.length)];
  if (op === 0) (parent as Record<string | number, unknown>)[key] = odd;
  else if (op === 1 && !Array.isArray(parent)) delete (parent as Record<string, unknown>)[key as string];
  else if (op === 2 && !Array.isArray(parent)) (parent as Record<string, unknown>)[`${String(key)}_extra`] = odd;
  else if (Array.isArray(parent)) parent.push(odd);
  else (parent as Record<string | number, unknown>)[key] = odd;
  return copy;
}

describe('the compiled shape check', () => {
  it('passes the valid examples and generated registers, as zod does', () => {
    const { register, part } = load();
    for (const f of ['examples/webshop.yaml', 'examples/ski-resort.yaml', 'examples/kuvapalvelu.yaml']) {
      const value = parse(readFileSync(join(ROOT, f), 'utf8'));
      expect(registerSchema.safeParse(value).success, f).toBe(true);
      expect(register(value), f).toBe(true);
    }
    const sections = registerSections(50, 3);
    expect(register(parse(registerText(sections)))).toBe(true);
    for (const p of splitRegister(sections, 2).parts) expect(part(parse(p))).toBe(true);
  });

  it('never passes what zod refuses', () => {
    const { register, part } = load();
    const random = rng(11);
    const seeds = [
      ...['examples/webshop.yaml', 'examples/ski-resort.yaml', 'examples/kuvapalvelu.yaml', 'examples/evidence/logistics.yaml'].map((f) => parse(readFileSync(join(ROOT, f), 'utf8'))),
      parse(registerText(registerSections(8, 5))),
    ];
    let refused = 0;
    for (let k = 0; k < 1500; k++) {
      const value = mutate(seeds[k % seeds.length], random);
      for (const [check, schema] of [
        [register, registerSchema],
        [part, partSchema],
      ] as const) {
        const zod = schema.safeParse(value).success;
        if (!zod) refused++;
        if (check(value)) expect(zod, JSON.stringify(value).slice(0, 400)).toBe(true);
      }
    }
    expect(refused).toBeGreaterThan(1000);
  });
});
