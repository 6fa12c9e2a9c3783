/**
 * `promise-audit scan [PATHS…]`: search copy — pages, newsletters, CMS
 * exports — for the register's claims and for generic environmental claims.
 * Runs the copy rules only; `check --copy` runs them with every other rule.
 */
import { resolve } from 'node:path';
import { COPY_RULE_IDS } from '../../rule-ids.js';
import { auditDay } from '../audit-day.js';
import { scanCopy } from '../copy.js';
import type { CliIO } from '../io.js';
import { checkCampaign, loadForReports, runAudit, writeReports, type CheckOptions } from './check.js';

export interface ScanOptions extends Omit<CheckOptions, 'copy'> {
  /** `--register FILE`; default ./promises.yaml or ./promises.yml. */
  register?: string;
}

export async function scanCommand(paths: readonly string[], options: ScanOptions, io: CliIO): Promise<number> {
  const { register, source, absolute, lang, t } = await loadForReports(options.register, options, io, 'scan');
  const asOf = auditDay(options.asOf, register.as_of, t);
  checkCampaign(register, options.campaign, t);
  const registerFiles = [absolute, ...source.sources.map((s) => resolve(io.cwd, s.file))];
  const copy = await scanCopy(paths, register, registerFiles, options, io, t);
  const result = runAudit(register, source, { asOf, campaign: options.campaign ?? null, failOn: options.failOn, copy, rules: COPY_RULE_IDS }, t);
  return writeReports(result, { absolute, lang, t }, options, io);
}
