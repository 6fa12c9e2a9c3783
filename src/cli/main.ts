/**
 * The command line: commander wiring only. Each action imports its command
 * lazily, so `--help` and `--version` load nothing heavy.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { en } from '../i18n/en.js';
import { isKnownError, InvalidRegisterError } from './errors.js';
import { EXIT } from './exit-codes.js';
import type { CliIO } from './io.js';

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

const positiveInt = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a whole number above 0');
  return n;
};

const formatsCheck = ['table', 'json'] as const;

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let exitCode: number = EXIT.pass;
  let debug = argv.includes('--debug');
  const program = new Command('promise-audit');
  program
    .description('Deliver first, promise second: audit a register of brand promises and block announcing any promise that is not yet delivered.')
    .version(version(), '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--debug', 'show stack traces of internal errors')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s),
    })
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      `
Exit codes: 0 the gate passes, 1 the gate fails, 2 the register or the command line is invalid.

Examples:
  $ promise-audit init                          write a starter promises.yaml
  $ promise-audit validate                      check ./promises.yaml is well-formed
  $ promise-audit check examples/webshop.yaml   the launch gate
  $ promise-audit                               same as "check" when ./promises.yaml exists
Docs: https://github.com/promise-audit/promise-audit#readme`,
    );

  const registerOptions = (cmd: Command) =>
    cmd
      .addOption(new Option('--lang <lang>', 'language of messages and reports (default: the register\'s locale, else en)').choices(['en', 'fi']))
      .addOption(new Option('--max-size <bytes>', 'refuse registers larger than this').argParser(positiveInt).default(64 * 1024 * 1024, '64 MiB'))
      .addOption(new Option('--max-aliases <count>', 'refuse registers that expand YAML aliases more often').argParser(positiveInt).default(100))
      .option('--color', 'force colours')
      .option('--no-color', 'no colours (also: NO_COLOR=1)');

  registerOptions(
    program
      .command('check', { isDefault: true })
      .argument('[register]', 'the register file (default: ./promises.yaml or ./promises.yml)')
      .description('the launch gate: audit readiness of every promise and fail when one would be announced undelivered')
      .option('--as-of <date>', 'audit day, YYYY-MM-DD (default: the register\'s as_of, else today)')
      .option('--campaign <id>', 'audit only the promises of this campaign')
      .addOption(new Option('-f, --format <format>', 'report format').choices([...formatsCheck]).default('table'))
      .option('-o, --output <file>', 'write the report to a file (atomically) instead of standard output')
      .addOption(new Option('--fail-on <level>', 'lowest severity that fails the gate').choices(['error', 'warning', 'never']).default('error'))
      .option('-q, --quiet', 'table: print only errors and the verdict'),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ promise-audit check                                   ./promises.yaml, today
  $ promise-audit check promises.yaml --as-of 2026-11-30   as if on launch day
  $ promise-audit check --campaign christmas-2026          only the campaign's promises
  $ promise-audit check --format json -o report.json       the machine contract`,
    )
    .action(async (file: string | undefined, options, cmd: Command) => {
      const { checkCommand } = await import('./commands/check.js');
      exitCode = await checkCommand(file, { ...options, ...cmd.optsWithGlobals() }, io);
    });

  registerOptions(
    program
      .command('validate')
      .argument('[register]', 'the register file (default: ./promises.yaml or ./promises.yml)')
      .description('check that a register is well-formed; every problem with file:line:column')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text')),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ promise-audit validate
  $ promise-audit validate marketing/promises.yaml --format json`,
    )
    .action(async (file: string | undefined, options) => {
      const { validateCommand } = await import('./commands/validate.js');
      exitCode = await validateCommand(file, options, io);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the register (draft 2020-12), for editors')
    .option('-o, --output <file>', 'write it to a file instead of standard output')
    .addHelpText(
      'after',
      `
Examples:
  $ promise-audit schema -o register.schema.json
  then start promises.yaml with: # yaml-language-server: $schema=./register.schema.json`,
    )
    .action(async (options) => {
      const { schemaCommand } = await import('./commands/schema.js');
      exitCode = await schemaCommand(options, io);
    });

  program
    .command('init')
    .argument('[file]', 'where to write the starter register', 'promises.yaml')
    .description('write a commented starter register (never overwrites a file)')
    .addOption(new Option('--lang <lang>', 'language of the starter').choices(['en', 'fi']).default('en'))
    .addHelpText(
      'after',
      `
Examples:
  $ promise-audit init
  $ promise-audit init brand/promises.yaml --lang fi`,
    )
    .action(async (file: string | undefined, options) => {
      const { initCommand } = await import('./commands/init.js');
      exitCode = await initCommand(file, options, io);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    debug = Boolean(program.opts().debug) || debug;
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.pass;
      return EXIT.invalid;
    }
    if (error instanceof InvalidRegisterError) {
      const { diagnosticsText } = await import('../report/diagnostics.js');
      const { makeStyler } = await import('./style.js');
      const { colorLevel } = await import('./color.js');
      io.stderr.write(diagnosticsText(error.diagnostics, error.source, { t: error.t ?? en, style: makeStyler(colorLevel(undefined, io, io.stderr)) }));
      return EXIT.invalid;
    }
    if (isKnownError(error)) {
      io.stderr.write(`promise-audit: ${error.message}\n`);
      return EXIT.invalid;
    }
    io.stderr.write(`${en.cli.internalError({ version: version() })}\n`);
    if (debug && error instanceof Error) io.stderr.write(`${error.stack ?? error.message}\n`);
    else io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.invalid;
  }
}
