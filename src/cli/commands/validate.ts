/** `promise-audit validate [REGISTER]`: is the register well-formed? */
import { diagnosticsJson, diagnosticsText } from '../../report/diagnostics.js';
import { terminalSafeLine } from '../../report/shared/terminal-safe.js';
import { colorLevel } from '../color.js';
import { InvalidRegisterError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { ttyWidth, type CliIO } from '../io.js';
import { loadFromCli } from '../load-register.js';
import { makeStyler } from '../style.js';

export interface ValidateOptions {
  format: 'text' | 'json';
  lang?: string;
  color?: boolean;
  maxSize?: number;
  maxAliases?: number;
}

export async function validateCommand(file: string | undefined, options: ValidateOptions, io: CliIO): Promise<number> {
  try {
    const { register, source, t } = await loadFromCli(file, options, io, { command: 'validate' });
    if (options.format === 'json') {
      io.stdout.write('[]\n');
    } else {
      const style = makeStyler(colorLevel(options.color, io, io.stdout));
      const line = t.cli.valid({
        file: source.file,
        promises: register.promises.length,
        touchpoints: Object.keys(register.touchpoints).length,
        owners: Object.keys(register.owners).length,
        campaigns: Object.keys(register.campaigns ?? {}).length,
      });
      io.stdout.write(`${style.green('✔')} ${terminalSafeLine(line)}\n`);
    }
    return EXIT.pass;
  } catch (error) {
    if (!(error instanceof InvalidRegisterError) || !error.t) throw error;
    if (options.format === 'json') io.stdout.write(diagnosticsJson(error.diagnostics, error.t));
    else io.stdout.write(diagnosticsText(error.diagnostics, error.source, { t: error.t, style: makeStyler(colorLevel(options.color, io, io.stdout)), width: ttyWidth(io.stdout) }));
    return EXIT.invalid;
  }
}
