/** Writing a finding's message in the chosen language: one place for every reporter. */
import type { Catalogue } from '../../i18n/en.js';
import type { Finding } from '../../types.js';

export function findingMessage(t: Catalogue, f: Finding): string {
  const render = t.findings[f.messageId] as (data: unknown) => string;
  return render(f.data);
}
