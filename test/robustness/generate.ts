/**
 * The big and byte-exact nasty registers, generated at test time instead of
 * checked in: megabytes of YAML, files above the size limit, UTF-16. Each
 * case says what it tries and what must come out, like the files in corpus/.
 *
 * To look at them: `npx tsx test/robustness/generate.ts /tmp/nasty` writes
 * every case into that folder.
 */
import { closeSync, mkdirSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GeneratedCase {
  name: string;
  tries: string;
  /** Exit code of `check`, and what its output must say. */
  code: 0 | 1 | 2;
  pattern: RegExp;
  /** Writes the register into `dir` and returns its path. */
  write(dir: string): string;
  /** Extra arguments for `check` and `validate`. */
  args?: string[];
  /** A time limit above the usual second, and why. */
  slow?: { ms: number; why: string };
  /** Megabytes of YAML: run without the extra `-o` round, which the small cases cover. */
  heavy?: boolean;
}

const HEADER = `version: 1
brand: Big Oy
owners:
  ops: { name: Ops }
touchpoints:
  web: { name: Web }
  app: { name: App }
`;

/** `count` promises in block style, each ready at both touchpoints on 2026-11-24 (or drafts, four lines each, without evidence). */
export function manyPromises(count: number, { evidence = true } = {}): string {
  const out = [HEADER, 'promises:\n'];
  for (let i = 0; i < count; i++) {
    out.push(`  - id: p-${i}
    statement: Promise number ${i}
    tier: hygiene
    owner: ops
`);
    if (evidence) {
      out.push(`    announce: 2026-01-01
    evidence:
      - { touchpoint: web, kind: test, summary: Checked, verified: 2026-11-01, by: ops }
      - { touchpoint: app, kind: test, summary: Checked, verified: 2026-11-01, by: ops }
`);
    }
  }
  return out.join('');
}

const text = (name: string, content: string | Uint8Array) => (dir: string) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};

export const MAX_PRINTED_DIAGNOSTICS = 50;

