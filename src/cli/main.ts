/**
 * The command line: commander wiring only. Each action imports its command
 * lazily, so `--help` and `--version` load nothing heavy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { en } from '../i18n/en.js';
import { FORMATS } from '../report/index.js';
import { terminalSafe } from '../report/shared/terminal-safe.js';
import { prints, removeTemporaryFiles, spokenCatalogue } from './cleanup.js';
import { isKnownError, InvalidRegisterError, UserError } from './errors.js';
import { EXIT } from './exit-codes.js';
import { ttyWidth, type CliIO } from './io.js';
import { positiveInt, reportTarget } from './option-values.js';
import { failureReason } from './write-failure.js';

/**
 * For the bin, when the run is stopped from outside (a signal, or standard
 * output closed under it): removes any temporary file of a report being
 * written, and says what happened. Undefined when there is nothing to say:
 * help, the schema or init's one line cut short by its reader (`--help |
 * head`) is no lost report, only a reader that had read enough.
 */
export function stopped(reason: 'SIGINT' | 'SIGTERM' | 'EPIPE'): string | undefined {
  removeTemporaryFiles();
  // A command that reads a register says which language it speaks, and that it prints a report; help, the schema and init do not.
  const spoken = spokenCatalogue();
  if (reason === 'EPIPE') {
    const { report, outputOption = false } = prints();
    return report ? spoken?.cli.outputClosed({ outputOption }) : undefined;
  }
  return (spoken ?? en).cli.interrupted({ signal: reason });
}

/** Standard output could not be written (`check > /dev/full`): what to say instead of a stack trace. */
export function outputFailed(error: unknown): string {
  removeTemporaryFiles();
  const t = spokenCatalogue() ?? en;
  return t.cli.cannotWriteOutput({ reason: failureReason(error, t) });
}

/**
 * `promise-audit chekc`: the first word is no command, so commander hands it to
 * `check` as the register's name, and the user would be told that no such
 * register exists. When no file of that name exists and the word is a likely
 * typo of a command, say so instead.
 */
