/**
 * The registry of every rule, keyed by id. Typed against RULE_IDS: adding an
 * id without a rule, or a rule without an id, fails to compile.
 */
import type { RuleId } from '../../rule-ids.js';
import brokenPromise from './broken-promise.js';
import claimNotDelivered from './claim-not-delivered.js';
import customerVoice from './customer-voice.js';
import dataUnreadable from './data-unreadable.js';
import type { RuleDefinition } from './define-rule.js';
import evidenceFuture from './evidence-future.js';
import expiresBeforeLaunch from './expires-before-launch.js';
import genericClaim from './generic-claim.js';
import hygieneFirst from './hygiene-first.js';
import launchBlocked from './launch-blocked.js';
import planLate from './plan-late.js';
import planMissing from './plan-missing.js';
import sampleTooSmall from './sample-too-small.js';
import waiverExpired from './waiver-expired.js';
import waiverUnused from './waiver-unused.js';

export const rules: { readonly [K in RuleId]: RuleDefinition & { id: K } } = {
  'broken-promise': brokenPromise,
  'launch-blocked': launchBlocked,
  'plan-missing': planMissing,
  'plan-late': planLate,
  'expires-before-launch': expiresBeforeLaunch,
  'evidence-future': evidenceFuture,
  'customer-voice': customerVoice,
  'hygiene-first': hygieneFirst,
  'waiver-expired': waiverExpired,
  'waiver-unused': waiverUnused,
  'data-unreadable': dataUnreadable,
  'sample-too-small': sampleTooSmall,
  'claim-not-delivered': claimNotDelivered,
  'generic-claim': genericClaim,
};
