/**
 * The fast reader against `yaml`, the judge: wherever the fast reader reads a
 * file, it must give the same values and the same offset for every path (of a
 * key and of a value, and the same fallback for paths that do not exist);
 * anything else it must hand over. Invalid registers get `yaml`'s diagnostics
 * whichever reader read them first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { registerSections, registerText, rng, splitRegister } from '../../bench/generate.js';
import { loadRegister } from '../../src/register/index.js';
import { fastParse, resolvePlain } from '../../src/register/fast-parse.js';
import { MAX_DEPTH, parseSource, type RegisterPath } from '../../src/register/parse.js';
import { ROOT } from '../helpers/cli.js';

const YAML_OPTIONS = { version: '1.2', schema: 'core', uniqueKeys: true } as const;

/** Every path in a plain value, parents first. */
function pathsOf(value: unknown, path: RegisterPath = [], out: RegisterPath[] = []): RegisterPath[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

type Outcome = 'read' | 'handed over';

/** expect(actual).toBe(expected), the message made only when they differ: this runs some million times. */
function sameOffset(actual: number, expected: number, message: () => string): void {
  if (actual !== expected) expect(actual, message()).toBe(expected);
}

/** Checks the fast reader against `yaml` on one text; returns what the fast reader did. */
function agrees(text: string, label: string): Outcome {
  const fast = fastParse(text, MAX_DEPTH);
  if (!fast) return 'handed over';
  // The seam's own `yaml` reading: its problems (errors and warnings), value and offsets.
  const judge = parseSource(text, { reader: 'yaml' });
  expect(judge.reader).toBe('yaml');
  expect(judge.problems.map((p) => p.code), `${label}: read a file yaml finds fault with`).toEqual([]);
  const expected = judge.value;
  expect(fast.value, `${label}: values`).toStrictEqual(expected);
  const paths = pathsOf(expected);
  const valueOffsets: number[] = [];
  for (const path of paths) {
    for (const part of ['key', 'value'] as const) {
      const offset = judge.offsetOf(path, part);
      sameOffset(fast.offsetOf(path, part), offset, () => `${label}: offset of ${part} ${JSON.stringify(path)}`);
      if (part === 'value') valueOffsets.push(offset);
    }
    // Paths that do not exist fall back to the nearest ancestor, the same way.
    for (const extra of ['no-such-key', 99, 0, -1, 1.5] as const) {
      sameOffset(fast.offsetOf([...path, extra]), judge.offsetOf([...path, extra]), () => `${label}: offset of ${JSON.stringify([...path, extra])}`);
    }
  }
  // The reader resumes from its last walk: asked in reverse order, it still answers as yaml did.
  for (let k = paths.length - 1; k >= 0; k--) {
    sameOffset(fast.offsetOf(paths[k]!), valueOffsets[k]!, () => `${label}: offset of ${JSON.stringify(paths[k])}, asked in reverse order`);
  }
  return 'read';
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

describe('the fast reader and yaml agree', () => {
  it('on every example and fixture, and reads every valid example itself', () => {
    const files = [...yamlFiles(join(ROOT, 'examples')), ...yamlFiles(join(ROOT, 'test/fixtures'))];
    const outcome = new Map(files.map((f) => [f.slice(ROOT.length + 1), agrees(readFileSync(f, 'utf8'), f)]));
    for (const f of ['examples/webshop.yaml', 'examples/ski-resort.yaml', 'examples/kuvapalvelu.yaml', 'examples/evidence/logistics.yaml']) expect(outcome.get(f), f).toBe('read');
    expect(outcome.get('examples/invalid/syntax-error.yaml')).toBe('handed over');
  });

  it('on generated registers, in one file and in parts', () => {
    for (const seed of [1, 2]) {
      const sections = registerSections(80, seed);
      expect(agrees(registerText(sections), `register ${seed}`)).toBe('read');
      const split = splitRegister(sections, 3);
      expect(agrees(split.root, `root ${seed}`)).toBe('read');
      split.parts.forEach((p, k) => expect(agrees(p, `part ${k} of ${seed}`)).toBe('read'));
    }
  });

  it('on hundreds of small edits of the examples: the same result, or a hand-over', () => {
    const seeds = ['examples/webshop.yaml', 'examples/kuvapalvelu.yaml', 'examples/ski-resort.yaml'].map((f) => readFileSync(join(ROOT, f), 'utf8'));
    seeds.push(SHAPES);
    const pieces = [' ', '  ', '\n', ':', ': ', '-', '- ', '#', ' #', '"', "'", "''", '|', '>', '|-', '>+', '|2', '[', ']', '{', '}', ',', 'a', '1', '0x1F', '0o7', '-0', '.5', '1e3', '.inf', '~', 'null', 'True', '\\', '\\n', '\\x41', '---', '...', '?', '&a', '*a', '!', '!!str', '%', '@', '`', '\n  ', '\n- ', '\n    ', 'é', '😀', '\u00a0', '\t', '\r\n', '__proto__', '<<'];
    const random = rng(2026);
    const pick = (n: number) => Math.floor(random() * n);
    let read = 0;
    for (let k = 0; k < 800; k++) {
      let text = seeds[k % seeds.length] as string;
      for (let m = 0, edits = 1 + pick(3); m < edits; m++) {
        const at = pick(text.length + 1);
        const piece = pieces[pick(pieces.length)] as string;
        const op = pick(3);
        text = op === 0 ? text.slice(0, at) + piece + text.slice(at) : op === 1 ? text.slice(0, at) + text.slice(at + 1 + pick(4)) : text.slice(0, at) + piece + text.slice(at + 1);
      }
      if (agrees(text, `edit ${k}: ${JSON.stringify(text.slice(0, 60))}…`) === 'read') read++;
    }
    // Most small edits leave plain YAML: the fast reader must be exercised, not just hand over.
    expect(read).toBeGreaterThan(200);
  }, 120_000);

  // The suite's copy in test/robustness/, else the shared vendor folder beside the repository.
  const suite = [join(ROOT, 'test/robustness/yaml-test-suite'), join(ROOT, '../shared/vendor/yaml-test-suite')].find((d) => existsSync(d));
  (suite ? it : it.skip)(suite ? 'on every input of the YAML test suite' : 'on every input of the YAML test suite (skipped: no copy of the suite found)', () => {
    if (!suite) return;
    const files = readdirSync(suite).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(300);
    const read = files.filter((f) => agrees(readFileSync(join(suite, f), 'utf8'), f) === 'read');
    expect(read.length).toBeGreaterThan(10);
  });

  it('resolves plain scalars as the YAML 1.2 core schema does', () => {
    const scalars = ['', '~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'no', 'yes', 'on', 'y', '0', '-0', '+0', '007', '0o17', '0o8', '0x1F', '0X1F', '0xg', '1_000', '12', '-12', '+12', '1.5', '-1.5', '.5', '5.', '1e3', '1E-3', '-1.5e+3', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', 'NaN', 'inf', '2026-11-24', '2026-1-1', '12:30', '1,000', 'x1', '-', '+', '.', 'e3', '1e', '0b101'];
    for (const s of scalars) {
      const doc = parseDocument(`k: ${s}\n`, YAML_OPTIONS);
      const node = doc.get('k', true) as { type?: string } | undefined;
      if (doc.errors.length > 0 || (s !== '' && node?.type !== 'PLAIN')) continue; // not a plain scalar there (`-` starts a list)
      expect(resolvePlain(s), JSON.stringify(s)).toStrictEqual((doc.toJS() as { k: unknown }).k);
    }
  });
});

describe('nesting depth', () => {
  it('reads lists and mappings up to the depth it is given, and hands deeper ones over', () => {
    // parse.ts skips its scan for deep nesting on what this reader reads, so it must never read past the limit.
    const block = 'a:\n  b:\n    - c: 1\n';
    const flow = 'a: [{b: [1]}]\n';
    for (const [text, depth] of [[block, 4], [flow, 4]] as const) {
      expect(fastParse(text, depth), text).toBeDefined();
      expect(fastParse(text, depth - 1), text).toBeUndefined();
    }
    // 200 brackets inside the root mapping are 201 levels: `yaml` reads them.
    const deep = `version: 1\nbrand: ${'['.repeat(MAX_DEPTH)}x${']'.repeat(MAX_DEPTH)}\n`;
    expect(fastParse(deep, MAX_DEPTH)).toBeUndefined();
    expect(parseSource(deep).reader).toBe('yaml');
  });

  it('refuses a file as too deep, or not, whichever reader reads it', () => {
    // Brackets in text (a block scalar, plain text after ` - `) count for the scan; the fast reader sees text.
    const brackets = '['.repeat(MAX_DEPTH + 1);
    const files = [`version: 1\nbrand: |\n  ${brackets}\n`, `version: 1\nbrand: Sizes - ${brackets}\n`, `version: 1\nbrand: see [1] and {2}\nx: [a, {b: c}]\n`];
    for (const text of files) {
      for (const extra of ['', 'x2: &anchor 1\n', 'as_of: 2026-13-45\n']) {
        const codes = (reader: 'auto' | 'yaml') => parseSource(text + extra, { reader }).problems.map((p) => p.code).filter((c) => c === 'TOO_DEEP');
        expect(codes('auto'), text + extra).toEqual(codes('yaml'));
      }
    }
    expect(parseSource(files[0]!).problems.map((p) => p.code)).toEqual(['TOO_DEEP']);
    expect(parseSource(files[2]!).reader).toBe('fast');
  });
});

describe('loading a register', () => {
  const host = (files: Record<string, string>) => ({
    read: (p: string) => (p in files ? new TextEncoder().encode(files[p]) : ('missing' as const)),
    glob: () => Object.keys(files).sort(),
  });

  it('gives the same register and positions with either reader', () => {
    const text = registerText(registerSections(60, 9));
    const fast = loadRegister(text, 'r.yaml');
    const slow = loadRegister(text, 'r.yaml', { reader: 'yaml' });
    expect(fast.ok && slow.ok).toBe(true);
    if (!fast.ok || !slow.ok) return;
    expect(fast.register).toStrictEqual(slow.register);
    for (const path of pathsOf(slow.register.promises).slice(0, 2000)) {
      expect(fast.source.position(['promises', ...path])).toEqual(slow.source.position(['promises', ...path]));
    }
  });

  it("gives every invalid register yaml's diagnostics, also when the fast reader could read it", () => {
    const valid = registerText(registerSections(30, 4));
    const cases: Record<string, string> = {
      'a typo in a key': valid.replace('    tier: hygiene', '    teir: hygiene'),
      'an unknown owner': valid.replace(/owner: team-\d+\n/, 'owner: nobody\n'),
      'a number for a date': valid.replace(/announce: [\d-]+/, 'announce: 20261124'),
      'an empty statement': valid.replace(/statement: .*/, 'statement: ""'),
      'a duplicate key': valid.replace('    tier: hygiene', '    tier: hygiene\n    tier: hygiene'),
      'a tab': valid.replace('  - id: promise-000002', '\t- id: promise-000002'),
    };
    for (const f of yamlFiles(join(ROOT, 'examples/invalid'))) cases[f] = readFileSync(f, 'utf8');
    for (const [name, text] of Object.entries(cases)) {
      const fast = loadRegister(text, 'r.yaml');
      const slow = loadRegister(text, 'r.yaml', { reader: 'yaml' });
      expect(fast.ok, name).toBe(false);
      expect(slow.ok, name).toBe(false);
      if (fast.ok || slow.ok) continue;
      expect(fast.diagnostics.length, name).toBeGreaterThan(0);
      expect(fast.diagnostics, name).toStrictEqual(slow.diagnostics);
    }
  });

  it('reads a register in several files the same way with either reader', () => {
    const split = splitRegister(registerSections(40, 5), 4);
    const files = Object.fromEntries(split.parts.map((p, k) => [`parts/p${k}.yaml`, p]));
    const broken = { ...files, 'parts/p1.yaml': (files['parts/p1.yaml'] as string).replace('kind: test', 'kind: tset') };
    for (const set of [files, broken]) {
      const fast = loadRegister(split.root, 'promises.yaml', { host: host(set) });
      const slow = loadRegister(split.root, 'promises.yaml', { host: host(set), reader: 'yaml' });
      expect(fast.ok).toBe(slow.ok);
      if (fast.ok && slow.ok) {
        expect(fast.register).toStrictEqual(slow.register);
        for (const path of pathsOf(slow.register.promises).slice(0, 3000)) {
          expect(fast.source.position(['promises', ...path])).toEqual(slow.source.position(['promises', ...path]));
        }
      } else if (!fast.ok && !slow.ok) {
        expect(fast.diagnostics.length).toBeGreaterThan(0);
        expect(fast.diagnostics).toStrictEqual(slow.diagnostics);
      }
    }
  });
});

/** The shapes the fast reader reads, in one file, for the edits above to start from. */
const SHAPES = `# comment
---
literal: |
  line one
  line two

  after a blank line
folded: >-
  folded
  text

  paragraph
plain: several
  lines of
   plain text

  after a blank line
list:
- x
-
- y: 1
  z: [1, "two", {k: v, l: [a, b]}]
flow: {a: 1, b: [x, y], c: "q", 'd': 'it''s'}
"quoted key": 'single'
escapes: "tab\\t é \\u00e9 \\x41 \\" \\\\ end"
nested:
  - - inner
  - |-
    literal in a list
numbers: [-5, 0o17, 0x1F, .inf, 1e3, 1.50]
empty: ~
date: 2026-01-01
url: http://example.com/a#b
ends: with a colon:in the middle
`;
