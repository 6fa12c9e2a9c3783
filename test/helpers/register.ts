/**
 * Small registers for tests, written as YAML so positions are real. `reg()`
 * builds a valid register around the given promises section.
 */
import { audit } from '../../src/audit/audit.js';
import type { RegisterHost } from '../../src/register/host.js';
import { loadRegister } from '../../src/register/index.js';
import type { AuditResult, CopyScan, FailOn } from '../../src/types.js';

export const HEADER = `version: 1
brand: Test Oy
owners:
  logistics: { name: Logistics }
  marketing: { name: Marketing }
touchpoints:
  webshop: { name: Web shop }
  phone: { name: Phone }
`;

export function load(yaml: string, file = 'promises.yaml', host?: RegisterHost) {
  const result = loadRegister(yaml, file, { host });
  if (!result.ok) throw new Error(`register did not validate: ${JSON.stringify(result.diagnostics, null, 2)}`);
  return result;
}

export function auditYaml(yaml: string, options: { asOf?: string; campaign?: string; failOn?: FailOn; host?: RegisterHost; copy?: CopyScan } = {}): AuditResult {
  const { register, source } = load(yaml, 'promises.yaml', options.host);
  return audit(register, source, { asOf: options.asOf ?? '2026-11-24', campaign: options.campaign ?? null, failOn: options.failOn, copy: options.copy });
}

/** Diagnostics of an invalid register as `line:column code`. */
export function problems(yaml: string): string[] {
  const result = loadRegister(yaml, 'promises.yaml');
  if (result.ok) return [];
  return result.diagnostics.map((d) => `${d.location.line}:${d.location.column} ${d.code}`);
}
