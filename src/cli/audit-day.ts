/**
 * The audit day: --as-of, else the register's `as_of`, else today in the
 * local time zone — the only clock read in the tool.
 */
import { isIsoDate } from '../audit/dates.js';
import type { Catalogue } from '../i18n/en.js';
import { UserError } from './errors.js';

export function auditDay(flag: string | undefined, fromRegister: string | undefined, t: Catalogue, now: () => Date = () => new Date()): string {
  if (flag !== undefined) {
    if (!isIsoDate(flag)) throw new UserError(t.cli.badAsOf({ value: flag }));
    return flag;
  }
  if (fromRegister !== undefined) return fromRegister;
  const d = now();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
