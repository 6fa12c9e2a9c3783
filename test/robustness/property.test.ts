/**
 * Property-based tests of the whole `check` path, in-process: command line,
 * file, loader, audit, every reporter.
 *
 * - From random registers that are valid by construction (any text in names,
 *   statements, summaries, notes and reasons), in every format: exit 0 or 1
 *   and nothing else; every promise has exactly one status; the counts add up;
 *   the verdict matches the exit code; the same input gives byte-identical
 *   output.
 * - From mutations of those registers (lines deleted, duplicated, re-indented,
 *   swapped, characters changed): never a throw — a result, or positioned
 *   errors with exit 2.
 */
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { RULE_IDS } from '../../src/rule-ids.js';
import { STATUSES } from '../../src/types.js';
import { run, tempDir } from '../helpers/cli.js';
import { expectCleanRun } from './helpers.js';

const FORMATS = ['table', 'json', 'markdown', 'html', 'sarif', 'junit', 'github', 'csv'] as const;
type Format = (typeof FORMATS)[number];

// ── Valid registers by construction ─────────────────────────────────────────

const DAY0 = Date.UTC(2026, 0, 1);
/** A calendar day within two years of 2026-01-01. */
const day = fc.integer({ min: -365, max: 365 }).map((n) => new Date(DAY0 + n * 86_400_000).toISOString().slice(0, 10));

