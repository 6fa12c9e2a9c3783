/** Small helpers several rules share. */
import type { TouchpointReason } from '../../types.js';
import type { PromiseState } from '../readiness.js';

export function undeliveredWithReasons(s: PromiseState): { id: string; reason: TouchpointReason }[] {
  return s.touchpoints.filter((t) => !t.delivered).map((t) => ({ id: t.id, reason: t.reason ?? { code: 'noEvidence' } }));
}