async function mistypedCommand(argv: readonly string[], program: Command, io: CliIO): Promise<void> {
  // The command comes first (after --debug at most): a later word may be an option's value.
  const word = argv.find((a) => a !== '--debug');
  if (word === undefined || word.startsWith('-')) return;
  const commands = [...program.commands.map((c) => c.name()), 'help'];
  if (commands.includes(word) || /[./\\]/.test(word) || existsSync(resolve(io.cwd, word))) return;
  const { closest } = await import('../register/suggest.js');
  const command = closest(word, commands);
  if (command === undefined) return;
  const { usageCatalogue } = await import('./usage-errors.js');
  const t = await usageCatalogue(argv, io.cwd);
  throw new UserError(t.cli.unknownCommand({ name: word, suggestion: command }));
}

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

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
      // Said by main() in the run's language (usage-errors.ts), not in commander's English.
      outputError: () => undefined,
      // Help is laid out for the terminal it goes to, and for 80 columns in a pipe: the texts below fit that.
      getOutHelpWidth: () => (io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 80),
      getErrHelpWidth: () => (io.stderr.isTTY && io.stderr.columns ? io.stderr.columns : 80),
    })
    // `check [register]` in the list of commands, not `check [options] [register]`: every command has
    // options, and the shorter names leave the descriptions room to wrap within 80 columns.
    .configureHelp({ subcommandTerm: (cmd) => `${cmd.name()} ${cmd.usage().replace('[options]', '')}`.trim().replace(/ +/g, ' ') })
    .addHelpText(
      'after',
      `
Exit codes: 0 the gate passes, 1 the gate fails, 2 the register or the command
line is invalid.

Examples:
  $ promise-audit init                write a starter promises.yaml
  $ promise-audit validate            check ./promises.yaml is well-formed
  $ promise-audit check examples/webshop.yaml
                                      the launch gate
  $ promise-audit explain phone-answered examples/webshop.yaml
                                      why a promise has its status
  $ promise-audit scan content/       claims in copy that promises do not cover
  $ promise-audit                     "check" of ./promises.yaml

Docs: https://github.com/promise-audit/promise-audit#readme`,
    );

  const registerOptions = (cmd: Command) =>
    cmd
      .addOption(new Option('--lang <lang>', 'language of messages and reports (default: the register\'s locale, else en)').choices(['en', 'fi']))
      .addOption(new Option('--max-size <bytes>', 'refuse a register, or a file it includes or reads data from, larger than this').argParser(positiveInt).default(64 * 1024 * 1024, '64 MiB'))
      .addOption(new Option('--max-aliases <count>', 'refuse registers that expand YAML aliases more often').argParser(positiveInt).default(100))
      .option('--color', 'force colours')
      .option('--no-color', 'no colours (also: NO_COLOR=1)');

  /** Options of `scan` and `check --copy`: how copy is searched. */
  const copyOptions = (cmd: Command) =>
    cmd
      .option('--no-gitignore', 'also search files that .gitignore leaves out')
      .addOption(new Option('--max-file-size <bytes>', 'skip copy files larger than this, with a note').argParser(positiveInt).default(5 * 1024 * 1024, '5 MB'));

  copyOptions(registerOptions(
    program
      .command('check', { isDefault: true })
      .argument('[register]', 'the register file (default: ./promises.yaml or ./promises.yml)')
      .description('the launch gate: audit readiness of every promise and fail when one would be announced undelivered')
      .summary('the launch gate: fail when a promise would be announced undelivered')
      .option('--as-of <date>', 'audit day, YYYY-MM-DD (default: the register\'s as_of, else today)')
      .option('--campaign <id>', 'audit only the promises of this campaign')
      .addOption(new Option('-f, --format <format>', 'report format').choices([...FORMATS]).default('table'))
      .option('-o, --output <file>', 'write the report to a file, atomically ("-": standard output, the default)')
      .addOption(new Option('--report <format=file>', 'also write a report in another format to a file, from the same audit (repeatable)').argParser(reportTarget))
      .option('--no-summary', 'with --format github: do not append the Markdown report to $GITHUB_STEP_SUMMARY')
      .addOption(new Option('--csv-rows <rows>', 'csv: one row per promise, or per touchpoint of each promise').choices(['promises', 'touchpoints']).default('promises'))
      .addOption(new Option('--fail-on <level>', 'lowest severity that fails the gate').choices(['error', 'warning', 'never']).default('error'))
      .option('-q, --quiet', 'table: print only errors and the verdict')
      .option('--copy <paths...>', 'also search copy (files, folders, globs) for claims, in the same report — put it after the register'),
  ))
    .addHelpText(
      'after',
      `
Examples:
  $ promise-audit check                           ./promises.yaml, today
  $ promise-audit check promises.yaml --as-of 2026-11-30
                                                  as if on launch day
  $ promise-audit check --campaign christmas-2026 only the campaign's promises
  $ promise-audit check --format json -o report.json
                                                  the machine contract
  $ promise-audit check --format github --report sarif=promises.sarif \\
      --report junit=promises.xml                 annotations in the log, and
                                                  files for CI (docs/ci.md)`,
    )
    .action(async (file: string | undefined, options, cmd: Command) => {
      const { checkCommand } = await import('./commands/check.js');
      exitCode = await checkCommand(file, { ...options, ...cmd.optsWithGlobals() }, io);
    });

  copyOptions(
    registerOptions(
      program
        .command('scan')
        .argument('[paths...]', 'files, folders or globs of copy (default: the working folder, honouring .gitignore); !glob leaves files out')
        .description("search copy for the register's claims and for generic environmental claims: a claim of a promise that is not ready fails")
        .summary('search copy for claims of promises not ready, and generic green claims')
        .option('-r, --register <file>', 'the register (default: ./promises.yaml or ./promises.yml)')
        .option('--as-of <date>', "audit day, YYYY-MM-DD (default: the register's as_of, else today)")
        .option('--campaign <id>', "only the claims of this campaign's promises")
        .addOption(new Option('-f, --format <format>', 'report format').choices([...FORMATS]).default('table'))
        .option('-o, --output <file>', 'write the report to a file, atomically ("-": standard output, the default)')
        .addOption(new Option('--report <format=file>', 'also write a report in another format to a file, from the same scan (repeatable)').argParser(reportTarget))
        .option('--no-summary', 'with --format github: do not append the Markdown report to $GITHUB_STEP_SUMMARY')
        .addOption(new Option('--csv-rows <rows>', 'csv: one row per promise, or per touchpoint of each promise').choices(['promises', 'touchpoints']).default('promises'))
        .addOption(new Option('--fail-on <level>', 'lowest severity that fails the gate').choices(['error', 'warning', 'never']).default('error'))
        .option('-q, --quiet', 'table: print only errors and the verdict'),
    ),
  )
    .addHelpText(
      'after',
      `
Formats: Markdown and MDX (front matter too), HTML and templates (visible text,
alt, title, meta description), JSON and YAML (string values), plain text.
A word of a claim may end in * to match any ending: "kuvien lajittelu*".
Suppress a reviewed false positive on the line before, with a reason:
  <!-- promise-audit-ignore generic-claim: the FSC certificate is shown -->

Examples:
  $ promise-audit scan                   the working folder, ./promises.yaml
  $ promise-audit scan content/ --register brand/promises.yaml
  $ promise-audit scan 'site/**/*.html' '!site/archive/**'
  $ promise-audit check promises.yaml --copy content/
                                         register and copy, one report`,
    )
    .action(async (paths: string[], options, cmd: Command) => {
      const { scanCommand } = await import('./commands/scan.js');
      exitCode = await scanCommand(paths, { ...options, ...cmd.optsWithGlobals() }, io);
    });

  registerOptions(
    program
      .command('explain')
      .argument('<promise>', 'the id of the promise to explain')
      .argument('[register]', 'the register file (default: ./promises.yaml or ./promises.yml)')
      .description('why a promise has its status: evidence per touchpoint, announce date, findings, next action (always exits 0)')
      .summary('why a promise has its status, touchpoint by touchpoint (exits 0)')
      .option('--as-of <date>', "audit day, YYYY-MM-DD (default: the register's as_of, else today)")
      .option('--campaign <id>', 'explain it as in the audit of this campaign')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text')),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ promise-audit explain two-day-delivery
  $ promise-audit explain two-day-delivery examples/webshop.yaml --format json`,
    )
    .action(async (id: string, file: string | undefined, options) => {
      const { explainCommand } = await import('./commands/explain.js');
      exitCode = await explainCommand(id, file, options, io);
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
    .option('-o, --output <file>', 'write it to a file ("-": standard output, the default)')
    .option('--part', 'the schema of a file named by `include` (owners, touchpoints, campaigns, promises, evidence)')
    .addHelpText(
      'after',
      `
Examples:
  $ promise-audit schema -o register.schema.json
  $ promise-audit schema --part -o register-part.schema.json
then start promises.yaml with the line:
  # yaml-language-server: $schema=./register.schema.json`,
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

  // The command commander handed the arguments to: a usage error names its options and usage.
  let dispatched: Command | undefined;
  program.hook('preSubcommand', (_program, command) => {
    dispatched = command;
  });

  try {
    await mistypedCommand(argv, program, io);
    await program.parseAsync([...argv], { from: 'user' });
    debug = Boolean(program.opts().debug) || debug;
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.pass;
      const { usageCatalogue, usageMessage } = await import('./usage-errors.js');
      const t = await usageCatalogue(argv, io.cwd);
      // It quotes what was typed (`--formt`), which may hold escape sequences: shown, never obeyed.
      io.stderr.write(`promise-audit: ${terminalSafe(usageMessage(error, t, program, dispatched ?? program))}\n`);
      return EXIT.invalid;
    }
    if (error instanceof InvalidRegisterError) {
      const { diagnosticsText } = await import('../report/diagnostics.js');
      const { makeStyler } = await import('./style.js');
      const { colorLevel } = await import('./color.js');
      // --color / --no-color of the command that ran, as for its report.
      const flag = dispatched?.opts<{ color?: boolean }>().color;
      io.stderr.write(diagnosticsText(error.diagnostics, error.source, { t: error.t ?? en, style: makeStyler(colorLevel(flag, io, io.stderr)), width: ttyWidth(io.stderr) }));
      return EXIT.invalid;
    }
    if (isKnownError(error)) {
      // Messages quote file names and values from the command line: shown, never obeyed.
      io.stderr.write(`promise-audit: ${terminalSafe(error.message)}\n`);
      return EXIT.invalid;
    }
    io.stderr.write(`${en.cli.internalError({ version: version() })}\n`);
    if (debug && error instanceof Error) io.stderr.write(`${terminalSafe(error.stack ?? error.message)}\n`);
    else io.stderr.write(`${terminalSafe(error instanceof Error ? error.message : String(error))}\n`);
    return EXIT.invalid;
  }
}
