/**
 * SARIF: valid against the official SARIF 2.1.0 schema, pointing at the right
 * lines and UTF-16 columns of the register, describing every rule, with
 * fingerprints that survive edits elsewhere in the register and waivers as
 * suppressions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/audit.js';
import { docsUrl } from '../../src/audit/rules/define-rule.js';
import { en, type Catalogue } from '../../src/i18n/en.js';
import { fi } from '../../src/i18n/fi.js';
import { loadRegister } from '../../src/register/index.js';
import { renderSarif, renderSarifInvalid } from '../../src/report/sarif.js';
import { plainStyle } from '../../src/report/shared/style.js';
import type { ReportOptions } from '../../src/report/types.js';
import { RULE_IDS } from '../../src/rule-ids.js';
import type { AuditResult } from '../../src/types.js';
import { ROOT } from '../helpers/cli.js';
import { HEADER, load } from '../helpers/register.js';
import { auditCi, HOSTILE, lineOf, REGISTER } from './ci-register.js';

interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string; index?: number }; region: { startLine: number; startColumn: number } };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: SarifLocation[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string; status: string; justification: string; location?: SarifLocation }[];
  properties: { promise: string | null; touchpoint: string | null };
}
interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  helpUri: string;
  defaultConfiguration: { level: string };
}
interface SarifLog {
  version: string;
  runs: { tool: { driver: { name: string; version?: string; rules: SarifRule[] } }; language: string; columnKind: string; results: SarifResult[] }[];
}

const schema = JSON.parse(readFileSync(join(ROOT, 'test/vendor/sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
// CommonJS packages: their `default` export is the class or plugin itself.
const Ajv04 = ajvDraft04.default;
const addFormats = ajvFormats.default;
// A draft-04 schema names itself with `id`; Ajv looks for `$id`.
const ajv = new Ajv04({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile({ ...schema, $id: schema.id as string });

const options = (over: Partial<ReportOptions> = {}): ReportOptions => ({ t: en, lang: 'en', style: plainStyle, width: 120, version: '1.2.3', ...over });
const sarif = (result: AuditResult, over: Partial<ReportOptions> = {}) => JSON.parse(renderSarif(result, options(over))) as SarifLog;
const FP = 'promiseAuditFinding/v1';

describe('SARIF report', () => {
  it('is valid SARIF 2.1.0 by the official schema', () => {
    const text = renderSarif(auditCi(), options());
    const ok = validate(JSON.parse(text));
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
    // A register outside the working folder, in Finnish, with a path that needs encoding: still valid.
    expect(validate(JSON.parse(renderSarif(auditCi(), options({ t: fi, lang: 'fi', repositoryPaths: { 'promises.yaml': 'brändi/lupaukset #1.yaml' } }))))).toBe(true);
    expect(validate(JSON.parse(renderSarif(auditCi(), options({ repositoryPaths: { 'promises.yaml': '/srv/registers/promises.yaml' } }))))).toBe(true);
    // The schema is really checked: a level SARIF does not know is rejected.
    const broken = JSON.parse(text) as SarifLog;
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  it('has one result per finding, at the line and column of the finding in the register', () => {
    const result = auditCi();
    const log = sarif(result);
    const results = log.runs[0]!.results;
    expect(results.map((r) => `${r.ruleId} ${r.properties.promise}`)).toEqual(result.findings.map((f) => `${f.rule} ${f.promise}`));

    const broken = results.find((r) => r.ruleId === 'broken-promise' && r.properties.promise === 'phone-answered')!;
    const region = broken.locations[0]!.physicalLocation.region;
    const line = REGISTER.split('\n')[region.startLine - 1]!;
    expect(region.startLine).toBe(lineOf('- id: phone-answered'));
    expect(line.slice(region.startColumn - 1)).toBe('id: phone-answered');
    expect(broken.level).toBe('error');
    expect(broken.message.text).toContain('phone');
    expect(broken.message.text).toContain(HOSTILE); // the evidence summary, as it is: JSON escapes it
    expect(log.runs[0]!.tool.driver.rules[broken.ruleIndex]!.id).toBe('broken-promise');

    const plan = results.filter((r) => r.ruleId === 'plan-missing');
    expect(plan.map((r) => [r.level, r.properties.touchpoint, r.locations[0]!.physicalLocation.region.startLine])).toEqual([
      ['warning', 'webshop', lineOf('- id: gift-wrap')],
      ['warning', 'phone', lineOf('- id: gift-wrap')],
    ]);
  });

  it('counts columns in UTF-16 code units, 1-based', () => {
    // Two evidence items on one line: the second starts after Finnish letters and an emoji (2 UTF-16 units).
    const yaml = `${HEADER}promises:
  - id: kuvakirja
    statement: Kuvakirja
    tier: hygiene
    owner: logistics
    touchpoints: [webshop]
    evidence: [{ touchpoint: webshop, kind: launch, summary: "Äänikirja 😀 myymälässä", verified: 2026-11-01, by: logistics }, { touchpoint: webshop, kind: launch, summary: x, verified: 2026-12-01, by: logistics }]
`;
    const { register, source } = load(yaml);
    const result = audit(register, source, { asOf: '2026-11-24' });
    const [future] = sarif(result).runs[0]!.results.filter((r) => r.ruleId === 'evidence-future');
    const region = future!.locations[0]!.physicalLocation.region;
    const line = yaml.split('\n')[region.startLine - 1]!;
    expect(region.startColumn).toBe(line.lastIndexOf('{ touchpoint') + 1); // JS string indices are UTF-16 units
    expect(region.startColumn).toBeGreaterThan([...line.slice(0, line.lastIndexOf('{ touchpoint'))].length + 1); // not code points
    expect(sarif(result).runs[0]!.columnKind).toBe('utf16CodeUnits');
  });

  it('describes every rule, with its docs page and default level', () => {
    const log = sarif(auditCi());
    const driver = log.runs[0]!.tool.driver;
    expect(driver.name).toBe('promise-audit');
    expect(driver.version).toBe('1.2.3');
    expect(driver.rules.map((r) => r.id)).toEqual([...RULE_IDS]);
    for (const rule of driver.rules) {
      expect(rule.helpUri).toBe(docsUrl(rule.id as (typeof RULE_IDS)[number]));
      expect(rule.helpUri).toMatch(new RegExp(`/docs/rules/${rule.id}\\.md$`));
      expect(rule.name).toMatch(/^[A-Z][A-Za-z]+$/);
      for (const text of [rule.shortDescription.text, rule.fullDescription.text, rule.help.text]) expect(text.length).toBeGreaterThan(10);
      expect(rule.fullDescription.text).not.toBe(rule.shortDescription.text);
    }
    const levels = Object.fromEntries(driver.rules.map((r) => [r.id, r.defaultConfiguration.level]));
    expect(levels).toMatchObject({ 'broken-promise': 'error', 'launch-blocked': 'error', 'customer-voice': 'warning', 'waiver-unused': 'warning' });
  });

  it('speaks the language of the report', () => {
    const log = sarif(auditCi(), { t: fi, lang: 'fi' });
    expect(log.runs[0]!.language).toBe('fi');
    const rule = log.runs[0]!.tool.driver.rules.find((r) => r.id === 'broken-promise')!;
    expect(rule.shortDescription.text).toBe(fi.ruleDocs['broken-promise'].short({}));
    expect(rule.shortDescription.text).not.toBe(en.ruleDocs['broken-promise'].short({}));
    expect(log.runs[0]!.results[0]!.message.text).toMatch(/lunastamatta/);
  });

  it('points at the register relative to the repository root, as a relative URI', () => {
    const uri = (over: Partial<ReportOptions>) => sarif(auditCi(), over).runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation;
    expect(uri({})).toEqual({ uri: 'promises.yaml', uriBaseId: '%SRCROOT%', index: 0 });
    expect(uri({ repositoryPaths: { 'promises.yaml': 'marketing/promises.yaml' } })).toMatchObject({ uri: 'marketing/promises.yaml', uriBaseId: '%SRCROOT%' });
    expect(uri({ repositoryPaths: { 'promises.yaml': 'brändi/lupaukset #1.yaml' } }).uri).toBe('br%C3%A4ndi/lupaukset%20%231.yaml');
    expect(uri({ repositoryPaths: { 'promises.yaml': '/srv/registers/promises.yaml' } })).toMatchObject({ uri: 'file:///srv/registers/promises.yaml' });
  });

  it('lists every file a location points into, each under its repository path', () => {
    const result = auditCi();
    // A register that includes other files: a finding from an included file.
    const moved = { ...result, findings: result.findings.map((f, i) => (i === 0 ? { ...f, location: { ...f.location, file: 'evidence/phone.yaml' } } : f)) };
    const log = JSON.parse(renderSarif(moved, options({ repositoryPaths: { 'promises.yaml': 'brand/promises.yaml', 'evidence/phone.yaml': 'brand/evidence/phone.yaml' } }))) as SarifLog & {
      runs: { artifacts: { location: { uri: string } }[] }[];
    };
    expect(validate(log)).toBe(true);
    expect(log.runs[0]!.artifacts.map((a) => a.location.uri)).toEqual(['brand/promises.yaml', 'brand/evidence/phone.yaml']);
    const [first, second] = log.runs[0]!.results;
    expect(first!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'brand/evidence/phone.yaml', uriBaseId: '%SRCROOT%', index: 1 });
    expect(second!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'brand/promises.yaml', uriBaseId: '%SRCROOT%', index: 0 });
  });

  it('carries a waiver as an in-source suppression with its reason, pointing at the waiver', () => {
    const results = sarif(auditCi()).runs[0]!.results;
    const waived = results.filter((r) => r.suppressions);
    expect(waived.map((r) => `${r.ruleId} ${r.properties.promise}`)).toEqual(['broken-promise free-returns']);
    const [s] = waived[0]!.suppressions!;
    expect(s).toMatchObject({ kind: 'inSource', status: 'accepted', justification: HOSTILE });
    expect(s!.location!.physicalLocation.region.startLine).toBe(lineOf('- rule: broken-promise'));
    expect(waived[0]!.level).toBe('error'); // a waived finding keeps its severity
    expect(results.filter((r) => !r.suppressions).every((r) => r.ruleId !== 'broken-promise' || r.properties.promise !== 'free-returns')).toBe(true);
  });

  describe('fingerprints', () => {
    const prints = (yaml: string, asOf = '2026-11-24') => {
      const { register, source } = load(yaml);
      return sarif(audit(register, source, { asOf })).runs[0]!.results.map((r) => ({ key: `${r.ruleId} ${r.properties.promise} ${r.properties.touchpoint}`, fp: r.partialFingerprints[FP]!, line: r.locations[0]!.physicalLocation.region.startLine, text: r.message.text }));
    };

    it('are the same when lines move and messages change, and differ between findings', () => {
      const before = prints(REGISTER);
      // A new promise and comments above every finding, and a later audit day that changes "days left" in messages.
      const edited = REGISTER.replace(
        'promises:\n',
        'promises:\n  # a comment\n  # another one\n  - id: newcomer\n    statement: New\n    tier: hygiene\n    owner: logistics\n    touchpoints: [webshop]\n',
      );
      const after = prints(edited, '2026-11-25').filter((r) => !r.key.includes('newcomer'));
      expect(after.map((r) => r.key)).toEqual(before.map((r) => r.key));
      expect(after.map((r) => r.line)).not.toEqual(before.map((r) => r.line));
      expect(after.find((r) => r.key.startsWith('launch-blocked'))!.text).not.toBe(before.find((r) => r.key.startsWith('launch-blocked'))!.text);
      expect(after.map((r) => r.fp)).toEqual(before.map((r) => r.fp));
      expect(new Set(before.map((r) => r.fp)).size).toBe(before.length);
    });

    it('do not depend on the language', () => {
      const result = auditCi();
      const fp = (t: Catalogue, lang: 'en' | 'fi') => sarif(result, { t, lang }).runs[0]!.results.map((r) => r.partialFingerprints[FP]);
      expect(fp(fi, 'fi')).toEqual(fp(en, 'en'));
    });
  });

  it('is byte-identical for the same input', () => {
    expect(renderSarif(auditCi(), options())).toBe(renderSarif(auditCi(), options()));
  });
});

describe('SARIF of a register that is not valid', () => {
  const loaded = loadRegister(`${HEADER}promises:\n  - id: a\n    statment: Typo\n  - id: b\n    tier: wow\n`, 'promises.yaml');
  if (loaded.ok) throw new Error('the register should not be valid');
  const log = JSON.parse(renderSarifInvalid(loaded.diagnostics, { t: en, lang: 'en', version: '1.2.3', repositoryPaths: { 'promises.yaml': 'marketing/promises.yaml' } })) as SarifLog & {
    runs: { invocations: { executionSuccessful: boolean }[] }[];
  };

  it('is valid SARIF 2.1.0, and says the run audited nothing', () => {
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.runs[0]!.invocations).toEqual([{ executionSuccessful: false, exitCode: 2 }]);
  });

  it('gives each problem as a result at its line, under a rule of its own', () => {
    const results = log.runs[0]!.results;
    expect(results.length).toBe(loaded.diagnostics.length);
    expect(results.map((r) => [r.ruleId, r.level, r.locations[0]!.physicalLocation.artifactLocation.uri, r.locations[0]!.physicalLocation.region.startLine])).toContainEqual([
      'invalid-register',
      'error',
      'marketing/promises.yaml',
      11,
    ]);
    expect(results.some((r) => r.message.text.includes('`statment`'))).toBe(true);
    expect(log.runs[0]!.tool.driver.rules.map((r) => r.id)).toEqual(['invalid-register']);
    expect(RULE_IDS).not.toContain('invalid-register');
  });
});
