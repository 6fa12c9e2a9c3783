/**
 * The copy rules through the audit: claim-not-delivered (an error for every
 * status but ready), generic-claim (true positives in English and Finnish,
 * everyday words that are no claim, the exception for a ready promise's own
 * words), and inline suppressions with and without a reason.
 */
import { describe, expect, it } from 'vitest';
import { GENERIC_CLAIMS } from '../../src/scan/generic-claims.js';
import { compilePatterns, parsePhrase } from '../../src/scan/phrases.js';
import { scanText } from '../../src/scan/scan.js';
import { scanTexts } from '../helpers/copy.js';
import { auditYaml, HEADER, load } from '../helpers/register.js';
import { en } from '../../src/i18n/en.js';
import { fi } from '../../src/i18n/fi.js';
import { findingMessage } from '../../src/report/shared/messages.js';

const REGISTER = `${HEADER}promises:
  - id: two-day-delivery
    statement: Delivered in two days
    tier: hygiene
    owner: logistics
    touchpoints: [webshop]
    announce: 2026-01-01
    claims: ["kahdessa päivässä", "in two days"]
    evidence:
      - { touchpoint: webshop, kind: test, summary: Test orders, verified: 2026-11-01, by: logistics }
  - id: fsc-paper
    statement: Printed on FSC-certified paper
    tier: hygiene
    owner: logistics
    touchpoints: [webshop]
    announce: 2026-01-01
    claims: ["vastuullisesti valmistet*", "responsibly made"]
    evidence:
      - { touchpoint: webshop, kind: document, summary: FSC certificate, verified: 2026-03-01, by: logistics }
  - id: gift-wrap
    statement: Free gift wrapping
    tier: hygiene
    owner: logistics
    touchpoints: [webshop]
    announce: 2026-11-01
    claims: ["lahjapaketoin*", "gift wrap*"]
  - id: carbon-neutral-delivery
    statement: Carbon neutral delivery
    tier: hygiene
    owner: logistics
    touchpoints: [webshop, phone]
    announce: 2026-12-01
    claims: ["hiilineutraali toimitus"]
  - id: sorting
    statement: AI sorts your photos
    tier: hygiene
    owner: logistics
    touchpoints: [webshop]
    claims: ["kuvien lajittelu*"]
`;

function auditCopy(files: Record<string, string>, options: { asOf?: string; campaign?: string } = {}) {
  const copy = scanTexts(load(REGISTER).register, files);
  return auditYaml(REGISTER, { copy, ...options });
}

const summary = (r: ReturnType<typeof auditCopy>) =>
  r.findings.filter((f) => f.location.file !== 'promises.yaml').map((f) => `${f.location.file}:${f.location.line}:${f.location.column} ${f.rule} ${f.severity} ${f.promise ?? '-'}`);

describe('claim-not-delivered', () => {
  it('is an error for a mention of a broken, blocked or draft promise, and names the promise, its status and why', () => {
    const r = auditCopy({ 'a.md': 'Lahjapaketointi ilmaiseksi!\nNyt hiilineutraali toimitus.\nUusi kuvien lajittelu.\n' });
    expect(summary(r)).toEqual([
      'a.md:1:1 claim-not-delivered error gift-wrap',
      'a.md:2:5 claim-not-delivered error carbon-neutral-delivery',
      'a.md:2:5 generic-claim warning -',
      'a.md:3:6 claim-not-delivered error sorting',
    ]);
    const [broken, blocked, draft] = r.findings.filter((f) => f.rule === 'claim-not-delivered').map((f) => findingMessage(en, f));
    expect(broken).toBe(
      'the copy claims “Lahjapaketointi” (promise gift-wrap), but the promise is broken: public since 2026-11-01 and not delivered at webshop (no evidence) — take the claim out of the copy until the promise is ready, or deliver it first',
    );
    expect(blocked).toContain('the promise is blocked: announced for 2026-12-01 and not delivered at webshop (no evidence), phone (no evidence)');
    expect(draft).toContain('the promise is a draft: no announce date and not delivered at webshop (no evidence)');
    expect(findingMessage(fi, r.findings.find((f) => f.promise === 'gift-wrap' && f.rule === 'claim-not-delivered')!)).toBe(
      'teksti lupaa ”Lahjapaketointi” (lupaus gift-wrap), mutta lupaus on rikottu: julkinen 2026-11-01 alkaen ja lunastamatta kosketuspisteessä: webshop (ei näyttöä) — poista väite tekstistä, kunnes lupaus on valmis, tai lunasta lupaus ensin',
    );
    expect(r.summary.verdict).toBe('fail');
  });

  it('lists a mention of a ready promise as covered, with no finding', () => {
    const r = auditCopy({ 'a.md': 'Perillä kahdessa päivässä.' });
    expect(summary(r)).toEqual([]);
    expect(r.copy?.mentions).toEqual([
      { promise: 'two-day-delivery', status: 'ready', covered: true, phrase: 'kahdessa päivässä', text: 'kahdessa päivässä', location: { file: 'a.md', line: 1, column: 9 } },
    ]);
  });

  it('with --campaign, looks only at the campaign\'s promises', () => {
    const yaml = REGISTER.replace('promises:\n', 'campaigns:\n  xmas: { name: Xmas, launch: 2026-12-01, promises: [two-day-delivery] }\npromises:\n');
    const copy = scanTexts(load(yaml).register, { 'a.md': 'Lahjapaketointi ja kahdessa päivässä' });
    const r = auditYaml(yaml, { copy, campaign: 'xmas' });
    expect(r.findings.filter((f) => f.rule === 'claim-not-delivered')).toEqual([]);
    expect(r.copy?.mentions.map((m) => m.promise)).toEqual(['two-day-delivery']);
  });

  it('is covered by a waiver on the promise, like any rule', () => {
    const yaml = REGISTER.replace(
      '    claims: ["lahjapaketoin*", "gift wrap*"]\n',
      '    claims: ["lahjapaketoin*", "gift wrap*"]\n    waivers:\n      - { rule: claim-not-delivered, reason: Copy is withdrawn on Monday, approved_by: marketing, expires: 2026-11-30 }\n',
    );
    const copy = scanTexts(load(yaml).register, { 'a.md': 'Lahjapaketointi!' });
    const r = auditYaml(yaml, { copy });
    expect(r.findings.filter((f) => f.rule === 'claim-not-delivered').map((f) => f.waived)).toEqual([true]);
  });
});

