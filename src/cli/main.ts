/**
 * The command line: commander wiring only. Each action imports its command
 * lazily, so `--help` and `--version` load nothing heavy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { en } from '../i18n/en.js';
import { loadCatalogue } from '../i18n/index.js';
import { FORMATS } from '../report/index.js';
import { terminalSafe } from '../report/shared/terminal-safe.js';
import { prints, removeTemporaryFiles, spokenCatalogue } from './cleanup.js';
import { isKnownError, InvalidRegisterError, UserError } from './errors.js';
import { EXIT } from './exit-codes.js';
import { ttyWidth, type CliIO } from './io.js';
import { langArgument } from './lang-arg.js';
import { fileName, positiveInt, reportTarget } from './option-values.js';
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
/** The word where the command stands: the first, after --debug at most (a later word may be an option's value). */
const commandWord = (argv: readonly string[]): string | undefined => argv.find((a) => a !== '--debug');

async function mistypedCommand(argv: readonly string[], program: Command, io: CliIO): Promise<void> {
  const words = argv.filter((a) => a !== '--debug');
  const word = words[0];
  if (word === undefined || word.startsWith('-')) return;
  const commands = [...program.commands.map((c) => c.name()), 'help'];
  // The topic: the first word after `help` that is no option, nor the value of --lang.
  if (word === 'help') return unknownHelpTopic(words.slice(1).find((w, i, rest) => !w.startsWith('-') && rest[i - 1] !== '--lang'), commands, argv, io);
  if (commands.includes(word) || /[./\\]/.test(word) || existsSync(resolve(io.cwd, word))) return;
  const { closest } = await import('../register/suggest.js');
  const command = closest(word, commands);
  if (command === undefined) return;
  const { usageCatalogue } = await import('./usage-errors.js');
  const t = await usageCatalogue(argv, io.cwd);
  throw new UserError(t.cli.unknownCommand({ name: word, suggestion: command }));
}

/**
 * `promise-audit help chekc`: commander would print the general help on
 * standard error and exit 0, which reads as success in a script and names
 * nothing. Say that there is no such command, with the likely one.
 */
async function unknownHelpTopic(topic: string | undefined, commands: readonly string[], argv: readonly string[], io: CliIO): Promise<void> {
  if (topic === undefined || commands.includes(topic)) return;
  const { closest } = await import('../register/suggest.js');
  const { usageCatalogue } = await import('./usage-errors.js');
  const t = await usageCatalogue(argv, io.cwd);
  throw new UserError(t.cli.unknownHelpTopic({ name: topic, suggestion: closest(topic, commands), commands: commands.filter((c) => c !== 'help') }));
}

/**
 * A description with what commander would add after it, `(choices: …,
 * default: …)`, in the help's words: the choices an option or argument takes,
 * and its default where commander shows one.
 */
function described(description: string, choices: readonly string[] | undefined, shown: string | undefined, h: { choices: string; default: string }): string {
  const extra = [...(choices ? [`${h.choices}: ${choices.map((c) => JSON.stringify(c)).join(', ')}`] : []), ...(shown === undefined ? [] : [`${h.default}: ${shown}`])];
  return extra.length === 0 ? description : `${description} (${extra.join(', ')})`.trim();
}

/** The default commander shows for a value: its description, else the value. */
const shownDefault = (value: unknown, description: string | undefined): string | undefined => (value === undefined ? undefined : (description ?? JSON.stringify(value)));

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * `--color=always`, `--color=never` and `--color=auto`, as ls, grep and git
 * take them, said the way this command line does: `--color`, `--no-color`,
 * and nothing (the terminal decides). Up to `--`, after which words are names.
 */
function colorWhen(argv: readonly string[]): string[] {
  // Only for the commands that colour: `schema --color=never` is told there is no such option as typed.
  if (['schema', 'init', 'help'].includes(commandWord(argv) ?? '')) return [...argv];
  const end = argv.indexOf('--');
  const words: Record<string, string | undefined> = { '--color=always': '--color', '--color=never': '--no-color', '--color=auto': undefined };
  return argv.flatMap((a, i) => ((end === -1 || i < end) && Object.hasOwn(words, a) ? (words[a] === undefined ? [] : [words[a]!]) : [a]));
}

