/**
 * One register for the CI format tests, with a promise in every status, a
 * waived finding, and hostile text wherever the register allows free text:
 * percent signs, colons, commas, CR and LF, `::` (GitHub commands), quotes and
 * markup (XML), C0 controls (illegal in XML 1.0), and leading `=`, `+`, `-`,
 * `@` (spreadsheet formulas).
 */
import { audit } from '../../src/audit/audit.js';
import type { AuditResult } from '../../src/types.js';
import { HEADER, load } from '../helpers/register.js';

/** As YAML double-quoted text: `\r`, `\n`, `\x01` and `\e` are YAML escapes. */
export const HOSTILE_YAML = String.raw`100% sure: a,b\r\n::error::injected, \"quoted\" 'single' <b>&amp;</b> ]]> \x01\e[31m =SUM(1) ::`;
/** The same text as the audit sees it. */
export const HOSTILE = `100% sure: a,b\r\n::error::injected, "quoted" 'single' <b>&amp;</b> ]]> \u0001\u001b[31m =SUM(1) ::`;

export const REGISTER = `${HEADER}promises:
  - id: two-day-delivery
    statement: "=HYPERLINK(\\"http://example.com/x\\", \\"click\\")"
    tier: hygiene
    owner: logistics
    touchpoints: [webshop]
    announce: 2026-03-01
    evidence:
      - touchpoint: webshop
        kind: metric
        summary: Delivery time p90
        verified: 2026-11-03
        by: logistics
        target: "<= 2"
        actual: 1.7

  - id: phone-answered
    statement: "+358 40 123 4567, always answered"
    tier: hygiene
    owner: marketing
    touchpoints: [phone]
    announce: 2025-09-01
    evidence:
      - touchpoint: phone
        kind: metric
        summary: "${HOSTILE_YAML}"
        verified: 2026-11-01
        by: marketing
        target: ">= 95"
        actual: 80

  - id: size-advice
    statement: "-20% returns with fit advice"
    tier: differentiator
    owner: marketing
    touchpoints: [phone]
    announce: 2026-11-30

  - id: gift-wrap
    statement: "@SUM(1+1) gift wrap, \\"free\\", for everyone\\nsecond line"
    tier: hygiene
    owner: logistics
    announce: 2027-06-01

  - id: ai-sorting
    statement: "${HOSTILE_YAML}"
    tier: differentiator
    owner: marketing

  - id: free-returns
    statement: Free returns, 60 days
    tier: hygiene
    owner: logistics
    touchpoints: [webshop]
    announce: 2025-05-01
    waivers:
      - rule: broken-promise
        reason: "${HOSTILE_YAML}"
        approved_by: marketing
        expires: 2027-01-31
`;

export function auditCi(options: { failOn?: 'error' | 'warning' | 'never'; campaign?: string } = {}): AuditResult {
  const { register, source } = load(REGISTER);
  return audit(register, source, { asOf: '2026-11-24', campaign: options.campaign ?? null, failOn: options.failOn });
}

/** The 1-based line of the first line of the register containing `text`. */
export function lineOf(text: string, yaml = REGISTER): number {
  const index = yaml.split('\n').findIndex((l) => l.includes(text));
  if (index < 0) throw new Error(`not in the register: ${text}`);
  return index + 1;
}
