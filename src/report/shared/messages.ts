/** Writing a finding's message in the chosen language: one place for every reporter. */
import { failsGate } from '../../audit/audit.js';
import type { Catalogue } from '../../i18n/en.js';
import { RULE_IDS, type RuleId } from '../../rule-ids.js';
import type { AuditResult, Finding } from '../../types.js';

export function findingMessage(t: Catalogue, f: Finding): string {
  const render = t.findings[f.messageId] as (data: unknown) => string;
  return render(f.data);
}

/** The rules that fail the gate because a promise would be announced, or is public, undelivered. */
const UNDELIVERED: readonly RuleId[] = ['broken-promise', 'launch-blocked'];

/**
 * The verdict in words: why the gate passes or fails. A promise announced
 * undelivered is said as such; any other rule whose findings fail the gate is
 * named (`hygiene-first` raised to error), and with `--fail-on warning` every one.
 */
export function verdictLine(t: Catalogue, result: AuditResult): string {
  const { failOn } = result.policy;
  const failing = new Set<RuleId>();
  for (const f of result.findings) if (failsGate(f, failOn)) failing.add(f.rule);
  const rules = RULE_IDS.filter((id) => failing.has(id));
  const undelivered = failOn !== 'warning' && rules.some((id) => UNDELIVERED.includes(id));
  return t.report.verdictLine({ verdict: result.summary.verdict, failOn, undelivered, rules: undelivered ? rules.filter((id) => !UNDELIVERED.includes(id)) : rules });
}
