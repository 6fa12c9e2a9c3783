/**
 * promise-audit as a library: load a register, audit it, render a report.
 *
 * ```ts
 * import { loadRegisterFile, audit, renderReport } from 'promise-audit';
 * const loaded = loadRegisterFile('promises.yaml');
 * if (loaded.ok) {
 *   const result = audit(loaded.register, loaded.source, { asOf: '2026-11-24' });
 *   console.log(result.summary.verdict, await renderReport(result, 'markdown', { lang: 'fi' }));
 * }
 * ```
 */
import type { Lang } from './i18n/index.js';
import { loadCatalogue } from './i18n/index.js';
import { loadReporter, type Format } from './report/index.js';
import { plainStyle } from './report/shared/style.js';
import type { AuditResult, Diagnostic, Finding } from './types.js';
import { diagnosticMessage as renderDiagnostic } from './i18n/index.js';
import { findingMessage as renderFinding } from './report/shared/messages.js';

import { readFileSync } from 'node:fs';
import { fileHost } from './cli/files.js';
import { registerInput } from './register/decode.js';
import { loadRegister } from './register/index.js';
import type { LoadOptions, LoadResult } from './register/load.js';

export { loadRegister } from './register/index.js';
export type { RegisterHost } from './register/host.js';
export { fileHost } from './cli/files.js';

/**
 * Reads a register file, and the files it includes and the data files its
 * evidence names, from the file system. Positions name files as `path` does.
 */
export function loadRegisterFile(path: string, options: Omit<LoadOptions, 'host'> = {}): LoadResult {
  return loadRegister(registerInput(readFileSync(path)), path.split('\\').join('/'), { ...options, host: fileHost(path) });
}
export type { LoadOptions, LoadResult, Register } from './register/load.js';
export type { RegisterSource } from './register/source.js';
export { audit, UnknownCampaignError } from './audit/audit.js';
export type { AuditOptions } from './audit/audit.js';
export { registerJsonSchema } from './register/json-schema.js';
export { RULE_IDS } from './rule-ids.js';
export { FORMATS } from './report/index.js';
export type { Format } from './report/index.js';
export type { Lang } from './i18n/index.js';
export type {
  AnnexPoint,
  AnnounceSource,
  AuditResult,
  CopyMention,
  CopyNote,
  CopyResult,
  CopyScan,
  CopySuppression,
  GenericClaimHit,
  Diagnostic,
  EvidenceCheck,
  EvidenceProblem,
  FailOn,
  Finding,
  NextAction,
  Position,
  PromiseResult,
  RuleId,
  Severity,
  Status,
  Summary,
  TouchpointReason,
  TouchpointResult,
  WaiverResult,
} from './types.js';

/** Renders an audit result in one of the report formats (no colour). */
export async function renderReport(result: AuditResult, format: Format, options: { lang?: Lang; width?: number } = {}): Promise<string> {
  const lang = options.lang ?? 'en';
  const [reporter, t] = await Promise.all([loadReporter(format), loadCatalogue(lang)]);
  return reporter(result, { t, lang, style: plainStyle, width: options.width ?? 120 });
}

/** The sentence for a finding, in English or Finnish. */
export async function findingMessage(finding: Finding, lang: Lang = 'en'): Promise<string> {
  return renderFinding(await loadCatalogue(lang), finding);
}

/** The sentence for a register problem, in English or Finnish. */
export async function diagnosticMessage(diagnostic: Diagnostic, lang: Lang = 'en'): Promise<string> {
  return renderDiagnostic(await loadCatalogue(lang), diagnostic);
}
