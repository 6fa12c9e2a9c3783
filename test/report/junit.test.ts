/**
 * JUnit XML: well-formed for any register text, one suite per audit, one case
 * per promise in scope; broken and blocked promises fail with the reason,
 * drafts and pending ones are skipped with theirs.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { fi } from '../../src/i18n/fi.js';
import { renderJunit } from '../../src/report/junit.js';
import { xmlAttribute, xmlText } from '../../src/report/shared/xml-escape.js';
import { plainStyle } from '../../src/report/shared/style.js';
import type { ReportOptions } from '../../src/report/types.js';
import type { AuditResult } from '../../src/types.js';
import { run } from '../helpers/cli.js';
import { auditCi, HOSTILE } from './ci-register.js';

interface Case {
  '@_name': string;
  '@_classname': string;
  '@_file': string;
  '@_line': string;
  failure?: { '@_message': string; '@_type': string; '#text': string };
  skipped?: { '@_message': string };
  'system-out': string;
}
interface Suite {
  '@_name': string;
  '@_tests': string;
  '@_failures': string;
  '@_skipped': string;
  '@_errors': string;
  testcase: Case[];
}

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testcase' || name === 'testsuite', parseTagValue: false, parseAttributeValue: false, trimValues: false, htmlEntities: true });
const options = (over: Partial<ReportOptions> = {}): ReportOptions => ({ t: en, lang: 'en', style: plainStyle, width: 120, ...over });

function parse(result: AuditResult, over: Partial<ReportOptions> = {}) {
  const xml = renderJunit(result, options(over));
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parser.parse(xml) as { testsuites: { '@_tests': string; '@_failures': string; '@_skipped': string; testsuite: Suite[] } };
  return { xml, root: doc.testsuites, suites: doc.testsuites.testsuite };
}

/** Control characters XML 1.0 forbids are dropped; everything else survives. */
const HOSTILE_IN_XML = HOSTILE.replace(/[\u0001\u001b]/g, '');