const HOSTILE = ['\u001b[31mred\u001b[0m', '\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007', '|', '<b>', '=1+2', '"', '\r\n', '\u202e', '`', '*', '@x', '%0A', '::error::', '&amp;', '\u0000'];
/** Any non-empty text: ordinary words, Unicode, control characters and markup of every format. */
const text = fc.oneof(
  fc.string({ minLength: 1, maxLength: 24 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
  fc.constantFrom(...HOSTILE),
  fc.array(fc.constantFrom(...HOSTILE, 'word', ' ', 'ä'), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')),
);
const idPool = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

interface Built {
  register: Record<string, unknown>;
  campaigns: string[];
}

const registerArb: fc.Arbitrary<Built> = fc
  .record({
    owners: fc.uniqueArray(fc.constantFrom(...idPool('team', 4)), { minLength: 1, maxLength: 4 }),
    touchpoints: fc.uniqueArray(fc.constantFrom(...idPool('tp', 5)), { minLength: 1, maxLength: 5 }),
    promiseCount: fc.integer({ min: 0, max: 7 }),
    seed: fc.infiniteStream(fc.nat()),
  })
  .chain(({ owners, touchpoints, promiseCount }) => {
    const owner = fc.constantFrom(...owners);
    const promiseIds = idPool('p', promiseCount);
    const promise = (id: string) =>
      fc
        .record({
          statement: text,
          tier: fc.constantFrom('hygiene', 'differentiator'),
          stage: fc.option(fc.constantFrom('awareness', 'consideration', 'purchase', 'waiting', 'delivery', 'use', 'aftercare'), { nil: undefined }),
          owner,
          own: fc.option(fc.uniqueArray(fc.constantFrom(...touchpoints), { minLength: 1 }), { nil: undefined }),
          announce: fc.option(day, { nil: undefined }),
        })
        .chain((p) => {
          const mine = p.own ?? touchpoints;
          const tp = fc.constantFrom(...mine);
          const evidence = fc.record({
            touchpoint: tp,
            kind: fc.constantFrom('metric', 'survey', 'test', 'process', 'launch', 'document'),
            summary: text,
            verified: day,
            by: owner,
            source: fc.option(text, { nil: undefined }),
            target: fc.tuple(fc.constantFrom('<', '<=', '>', '>=', '=='), fc.integer({ min: -5, max: 100 })).map(([op, n]) => `${op} ${n}`),
            actual: fc.oneof(fc.integer({ min: -5, max: 100 }), fc.double({ min: -5, max: 100, noNaN: true })),
            unit: fc.option(text, { nil: undefined }),
            expires: fc.option(day, { nil: undefined }),
          });
          const plan = fc.record({ touchpoint: tp, due: day, note: fc.option(text, { nil: undefined }) });
          const waiver = fc.record({
            rule: fc.constantFrom(...RULE_IDS),
            touchpoint: fc.option(tp, { nil: undefined }),
            reason: text,
            approved_by: owner,
            expires: day,
          });
          return fc.record({
            evidence: fc.array(evidence, { maxLength: 3 }),
            plan: fc.array(plan, { maxLength: 2 }),
            waivers: fc.array(waiver, { maxLength: 2 }),
          }).map(({ evidence, plan, waivers }) => ({
            id,
            statement: p.statement,
            tier: p.tier,
            ...(p.stage ? { stage: p.stage } : {}),
            owner: p.owner,
            ...(p.own ? { touchpoints: p.own } : {}),
            ...(p.announce ? { announce: p.announce } : {}),
            ...(evidence.length
              ? {
                  evidence: evidence.map((e) => {
                    const measured = e.kind === 'metric' || e.kind === 'survey';
                    const { target, actual, source, unit, expires, ...rest } = e;
                    return { ...rest, ...(measured ? { target, actual } : {}), ...(source ? { source } : {}), ...(unit ? { unit } : {}), ...(expires ? { expires } : {}) };
                  }),
                }
              : {}),
            ...(plan.length ? { plan: plan.map(({ note, ...rest }) => ({ ...rest, ...(note ? { note } : {}) })) } : {}),
            ...(waivers.length ? { waivers: waivers.map(({ touchpoint, ...rest }) => ({ ...rest, ...(touchpoint ? { touchpoint } : {}) })) } : {}),
          }));
        });
    const campaign = fc.record({
      name: text,
      launch: day,
      length: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      promises: promiseIds.length ? fc.uniqueArray(fc.constantFrom(...promiseIds)) : fc.constant([]),
      channels: fc.option(fc.array(text, { maxLength: 2 }), { nil: undefined }),
    });
    return fc.record({
      brand: text,
      locale: fc.option(fc.constantFrom('en', 'fi'), { nil: undefined }),
      policy: fc.option(
        fc.record({
          evidence_max_age_days: fc.option(fc.integer({ min: 0, max: 800 }), { nil: undefined }),
          lead_time_days: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
          rules: fc.option(fc.dictionary(fc.constantFrom(...RULE_IDS), fc.constantFrom('error', 'warning', 'off')), { nil: undefined }),
        }),
        { nil: undefined },
      ),
      ownerNames: fc.array(text, { minLength: owners.length, maxLength: owners.length }),
      contacts: fc.array(fc.option(text, { nil: undefined }), { minLength: owners.length, maxLength: owners.length }),
      touchpointNames: fc.array(text, { minLength: touchpoints.length, maxLength: touchpoints.length }),
      touchpointOwners: fc.array(fc.option(owner, { nil: undefined }), { minLength: touchpoints.length, maxLength: touchpoints.length }),
      campaigns: fc.dictionary(fc.constantFrom(...idPool('c', 3)), campaign, { maxKeys: 3 }),
      promises: promiseIds.length ? fc.tuple(...promiseIds.map(promise)) : fc.constant([]),
    }).map((r) => {
      const policy = r.policy
        ? Object.fromEntries(Object.entries(r.policy).filter(([, v]) => v !== undefined && !(typeof v === 'object' && Object.keys(v).length === 0)))
        : undefined;
      const campaigns = Object.fromEntries(
        Object.entries(r.campaigns).map(([id, c]) => {
          const ends = c.length === undefined ? undefined : new Date(Date.parse(c.launch) + c.length * 86_400_000).toISOString().slice(0, 10);
          return [id, { name: c.name, launch: c.launch, ...(ends ? { ends } : {}), ...(c.channels ? { channels: c.channels } : {}), promises: c.promises }];
        }),
      );
      const register: Record<string, unknown> = {
        version: 1,
        brand: r.brand,
        ...(r.locale ? { locale: r.locale } : {}),
        ...(policy && Object.keys(policy).length ? { policy } : {}),
        owners: Object.fromEntries(owners.map((id, i) => [id, { name: r.ownerNames[i], ...(r.contacts[i] ? { contact: r.contacts[i] } : {}) }])),
        touchpoints: Object.fromEntries(touchpoints.map((id, i) => [id, { name: r.touchpointNames[i], ...(r.touchpointOwners[i] ? { owner: r.touchpointOwners[i] } : {}) }])),
        ...(Object.keys(campaigns).length ? { campaigns } : {}),
        promises: r.promises,
      };
      return { register, campaigns: Object.keys(campaigns) };
    });
  });

const optionsArb = (campaigns: string[]) =>
  fc.record({
    failOn: fc.constantFrom('error', 'warning', 'never'),
    campaign: campaigns.length ? fc.option(fc.constantFrom(...campaigns), { nil: undefined }) : fc.constant(undefined),
    lang: fc.constantFrom('en', 'fi'),
    asOf: day,
  });

// ── The audit's invariants, as the reports show them ─────────────────────────

interface JsonReport {
  summary: Record<(typeof STATUSES)[number], number> & { errors: number; warnings: number; waived?: number; verdict: 'pass' | 'fail' };
  promises: { id: string; status: string }[];
  findings: { severity: 'error' | 'warning'; waived: boolean; promise: string | null }[];
  policy: { failOn: string };
}

function checkJson(stdout: string, code: number, failOn: string): JsonReport {
  const report = JSON.parse(stdout) as JsonReport;
  const s = report.summary;
  // Every promise has exactly one status, and the counts add up.
  for (const p of report.promises) expect(STATUSES).toContain(p.status);
  expect(new Set(report.promises.map((p) => p.id)).size).toBe(report.promises.length);
  for (const status of STATUSES) expect(s[status]).toBe(report.promises.filter((p) => p.status === status).length);
  expect(STATUSES.reduce((n, status) => n + s[status], 0)).toBe(report.promises.length);
  const live = report.findings.filter((f) => !f.waived);
  expect(s.errors).toBe(live.filter((f) => f.severity === 'error').length);
  expect(s.warnings).toBe(live.filter((f) => f.severity === 'warning').length);
  // The verdict follows the findings and --fail-on, and the exit code follows the verdict.
  const fails = failOn !== 'never' && (s.errors > 0 || (failOn === 'warning' && s.warnings > 0));
  expect(s.verdict).toBe(fails ? 'fail' : 'pass');
  expect(code).toBe(fails ? 1 : 0);
  // Findings are about promises in scope.
  const ids = new Set(report.promises.map((p) => p.id));
  for (const f of report.findings) if (f.promise !== null) expect(ids.has(f.promise)).toBe(true);
  return report;
}

/** Each format carries the verdict (where it has one) and is well-formed. */
function checkFormat(format: Format, out: string, report: JsonReport): void {
  const fail = report.summary.verdict === 'fail';
  switch (format) {
    case 'table':
      expect(out).toMatch(fail ? /^✖ (FAIL|HYLÄTTY)/m : /^✔ (PASS|HYVÄKSYTTY)/m);
      break;
    case 'markdown':
      expect(out).toMatch(fail ? /^## ✖ / : /^## ✔ /);
      break;
    case 'html':
      expect(out).toContain(`<p class="verdict ${fail ? 'fail' : 'pass'}"`);
      expect(out).not.toMatch(/<script|<img|<iframe|javascript:/i);
      break;
    case 'sarif': {
      const sarif = JSON.parse(out) as { runs: { results: unknown[]; properties: { summary: { verdict: string } } }[] };
      expect(sarif.runs[0]!.results).toHaveLength(report.findings.length);
      expect(sarif.runs[0]!.properties.summary.verdict).toBe(report.summary.verdict);
      break;
    }
    case 'junit':
      expect(XMLValidator.validate(out)).toBe(true);
      expect(out).toContain(`<property name="verdict" value="${report.summary.verdict}"/>`);
      expect((out.match(/<testcase /g) ?? []).length).toBe(report.promises.length);
      break;
    case 'github': {
      const lines = out.split('\n').filter(Boolean);
      // One annotation per finding, then the verdict: no register text can start a line of its own.
      expect(lines).toHaveLength(report.findings.length + 1);
      for (const line of lines.slice(0, -1)) expect(line).toMatch(/^::(error|warning|notice) title=/);
      expect(lines.at(-1)).toMatch(/^promise-audit: /);
      break;
    }
    case 'csv': {
      expect(out.startsWith('\ufeff')).toBe(true);
      // Rows end in CRLF; a line break inside a quoted cell is allowed, so count rows by parsing.
      expect(csvRows(out.slice(1))).toHaveLength(report.promises.length + 1);
      break;
    }
    case 'json':
      break;
  }
}

/** RFC 4180 rows (quoted cells may hold commas, quotes and line breaks). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      (row = []), (cell = ''), i++;
    } else cell += c;
  }
  expect(quoted).toBe(false);
  expect(cell).toBe('');
  return rows;
}

const dir = tempDir();
const file = join(dir, 'promises.yaml');

describe('check on random valid registers', () => {
  it('keeps the audit invariants in every format, with byte-identical output for the same input', async () => {
    await fc.assert(
      fc.asyncProperty(
        registerArb.chain((b) => fc.tuple(fc.constant(b), optionsArb(b.campaigns))),
        async ([built, o]) => {
          writeFileSync(file, stringify(built.register));
          const args = ['check', 'promises.yaml', '--as-of', o.asOf, '--fail-on', o.failOn, '--lang', o.lang, ...(o.campaign ? ['--campaign', o.campaign] : [])];
          const validate = await run(['validate', 'promises.yaml'], { cwd: dir });
          expect(validate.code, validate.stdout + validate.stderr).toBe(0);

          const json = await run([...args, '--format', 'json'], { cwd: dir });
          expectCleanRun(json);
          const report = checkJson(json.stdout, json.code, o.failOn);
          expect(report.policy.failOn).toBe(o.failOn);
          for (const format of FORMATS) {
            const first = await run([...args, '--format', format], { cwd: dir });
            const second = await run([...args, '--format', format], { cwd: dir });
            expectCleanRun(first);
            expect(first.code, `${format}: exit code`).toBe(json.code);
            expect(second.stdout, `${format}: same input, same output`).toBe(first.stdout);
            expect(first.stderr).toBe('');
            checkFormat(format, first.stdout, report);
          }
        },
      ),
      { numRuns: 12 },
    );
  });
});

// ── Mutations ────────────────────────────────────────────────────────────────

type Mutation = { kind: 'delete' | 'duplicate' | 'indent' | 'swap' | 'char'; at: number; by: number; to: number; col: number; ch: string };

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'indent', 'swap', 'char'),
  at: fc.nat(),
  by: fc.integer({ min: -4, max: 4 }),
  to: fc.nat(),
  col: fc.nat(),
  ch: fc.constantFrom(':', '-', '[', ']', '{', '}', '"', "'", '#', '&a ', '*a', '!!binary ', '!x ', '\t', ' ', '|', '>', '?', '<<: ', 'x', '1', '', '2026-02-30', '.inf', '~', '__proto__: ', '\r', '\u001b[2J', '%'),
});

function mutate(text: string, mutations: Mutation[]): string {
  const lines = text.split('\n');
  for (const m of mutations) {
    if (lines.length === 0) lines.push('');
    const i = m.at % lines.length;
    const line = lines[i] ?? '';
    if (m.kind === 'delete') lines.splice(i, 1);
    else if (m.kind === 'duplicate') lines.splice(i, 0, line);
    else if (m.kind === 'indent') lines[i] = m.by >= 0 ? ' '.repeat(m.by) + line : line.replace(new RegExp(`^ {0,${-m.by}}`), '');
    else if (m.kind === 'swap') {
      const j = m.to % lines.length;
      [lines[i], lines[j]] = [lines[j] ?? '', line];
    } else {
      const col = m.col % (line.length + 1);
      lines[i] = line.slice(0, col) + m.ch + line.slice(col + 1);
    }
  }
  return lines.join('\n');
}

describe('check on mutations of valid registers', () => {
  it('never throws: a result, or positioned errors and exit 2', async () => {
    await fc.assert(
      fc.asyncProperty(registerArb, fc.array(mutationArb, { minLength: 1, maxLength: 5 }), fc.constantFrom(...FORMATS), async (built, mutations, format) => {
        const yaml = mutate(stringify(built.register), mutations);
        writeFileSync(file, yaml);
        const r = await run(['check', 'promises.yaml', '--as-of', '2026-06-01', '--format', format, '--lang', 'en'], { cwd: dir });
        expectCleanRun(r);
        if (r.code === 2) {
          // Nothing on standard output — but in GitHub's format the problems as annotations, in SARIF and JUnit as their documents.
          if (format === 'github') for (const line of r.stdout.split('\n').filter(Boolean)) expect(line).toMatch(/^::error title=/);
          else if (format === 'sarif') expect(JSON.parse(r.stdout).runs[0].invocations[0].executionSuccessful).toBe(false);
          else if (format === 'junit') expect(r.stdout).toMatch(/<testsuites name="promise-audit" tests="(\d+)" failures="0" errors="\1" skipped="0">/);
          else expect(r.stdout).toBe('');
          const heads = [...r.stderr.matchAll(/^promises\.yaml:(\d+):(\d+) {2}error {2}\S/gm)];
          expect(heads.length, r.stderr).toBeGreaterThan(0);
          const lineCount = yaml.split(/\r\n|\r|\n/).length;
          for (const [, line, column] of heads) {
            expect(Number(line)).toBeLessThanOrEqual(lineCount);
            expect(Number(column)).toBeGreaterThanOrEqual(1);
          }
        } else {
          expect(r.stdout.length).toBeGreaterThan(0);
          if (format === 'json') checkJson(r.stdout, r.code, 'error');
        }
        const validate = await run(['validate', 'promises.yaml', '--format', 'json'], { cwd: dir });
        expectCleanRun(validate);
        expect(validate.code === 2).toBe(r.code === 2);
      }),
      { numRuns: 80 },
    );
  });
});
