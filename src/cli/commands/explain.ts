/** `promise-audit explain PROMISE-ID [REGISTER]`: why a promise has its status. Explains; does not gate. */
import { audit, UnknownCampaignError } from '../../audit/audit.js';
import { closest } from '../../register/suggest.js';
import { explainJson, explainText } from '../../report/explain.js';
import { auditDay } from '../audit-day.js';
import { colorLevel } from '../color.js';
import { UserError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { terminalWidth, type CliIO } from '../io.js';
import { loadFromCli } from '../load-register.js';
import { makeStyler } from '../style.js';

export interface ExplainOptions {
  asOf?: string;
  campaign?: string;
  format: 'text' | 'json';
  color?: boolean;
  lang?: string;
  maxSize?: number;
  maxAliases?: number;
}

export async function explainCommand(id: string, file: string | undefined, options: ExplainOptions, io: CliIO): Promise<number> {
  // An explanation is read by a person, often through `| head` or a pager: read in part, it is not a
  // report cut short. Its JSON is for a program, which needs it whole.
  const { register, source, lang, t } = await loadFromCli(file, options, io, { command: 'explain', prints: { report: options.format === 'json' } });
  const ids = register.promises.map((p) => p.id);
  if (!ids.includes(id)) throw new UserError(t.explain.unknownPromise({ value: id, defined: ids, suggestion: closest(id, ids) }));
  const asOf = auditDay(options.asOf, register.as_of, t);
  let result;
  try {
    result = audit(register, source, { asOf, campaign: options.campaign ?? null });
  } catch (error) {
    if (error instanceof UnknownCampaignError) {
      throw new UserError(t.cli.unknownCampaign({ value: error.campaign, defined: error.defined, suggestion: closest(error.campaign, error.defined) }));
    }
    throw error;
  }
  const promise = result.promises.find((p) => p.id === id);
  if (!promise) throw new UserError(t.explain.notInCampaign({ value: id, campaign: options.campaign ?? '' }));
  const style = makeStyler(colorLevel(options.color, io, io.stdout));
  const reportOptions = { t, lang, style, width: terminalWidth(io) };
  io.stdout.write(options.format === 'json' ? explainJson(result, promise, reportOptions) : explainText(result, promise, reportOptions));
  return EXIT.pass;
}