describe('generic-claim', () => {
  it('finds generic claims in English and Finnish, each with its Annex I point', () => {
    const r = auditCopy({
      'en.md': 'Our eco-friendly bags. Climate\nneutral shipping! Made from 100% recycled cotton.',
      'fi.md': 'Lahjapakkaukset ovat vastuullisesti tuotettuja. Entistä ympäristöystävällisempi kassi.\nToimitukset ovat hiilineutraaleja.',
    });
    expect(r.findings.filter((f) => f.rule === 'generic-claim').map((f) => `${f.location.file}:${f.location.line} ${(f.data as { text: string }).text} ${(f.data as { point: string }).point}`)).toEqual([
      'en.md:1 eco-friendly 4a',
      'en.md:1 Climate neutral 4c',
      'en.md:2 100% recycled 4b',
      'fi.md:1 vastuullisesti tuotettuja 4a',
      'fi.md:1 ympäristöystävällisempi 4a',
      'fi.md:2 hiilineutraaleja 4c',
    ]);
    expect(r.findings.every((f) => f.rule !== 'generic-claim' || (f.severity === 'warning' && f.promise === null))).toBe(true);
  });

  it('finds the Finnish stems in every inflected form', () => {
    const words = ['ympäristöystävällinen', 'ympäristöystävällistä', 'ympäristöystävällisempi', 'ympäristöystävällisesti', 'vastuullisesti tuotettu', 'vastuullisesti tuotetut', 'hiilineutraalin', 'ilmastoneutraaleja'];
    const r = auditCopy({ 'fi.md': words.join('.\n\n') });
    expect(r.findings.filter((f) => f.rule === 'generic-claim').map((f) => (f.data as { text: string }).text)).toEqual(words);
  });

  it('leaves everyday words alone: a green jacket is no claim', () => {
    const r = auditCopy({
      'a.md': [
        'A green jacket and a greener garden.',
        'Sustainable development goals; a durable, natural bag.',
        'An eco tote for a friendly price. Carefree eco-friendlyish? No: eco friendship.',
        'Vihreä takki ja kestävät vedokset. Ekologi tutkii luontoa.',
        'Luonnollinen väri, kestävä kassi, vastuullinen työnantaja.',
      ].join('\n'),
    });
    expect(r.findings.filter((f) => f.rule === 'generic-claim')).toEqual([]);
  });

  it('passes words that belong to a ready promise: that promise carries the evidence', () => {
    const r = auditCopy({ 'a.md': 'Kuvakirjat on vastuullisesti valmistettu. Responsibly made in Tampere.' });
    expect(r.findings).toEqual(r.findings.filter((f) => f.location.file === 'promises.yaml'));
    expect(r.copy?.mentions.map((m) => `${m.promise} ${m.covered}`)).toEqual(['fsc-paper true', 'fsc-paper true']);
  });

  it('still fires when the words belong to a promise that is not ready, beside claim-not-delivered', () => {
    const r = auditCopy({ 'a.md': 'Nyt hiilineutraali toimitus.' });
    expect(summary(r)).toEqual(['a.md:1:5 claim-not-delivered error carbon-neutral-delivery', 'a.md:1:5 generic-claim warning -']);
  });

  it('says "banned since" on or after 27 September 2026, "banned from" before', () => {
    const message = (asOf: string) => findingMessage(en, auditCopy({ 'a.md': 'eco-friendly' }, { asOf }).findings.find((f) => f.rule === 'generic-claim')!);
    expect(message('2026-09-27')).toContain('banned since 27 September 2026');
    expect(message('2026-09-26')).toContain('banned from 27 September 2026');
    expect(message('2026-11-24')).toBe(
      '“eco-friendly” is a generic environmental claim, banned since 27 September 2026 unless you can show recognised excellent environmental performance (Directive 2005/29/EC, Annex I point 4a, added by Directive (EU) 2024/825) — say exactly what is better and prove it, or make it a promise in the register with evidence',
    );
  });

  it('every built-in phrase parses, is listed once, and finds itself (none is hidden by another)', () => {
    const phrases = GENERIC_CLAIMS.map((g) => g.phrase);
    expect(new Set(phrases).size).toBe(phrases.length);
    const set = compilePatterns([], GENERIC_CLAIMS);
    for (const g of GENERIC_CLAIMS) {
      expect(parsePhrase(g.phrase), g.phrase).not.toBeNull();
      const text = `Tämä on ${g.phrase.replace(/\*/g, 'a')} nyt.`;
      expect(scanText('x.txt', text, 'text', set).generic.map((h) => h.phrase), g.phrase).toContain(g.phrase);
    }
  });
});

