/** `promise-audit check [REGISTER]`: the launch gate. */
import { resolve } from 'node:path';
import { audit, UnknownCampaignError } from '../../audit/audit.js';
import { closest } from '../../register/suggest.js';
import { loadReporter, type Format } from '../../report/index.js';
import { plainStyle } from '../../report/shared/style.js';
import type { FailOn } from '../../types.js';
import { auditDay } from '../audit-day.js';
import { colorLevel } from '../color.js';
import { UserError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { displayPath, sameFile, writeFileAtomic } from '../files.js';
import type { CliIO } from '../io.js';
import { loadFromCli } from '../load-register.js';
import { version } from '../main.js';
import { makeStyler } from '../style.js';

export interface CheckOptions {
  asOf?: string;
  campaign?: string;
  format: Format;
  output?: string;
  failOn: FailOn;
  color?: boolean;
  quiet?: boolean;
  lang?: string;
  maxSize?: number;
  maxAliases?: number;
}

export async function checkCommand(file: string | undefined, options: CheckOptions, io: CliIO): Promise<number> {
  const { register, source, absolute, lang, t } = await loadFromCli(file, options, io);
  const asOf = auditDay(options.asOf, register.as_of, t);
  let result;
  try {
    result = audit(register, source, { asOf, campaign: options.campaign ?? null, failOn: options.failOn });
  } catch (error) {
    if (error instanceof UnknownCampaignError) {
      throw new UserError(t.cli.unknownCampaign({ value: error.campaign, defined: error.defined, suggestion: closest(error.campaign, error.defined) }));
    }
    throw error;
  }

  const reporter = await loadReporter(options.format);
  const toFile = options.output !== undefined;
  const style = toFile ? plainStyle : makeStyler(colorLevel(options.color, io, io.stdout));
  const text = reporter(result, { t, lang, style, width: toFile ? 120 : terminalWidth(io), quiet: options.quiet, version: version() });

  if (toFile) {
    const target = resolve(io.cwd, options.output as string);
    if (sameFile(target, absolute)) throw new UserError(t.cli.refuseOverwriteRegister({ file: displayPath(target, io.cwd) }));
    writeFileAtomic(target, text, { display: displayPath(target, io.cwd), t });
  } else {
    io.stdout.write(text);
  }
  return result.summary.verdict === 'fail' ? EXIT.fail : EXIT.pass;
}

function terminalWidth(io: CliIO): number {
  const fromEnv = Number(io.env.COLUMNS);
  if (io.stdout.columns && io.stdout.columns > 0) return io.stdout.columns;
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return 120;
}