export async function main(given: readonly string[], io: CliIO): Promise<number> {
  const argv = colorWhen(given);
  let exitCode: number = EXIT.pass;
  let debug = argv.includes('--debug');
  // Help is said in the language typed with --lang; without one, and for every run that prints no help, English.
  const wantsHelp = argv.some((a) => a === '--help' || /^-[a-z]*h[a-z]*$/.test(a)) || commandWord(argv) === 'help';
  const lang = wantsHelp ? langArgument(argv) : undefined;
  const h = (lang === 'fi' ? await loadCatalogue('fi') : en).help.texts({});
  const program = new Command('promise-audit');
  program
    .description(h.program)
    .version(version(), '-v, --version', h.version)
    .helpOption('-h, --help', h.help)
    .helpCommand('help [command]', h.helpCommand)
    .option('--debug', h.debug)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Said by main() in the run's language (usage-errors.ts), not in commander's English.
      outputError: () => undefined,
      // Help is laid out for the terminal it goes to, and for 80 columns in a pipe: the texts below fit that.
      getOutHelpWidth: () => ttyWidth(io.stdout) ?? 80,
      getErrHelpWidth: () => ttyWidth(io.stderr) ?? 80,
    })
    .configureHelp({
      // `check [register]` in the list of commands, not `check [options] [register]`: every command has
      // options, and the shorter names leave the descriptions room to wrap within 80 columns.
      subcommandTerm: (cmd) => `${cmd.name()} ${cmd.usage().replace('[options]', '')}`.trim().replace(/ +/g, ' '),
      // commander's own words, in the help's language.
      styleTitle: (title) => ({ 'Usage:': h.usage, 'Options:': h.options, 'Commands:': h.commands, 'Arguments:': h.arguments })[title] ?? title,
      // As commander shows them: a default for options that take a value (not for --no-color's true).
      optionDescription: (option) =>
        described(option.description, option.argChoices, option.required || option.optional ? shownDefault(option.defaultValue, option.defaultValueDescription) : undefined, h),
      argumentDescription: (argument) => described(argument.description, argument.argChoices, shownDefault(argument.defaultValue, argument.defaultValueDescription), h),
    })
    .addHelpText('after', h.programAfter);

  const registerOptions = (cmd: Command) =>
    cmd
      .addOption(new Option('--lang <lang>', h.lang).choices(['en', 'fi']))
      .addOption(new Option('--max-size <bytes>', h.maxSize).argParser(positiveInt).default(64 * 1024 * 1024, '64 MiB'))
      .addOption(new Option('--max-aliases <count>', h.maxAliases).argParser(positiveInt).default(100))
      .option('--color', h.color)
      .option('--no-color', h.noColor);

  /** Options of `check` and `scan`: the report, where it goes and what fails the gate. `report`: what --report says. */
  const reportOptions = (cmd: Command, report: string) =>
    cmd
      .addOption(new Option('-f, --format <format>', h.reportFormat).choices([...FORMATS]).default('table'))
      .option('-o, --output <file>', h.output, fileName)
      .addOption(new Option('--report <format=file>', report).argParser(reportTarget))
      .option('--no-summary', h.noSummary)
      .addOption(new Option('--csv-rows <rows>', h.csvRows).choices(['promises', 'touchpoints']).default('promises'))
      .addOption(new Option('--fail-on <level>', h.failOn).choices(['error', 'warning', 'never']).default('error'))
      .option('-q, --quiet', h.quiet);

  /** Options of `scan` and `check --copy`: how copy is searched. */
  const copyOptions = (cmd: Command) =>
    cmd
      .option('--no-gitignore', h.noGitignore)
      .addOption(new Option('--max-file-size <bytes>', h.maxFileSize).argParser(positiveInt).default(5 * 1024 * 1024, '5 MB'));

  copyOptions(registerOptions(reportOptions(
    program
      .command('check', { isDefault: true })
      .argument('[register]', h.register)
      .description(h.checkDescription)
      .summary(h.checkSummary)
      .option('--as-of <date>', h.asOf)
      .option('--campaign <id>', h.checkCampaign),
    h.checkReport,
  ).option('--copy <paths...>', h.checkCopy)))
    .addHelpText('after', h.checkAfter)
    .action(async (file: string | undefined, options, cmd: Command) => {
      const { checkCommand } = await import('./commands/check.js');
      exitCode = await checkCommand(file, { ...options, ...cmd.optsWithGlobals() }, io);
    });

  copyOptions(
    registerOptions(
      reportOptions(
        program
          .command('scan')
          .argument('[paths...]', h.scanPaths)
          .description(h.scanDescription)
          .summary(h.scanSummary)
          .option('-r, --register <file>', h.scanRegister)
          .option('--as-of <date>', h.asOf)
          .option('--campaign <id>', h.scanCampaign),
        h.scanReport,
      ),
    ),
  )
    .addHelpText('after', h.scanAfter)
    .action(async (paths: string[], options, cmd: Command) => {
      const { scanCommand } = await import('./commands/scan.js');
      exitCode = await scanCommand(paths, { ...options, ...cmd.optsWithGlobals() }, io);
    });

  registerOptions(
    program
      .command('explain')
      .argument('<promise>', h.explainPromise)
      .argument('[register]', h.register)
      .description(h.explainDescription)
      .summary(h.explainSummary)
      .option('--as-of <date>', h.asOf)
      .option('--campaign <id>', h.explainCampaign)
      .addOption(new Option('-f, --format <format>', h.outputFormat).choices(['text', 'json']).default('text')),
  )
    .addHelpText('after', h.explainAfter)
    .action(async (id: string, file: string | undefined, options) => {
      const { explainCommand } = await import('./commands/explain.js');
      exitCode = await explainCommand(id, file, options, io);
    });

  registerOptions(
    program
      .command('validate')
      .argument('[register]', h.register)
      .description(h.validateDescription)
      .addOption(new Option('-f, --format <format>', h.outputFormat).choices(['text', 'json']).default('text')),
  )
    .addHelpText('after', h.validateAfter)
    .action(async (file: string | undefined, options) => {
      const { validateCommand } = await import('./commands/validate.js');
      exitCode = await validateCommand(file, options, io);
    });

  program
    .command('schema')
    .description(h.schemaDescription)
    .option('-o, --output <file>', h.schemaOutput, fileName)
    .option('--part', h.schemaPart)
    .addHelpText('after', h.schemaAfter)
    .action(async (options) => {
      const { schemaCommand } = await import('./commands/schema.js');
      exitCode = await schemaCommand(options, io);
    });

  program
    .command('init')
    .argument('[file]', h.initFile, 'promises.yaml')
    .description(h.initDescription)
    .addOption(new Option('--lang <lang>', h.initLang).choices(['en', 'fi']).default('en'))
    .addHelpText('after', h.initAfter)
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