describe('inline suppressions', () => {
  it('with a reason: the finding on the next line is suppressed and counted', () => {
    const r = auditCopy({
      'a.md': '<!-- promise-audit-ignore generic-claim: EU Ecolabel licence FI/030/001 is shown beside it -->\nAn eco-friendly bag.\nAnother eco-friendly bag.\n',
    });
    expect(summary(r)).toEqual(['a.md:3:9 generic-claim warning -']);
    expect(r.copy?.suppressions).toEqual([
      { location: { file: 'a.md', line: 1, column: 1 }, line: 2, rules: ['generic-claim'], reason: 'EU Ecolabel licence FI/030/001 is shown beside it', covers: 1 },
    ]);
  });

  it('suppresses only the rules it names', () => {
    const r = auditCopy({ 'a.md': '<!-- promise-audit-ignore generic-claim: reviewed -->\nNyt hiilineutraali toimitus.' });
    expect(summary(r)).toEqual(['a.md:2:5 claim-not-delivered error carbon-neutral-delivery']);
    const both = auditCopy({ 'a.md': '<!-- promise-audit-ignore generic-claim, claim-not-delivered: quoting a competitor -->\nNyt hiilineutraali toimitus.' });
    expect(summary(both)).toEqual([]);
  });

  it('without a reason: suppresses nothing and is itself reported', () => {
    const r = auditCopy({ 'a.md': 'x\n<!-- promise-audit-ignore generic-claim -->\nAn eco-friendly bag.\n' });
    expect(summary(r)).toEqual(['a.md:2:1 generic-claim warning -', 'a.md:3:4 generic-claim warning -']);
    expect(findingMessage(en, r.findings.find((f) => f.messageId === 'ignoreWithoutReason')!)).toBe(
      'this promise-audit-ignore for generic-claim gives no reason, so it suppresses nothing on line 3 — write the reason after a colon: promise-audit-ignore generic-claim: why this is no claim',
    );
    expect(summary(auditCopy({ 'a.md': '<!-- promise-audit-ignore claim-not-delivered:   -->\nLahjapaketointi' }))).toEqual([
      'a.md:1:1 claim-not-delivered error -',
      'a.md:2:1 claim-not-delivered error gift-wrap',
    ]);
  });

  it('an unknown or missing rule name is a note, with a suggestion', () => {
    const r = auditCopy({ 'a.md': '<!-- promise-audit-ignore generic-claims: typo -->\neco-friendly\n<!-- promise-audit-ignore: no rule -->\neco-friendly' });
    expect(summary(r)).toEqual(['a.md:2:1 generic-claim warning -', 'a.md:4:1 generic-claim warning -']);
    expect(r.copy?.notes).toEqual([
      { code: 'ignoreUnknownRule', file: 'a.md', line: 1, column: 1, rule: 'generic-claims', suggestion: 'generic-claim' },
      { code: 'ignoreNoRule', file: 'a.md', line: 3, column: 1 },
    ]);
  });

  it('works as a # comment in YAML and front matter, and as {/* */} in MDX', () => {
    const r = auditCopy({
      'a.yaml': 'title: x\n# promise-audit-ignore generic-claim: product name of the partner\nbody: eco-friendly\n',
      'b.md': '---\n# promise-audit-ignore generic-claim: quoted from the law\ntitle: eco-friendly\n---\n',
      'c.mdx': '{/* promise-audit-ignore generic-claim: a quote */}\neco-friendly\n',
    });
    expect(summary(r)).toEqual([]);
    expect(r.copy?.suppressions.map((s) => s.covers)).toEqual([1, 1, 1]);
  });

  it('applies only to the line right after the comment', () => {
    const r = auditCopy({ 'a.md': '<!-- promise-audit-ignore generic-claim: reviewed -->\n\neco-friendly' });
    expect(summary(r)).toEqual(['a.md:3:1 generic-claim warning -']);
    expect(r.copy?.suppressions[0]?.covers).toBe(0);
  });
});
