/**
 * How a rule is written: its metadata and a `check` that reports register
 * paths, never text or positions. The engine resolves positions, applies the
 * register's severity overrides and waivers, and the reporters write messages.
 */
import type { FindingData, FindingMessageId } from '../../i18n/en.js';
import type { Register } from '../../register/load.js';
import type { RegisterPath } from '../../register/parse.js';
import type { RuleId } from '../../rule-ids.js';
import type { CopyScan, Position, Severity } from '../../types.js';
import type { Policy, PromiseState } from '../readiness.js';

/** Where each rule's documentation page lives; SARIF and reports link to it. */
export const DOCS_BASE = 'https://github.com/promise-audit/promise-audit/blob/main/docs/rules/';

export type ReportInput<M extends FindingMessageId> = {
  messageId: M;
  data: FindingData<M>;
  promise: string | null;
  touchpoint?: string | null;
} & (
  | { path: RegisterPath; location?: never }
  /** Copy rules point at the copy, not at the register. */
  | { location: Position; path?: never }
);

export interface WaiverState {
  promiseIndex: number;
  promise: string;
  waiverIndex: number;
  rule: RuleId;
  touchpoint: string | null;
  expires: string;
  live: boolean;
  covers: number;
}

export interface RuleContext {
  register: Register;
  asOf: string;
  policy: Policy;
  /** The audited campaign (`--campaign`), or null. */
  campaign: { id: string; launch: string; ends?: string } | null;
  /** Every promise of the register, in order, with its readiness. */
  promises: readonly PromiseState[];
  /** The promises in scope, in order. */
  inScope: readonly PromiseState[];
  /** Waivers of promises in scope, after the other rules' findings were matched (phase 'waivers'). */
  waivers: readonly WaiverState[];
  /** What a scan of copy found (`scan`, `check --copy`); null when no copy was scanned. */
  copy: CopyScan | null;
  report<M extends FindingMessageId>(finding: ReportInput<M>): void;
}

export interface RuleDefinition {
  id: RuleId;
  /** Default severity; `policy.rules` may change it or turn the rule off. */
  severity: Severity;
  messageIds: readonly FindingMessageId[];
  /** 'waivers': runs after waivers were matched to the other rules' findings. */
  phase?: 'findings' | 'waivers';
  check(context: RuleContext): void;
}

export function defineRule<const R extends RuleDefinition>(rule: R): R {
  return rule;
}

export function docsUrl(id: RuleId): string {
  return `${DOCS_BASE}${id}.md`;
}
