/** A register in several files: merging, positions in the right file, and every way an include can go wrong. */
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/audit.js';
import { en } from '../../src/i18n/en.js';
import { diagnosticMessage } from '../../src/i18n/index.js';
import { globToRegExp, type RegisterHost } from '../../src/register/host.js';
import { loadRegister } from '../../src/register/index.js';

/** An in-memory folder: paths relative to the root register's folder. */
function host(files: Record<string, string>): RegisterHost {
  return {
    read: (path) => (path in files ? new TextEncoder().encode(files[path]) : Object.keys(files).some((f) => f.startsWith(`${path}/`)) ? { reason: 'directory' } : 'missing'),
    glob: (pattern) => Object.keys(files).filter((f) => globToRegExp(pattern).test(f)).sort(),
  };
}

const ROOT = `version: 1
brand: B
as_of: 2026-11-24
include: [teams/*.yaml]
owners:
  marketing: { name: Marketing }
touchpoints:
  webshop: { name: Web shop }
promises:
  - id: two-day
    statement: Two days
    tier: hygiene
    owner: logistics
    announce: 2026-01-01
`;
const LOGISTICS = `owners:
  logistics: { name: Logistics }
evidence:
  two-day:
    - { touchpoint: webshop, kind: test, summary: ok, verified: 2026-11-01, by: logistics }
`;

const load = (root: string, files: Record<string, string>) => loadRegister(root, 'brand/promises.yaml', { host: host(files) });
const errors = (root: string, files: Record<string, string>) => {
  const r = load(root, files);
  return r.ok ? [] : r.diagnostics.map((d) => `${d.location.file}:${d.location.line}:${d.location.column} ${diagnosticMessage(en, d)}`);
};

describe('include', () => {
  it('merges owners, touchpoints, campaigns, promises and evidence by promise id', () => {
    const r = load(ROOT, {
      'teams/logistics.yaml': LOGISTICS,
      'teams/service.yaml': 'touchpoints:\n  phone: { name: Phone }\npromises:\n  - { id: callback, statement: We call back, tier: hygiene, owner: marketing }\n',
    });
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(Object.keys(r.register.owners)).toEqual(['marketing', 'logistics']);
    expect(Object.keys(r.register.touchpoints)).toEqual(['webshop', 'phone']);
    expect(r.register.promises.map((p) => [p.id, p.evidence?.length ?? 0])).toEqual([
      ['two-day', 1],
      ['callback', 0],
    ]);
  });

  it('points findings into the file each node came from', () => {
    const r = load(ROOT, { 'teams/logistics.yaml': LOGISTICS.replace('verified: 2026-11-01', 'verified: 2026-12-01') });
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    const result = audit(r.register, r.source, { asOf: '2026-11-24' });
    expect(result.findings.map((f) => [f.rule, `${f.location.file}:${f.location.line}:${f.location.column}`])).toEqual([
      ['broken-promise', 'brand/promises.yaml:10:5'],
      ['evidence-future', 'brand/teams/logistics.yaml:5:7'],
    ]);
  });

  it('reports errors in included files at their own lines', () => {
    expect(errors(ROOT, { 'teams/logistics.yaml': LOGISTICS.replace('by: logistics', 'by: logistcs') })).toEqual([
      'brand/teams/logistics.yaml:5:81 owner `logistcs` is not defined in `owners` — did you mean `logistics`?',
    ]);
  });

  it('names both files of an id defined twice', () => {
    expect(
      errors(ROOT, {
        'teams/a.yaml': LOGISTICS,
        'teams/b.yaml': 'owners:\n  marketing: { name: M2 }\npromises:\n  - { id: two-day, statement: S, tier: hygiene, owner: marketing }\n',
      }),
    ).toEqual([
      'brand/teams/b.yaml:2:3 `marketing` is already defined in `owners` at brand/promises.yaml:6 — each id is defined once across the register\'s files',
      'brand/teams/b.yaml:4:11 promise id `two-day` is already used in brand/promises.yaml on line 10 — every promise needs its own id',
    ]);
  });

  it('refuses paths that lead outside the register folder', () => {
    expect(errors(ROOT.replace('[teams/*.yaml]', '[../secrets.yaml, /etc/passwd]'), { 'teams/logistics.yaml': LOGISTICS })).toEqual([
      "brand/promises.yaml:4:11 `../secrets.yaml` leads outside the register's folder — included and data files must be inside the folder of the root register",
      "brand/promises.yaml:4:28 `/etc/passwd` leads outside the register's folder — included and data files must be inside the folder of the root register",
      'brand/promises.yaml:13:12 owner `logistics` is not defined in `owners` (defined: `marketing`)',
    ]);
  });

  it('refuses a data file outside the register folder', () => {
    const part = LOGISTICS.replace('summary: ok, verified: 2026-11-01, by: logistics }', 'summary: ok, verified: 2026-11-01, by: logistics, data: { file: ../../x.csv, stat: count } }');
    expect(errors(ROOT, { 'teams/logistics.yaml': part })).toEqual([
      "brand/teams/logistics.yaml:5:106 the data file `../../x.csv` leads outside the register's folder — keep data files inside the folder of the root register",
    ]);
  });

  it('reports a missing file, a folder, a glob that matches nothing and a register that includes itself', () => {
    const root = ROOT.replace('[teams/*.yaml]', '[teams/logistics.yaml, nowhere.yaml, teams, other/*.yaml, promises.yaml]');
    expect(errors(root, { 'teams/logistics.yaml': LOGISTICS, 'promises.yaml': ROOT })).toEqual([
      'brand/promises.yaml:4:11 the included file `nowhere.yaml` does not exist — check the path in `include`',
      'brand/promises.yaml:4:11 the included path `teams` is a folder — name files, or a glob like evidence/*.yaml',
      'brand/promises.yaml:4:11 the include pattern `other/*.yaml` matches no file — check the folder and the pattern',
      'brand/promises.yaml:4:11 the register includes itself (`promises.yaml`) — an included file cannot be the root register',
    ].map((e, i) => e.replace('4:11', `4:${[33, 47, 54, 68][i]}`)));
  });

  it('keeps root-only keys in the root', () => {
    expect(errors(ROOT, { 'teams/logistics.yaml': `include: [x.yaml]\npolicy: {}\n${LOGISTICS}` })).toEqual([
      'brand/teams/logistics.yaml:1:1 `include` belongs in the root register only, not in an included file — move it there',
      'brand/teams/logistics.yaml:2:1 `policy` belongs in the root register only, not in an included file — move it there',
    ]);
  });

  it('evidence for a promise that does not exist', () => {
    expect(errors(ROOT, { 'teams/logistics.yaml': LOGISTICS.replace('  two-day:', '  two-dya:') })).toEqual([
      'brand/teams/logistics.yaml:4:3 promise `two-dya` is not defined in `promises` (defined: `two-day`)',
    ]);
  });

  it('a register in one file needs no host and works as before', () => {
    const single = ROOT.replace('include: [teams/*.yaml]\n', '').replace('owner: logistics', 'owner: marketing');
    expect(loadRegister(single, 'promises.yaml').ok).toBe(true);
  });

  it('globs: * stays in a folder, ** crosses folders', () => {
    expect(globToRegExp('evidence/*.yaml').test('evidence/a.yaml')).toBe(true);
    expect(globToRegExp('evidence/*.yaml').test('evidence/x/a.yaml')).toBe(false);
    expect(globToRegExp('evidence/**/*.yaml').test('evidence/x/y/a.yaml')).toBe(true);
    expect(globToRegExp('evidence/**/*.yaml').test('evidence/a.yaml')).toBe(true);
  });
});
