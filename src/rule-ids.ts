/**
 * Every rule id the tool knows, in the order of the specification. These names
 * are public interface (JSON, SARIF, `policy.rules`, waivers): add, never rename.
 * The rule registry in `audit/rules/index.ts` is typed against this list, so a
 * rule cannot exist without its id here, nor an id without its rule.
 */
export const RULE_IDS = [
  'broken-promise',
  'launch-blocked',
  'plan-missing',
  'plan-late',
  'expires-before-launch',
  'evidence-future',
  'customer-voice',
  'hygiene-first',
  'waiver-expired',
  'waiver-unused',
  'data-unreadable',
  'sample-too-small',
  'claim-not-delivered',
  'generic-claim',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** The rules about copy (`scan`, `check --copy`): the only ones an inline `promise-audit-ignore` can name. */
export const COPY_RULE_IDS = ['claim-not-delivered', 'generic-claim'] as const satisfies readonly RuleId[];

export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && (RULE_IDS as readonly string[]).includes(value);
}