describe('JUnit report', () => {
  it('has one suite with one case per promise in scope, and counts that add up', () => {
    const result = auditCi();
    const { root, suites } = parse(result);
    expect(suites).toHaveLength(1);
    const suite = suites[0]!;
    // Named by the brand alone: the same suite from day to day, for the CI server's history.
    expect(suite['@_name']).toBe('Test Oy');
    expect(suite.testcase.map((c) => c['@_name'])).toEqual(result.promises.map((p) => p.id));
    expect([suite['@_tests'], suite['@_failures'], suite['@_skipped'], suite['@_errors']]).toEqual(['6', '2', '3', '0']);
    expect([root['@_tests'], root['@_failures'], root['@_skipped']]).toEqual(['6', '2', '3']);
    expect(suite.testcase.every((c) => c['@_file'] === 'promises.yaml' && Number(c['@_line']) > 0)).toBe(true);
  });

  it('fails broken and blocked promises, saying why', () => {
    const cases = new Map(parse(auditCi()).suites[0]!.testcase.map((c) => [c['@_name'], c]));
    const broken = cases.get('phone-answered')!;
    expect(broken.failure!['@_type']).toBe('broken-promise');
    expect(broken.failure!['@_message']).toMatch(/^broken: public since 2025-09-01 but not delivered at phone \(target missed: /);
    expect(broken.failure!['@_message']).toContain(HOSTILE_IN_XML); // CR, LF, quotes and markup round-trip in an attribute
    expect(broken.failure!['#text']).toMatch(/^promises\.yaml:\d+:5 error broken-promise: public since/);

    const blocked = cases.get('size-advice')!;
    expect(blocked.failure!['@_type']).toBe('launch-blocked');
    expect(blocked.failure!['@_message']).toMatch(/^blocked: announced on 2026-11-30 \(in 6 days\) but not delivered at phone \(no evidence\)/);
    expect(blocked['system-out']).toContain('hygiene-first');

    expect(cases.get('two-day-delivery')!.failure).toBeUndefined();
    expect(cases.get('two-day-delivery')!.skipped).toBeUndefined();
  });

  it('skips drafts, pending promises and waived ones with their reason', () => {
    const cases = new Map(parse(auditCi()).suites[0]!.testcase.map((c) => [c['@_name'], c]));
    expect(cases.get('ai-sorting')!.skipped!['@_message']).toBe('draft: no announce date yet — an aspiration, not a promise');
    expect(cases.get('gift-wrap')!.skipped!['@_message']).toMatch(/^pending: announced on 2027-06-01, beyond the lead time — /);
    expect(cases.get('gift-wrap')!.failure).toBeUndefined(); // its plan-missing warnings do not fail the gate
    const waived = cases.get('free-returns')!;
    expect(waived.failure).toBeUndefined();
    expect(waived.skipped!['@_message']).toBe(`broken: waived: ${HOSTILE_IN_XML} (approved by marketing, until 2027-01-31)`);
  });

  it('keeps hostile register text intact in element content, minus characters XML forbids', () => {
    const { xml, suites } = parse(auditCi());
    const draft = suites[0]!.testcase.find((c) => c['@_name'] === 'ai-sorting')!;
    // The CR survives: written as a reference, since XML reads a raw CR LF as LF.
    expect(draft['system-out'].startsWith(`${HOSTILE_IN_XML}\n`)).toBe(true);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(xml).not.toContain(']]>');
  });

  it('mirrors --fail-on warning: warnings fail their promise too', () => {
    const { suites } = parse(auditCi({ failOn: 'warning' }));
    const gift = suites[0]!.testcase.find((c) => c['@_name'] === 'gift-wrap')!;
    expect(gift.failure!['@_type']).toBe('plan-missing');
    expect(suites[0]!['@_failures']).toBe('4'); // ai-sorting too: a draft, but customer-voice is a warning
  });

  it('gives findings about no promise (a generic claim in copy) a case per file', () => {
    const result = auditCi({ failOn: 'warning' });
    const claim = { rule: 'generic-claim', severity: 'warning', promise: null, touchpoint: null, messageId: 'genericClaim', data: { text: 'eco-friendly', point: '4a', inForce: true }, location: { file: 'copy/landing.html', line: 12, column: 7 }, waived: false } as const;
    const { suites } = parse({ ...result, findings: [...result.findings, claim] }, { repositoryPaths: { 'copy/landing.html': 'site/copy/landing.html' } });
    const copy = suites[0]!.testcase.at(-1)!;
    expect([copy['@_name'], copy['@_classname'], copy['@_file'], copy['@_line']]).toEqual(['site/copy/landing.html', 'promise-audit.copy', 'site/copy/landing.html', '12']);
    expect(copy.failure!['@_type']).toBe('generic-claim');
    expect(copy.failure!['@_message']).toContain('eco-friendly');
    expect(suites[0]!['@_tests']).toBe('7');
  });

  it('names the suite after the brand and the campaign audited, never the day', async () => {
    const r = await run(['check', 'examples/webshop.yaml', '--format', 'junit', '--campaign', 'black-week-2026']);
    expect(r.stdout).toContain('<testsuite name="Northwind Outfitters · Black Week 2026" ');
  });

  it('writes Finnish when asked', () => {
    const { suites } = parse(auditCi(), { t: fi, lang: 'fi' });
    const draft = suites[0]!.testcase.find((c) => c['@_name'] === 'ai-sorting')!;
    expect(draft.skipped!['@_message']).toBe(`luonnos: ${fi.ci.junitDraft({})}`);
    expect(suites[0]!['@_name']).toBe('Test Oy');
  });
});

describe('XML escaping', () => {
  it('escapes markup and drops what XML 1.0 forbids, keeping astral characters', () => {
    expect(xmlText('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
    expect(xmlAttribute(`"x" 'y'\n\t\r`)).toBe('&quot;x&quot; &apos;y&apos;&#10;&#9;&#13;');
    expect(xmlText('\u0000\u0008\u000b\u000c\u001f\ufffe\uffff ok')).toBe(' ok');
    expect(xmlText('lone \ud800 high, lone \udc00 low, pair 😀')).toBe('lone  high, lone  low, pair 😀');
    expect(xmlText('tab\tand\nline')).toBe('tab\tand\nline');
  });
});