export function generatedCases(): GeneratedCase[] {
  const manyErrors = 5000;
  const longLine = `  - { id: p1, tier: hygiene, statement: "${'x'.repeat(1_048_550)}", owner: nobody }`;
  const oneLine = `{version: 1, brand: B, owners: {ops: {name: O}}, touchpoints: {web: {name: W}}, promises: [${Array.from({ length: 2000 }, (_, i) => `{id: p-${i}, statement: S, tier: hygiene, owner: ${i === 1000 ? 'nobody' : 'ops'}}`).join(', ')}]}`;
  return [
    {
      name: 'ten-thousand-promises.yaml',
      heavy: true,
      tries: '10,000 promises, all ready',
      code: 0,
      pattern: /10000 ready, 0 broken/,
      write: text('ten-thousand-promises.yaml', manyPromises(10_000)),
    },
    {
      name: 'ten-thousand-promises-one-error.yaml',
      heavy: true,
      tries: '10,000 promises and one error, at the very end',
      code: 2,
      // 7 header lines, `promises:`, 4 lines per promise; the bad owner is on the 4th line of the last one.
      pattern: new RegExp(`^ten-thousand-promises-one-error\\.yaml:${8 + 10_000 * 4 + 4}:12  error  owner \`nobody\` is not defined[^]*✖ 1 problem in`, 'm'),
      write: text('ten-thousand-promises-one-error.yaml', `${manyPromises(10_000, { evidence: false })}  - id: last\n    statement: The last one\n    tier: hygiene\n    owner: nobody\n`),
      slow: {
        ms: 3000,
        why: 'a register with any problem is read a second time, by the yaml reader, for its words and positions: about 1.2 s for these 800 kB on 2 cores',
      },
    },
    {
      name: 'long-line.yaml',
      heavy: true,
      tries: 'a statement one mebibyte long on one line',
      code: 1,
      pattern: /broken-promise/,
      write: text('long-line.yaml', `${HEADER}promises:\n  - id: p1\n    statement: ${'Long words '.repeat(95_326)}\n    tier: hygiene\n    owner: ops\n    announce: 2026-01-01\n`),
    },
    {
      name: 'long-line-error.yaml',
      heavy: true,
      tries: 'an error at the end of a one-mebibyte line: the code frame shows a clipped window around it',
      code: 2,
      pattern: new RegExp(`^long-line-error\\.yaml:9:${longLine.indexOf('nobody') + 1}  error  owner \`nobody\` is not defined`, 'm'),
      write: text('long-line-error.yaml', `${HEADER}promises:\n${longLine}\n`),
    },
    {
      name: 'many-errors.yaml',
      heavy: true,
      tries: `${manyErrors} unknown owners: every one is found, ${MAX_PRINTED_DIAGNOSTICS} are printed`,
      code: 2,
      pattern: new RegExp(`… and ${manyErrors - MAX_PRINTED_DIAGNOSTICS} more problems[^]*${manyErrors} problems in`),
      write: text(
        'many-errors.yaml',
        `${HEADER}promises:\n${Array.from({ length: manyErrors }, (_, i) => `  - { id: p-${i}, statement: S, tier: hygiene, owner: nobody-${i} }\n`).join('')}`,
      ),
      slow: {
        ms: 3000,
        why: 'the yaml reader reads it again for words and positions, and each of 5,000 unknown owners is compared with the defined ones for a "did you mean": close to 1 s on 2 cores, over it when the suite runs beside',
      },
    },
    {
      name: 'many-duplicate-keys.yaml',
      heavy: true,
      tries: '10,000 duplicate keys in one mapping',
      code: 2,
      pattern: /the key `brand` appears twice[^]*… and \d+ more problems/,
      write: text('many-duplicate-keys.yaml', `${HEADER}${'brand: Again\n'.repeat(10_000)}promises: []\n`),
    },
    {
      name: 'deep-flow.yaml',
      tries: 'flow sequences nested 100,000 deep',
      code: 2,
      pattern: /more than 200 levels deep/,
      write: text('deep-flow.yaml', `version: 1\nbrand: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`),
    },
    {
      name: 'deep-block.yaml',
      tries: 'block mappings nested 1,000 deep',
      code: 2,
      pattern: /more than 200 levels deep/,
      write: text('deep-block.yaml', `version: 1\nbrand:\n${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n')}\n`),
    },
    {
      name: 'one-line-register.yaml',
      heavy: true,
      tries: '2,000 promises in one flow mapping on a single line, with an error in the middle of it',
      code: 2,
      pattern: new RegExp(`^one-line-register\\.yaml:1:${oneLine.indexOf('nobody') + 1}  error  owner \`nobody\` is not defined`, 'm'),
      write: text('one-line-register.yaml', `${oneLine}\n`),
    },
    {
      name: 'alias-bomb-raised-limit.yaml',
      tries: 'a billion laughs with --max-aliases raised to 10,000: still refused',
      code: 2,
      args: ['--max-aliases', '10000'],
      pattern: /more than 10000 times \(an "alias bomb"\)/,
      write: text(
        'alias-bomb-raised-limit.yaml',
        `a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`).join('\n')}\n`,
      ),
    },
    {
      name: 'over-max-size.yaml',
      tries: 'a file of 64 MiB and one byte: refused before it is read (a sparse file, nothing is really written)',
      code: 2,
      pattern: /the file is 67108865 bytes, more than the limit of 67108864 bytes — raise it with --max-size/,
      write(dir) {
        const file = join(dir, 'over-max-size.yaml');
        const fd = openSync(file, 'w');
        ftruncateSync(fd, 64 * 1024 * 1024 + 1);
        closeSync(fd);
        return file;
      },
    },
    {
      name: 'utf-16le.yaml',
      tries: 'UTF-16 little-endian with a byte-order mark (Notepad\'s "Unicode")',
      code: 2,
      pattern: /^utf-16le\.yaml:1:1  error  the file is not valid UTF-8 text — save it as UTF-8/m,
      write: text('utf-16le.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}promises: []\n`, 'utf16le')])),
    },
    {
      name: 'utf-16be.yaml',
      tries: 'UTF-16 big-endian with a byte-order mark',
      code: 2,
      pattern: /^utf-16be\.yaml:1:1  error  the file is not valid UTF-8 text/m,
      write: text('utf-16be.yaml', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`${HEADER}promises: []\n`, 'utf16le').swap16()])),
    },
  ];
}

// `npx tsx test/robustness/generate.ts DIR`: write them all, to look at.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '')) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: tsx test/robustness/generate.ts DIR');
  mkdirSync(dir, { recursive: true });
  for (const c of generatedCases()) console.log(c.write(dir));
}
