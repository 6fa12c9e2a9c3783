/** Writing a finding's message in the chosen language: one place for every reporter. */
import type { Catalogue } from '../../i18n/en.js';
import { RULE_IDS, type RuleId } from '../../rule-ids.js';
import type { AuditResult, Finding } from '../../types.js';

export function findingMessage(t: Catalogue, f: Finding): string {
  const render = t.findings[f.messageId] as (data: unknown) => string;
  return render(f.data);
}

/**
 * The verdict in words: why the gate passes or fails, naming the rules whose
 * findings fail it when that is not just a promise announced undelivered
 * (`hygiene-first` raised to error, or `--fail-on warning`).
 */
export function verdictLine(t: Catalogue, result: AuditResult): string {
  const { failOn } = result.policy;
  const failing = new Set<RuleId>();
  for (const f of result.findings) {
    if (!f.waived && (f.severity === 'error' || failOn === 'warning')) failing.add(f.rule);
  }
  return t.report.verdictLine({ verdict: result.summary.verdict, failOn, rules: RULE_IDS.filter((id) => failing.has(id)) });
}
