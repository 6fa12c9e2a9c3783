/**
 * Mistakes on the command line (an unknown option, a value not among the
 * choices, a missing argument…), said in the run's language with what to do
 * about them, instead of in commander's English. Commander tells a code and a
 * sentence: the values are read back from its sentence, and a sentence of a
 * shape not known here is shown as commander wrote it.
 *
 * Loaded only when such a mistake is made.
 */
import { resolve } from 'node:path';
import type { Command, CommanderError, Option } from 'commander';
import type { Catalogue } from '../i18n/en.js';
import { loadCatalogue, type Lang } from '../i18n/index.js';
import { namedLocale } from '../register/format.js';
import { closest } from '../register/suggest.js';
import { EXAMPLE_FILES, FORMATS, isFormat, type Format } from '../report/index.js';
import { DEFAULT_REGISTER_NAMES, fileOpening } from './files.js';
import { langArgument } from './lang-arg.js';
import { fileName, positiveInt, reportTarget } from './option-values.js';

/**
 * The language to speak before anything is read: `--lang` if it is on the
 * command line, else the `locale` of the register it names (a .yaml or .yml
 * file), or when it names none, of ./promises.yaml or ./promises.yml; else
 * English.
 */
export async function usageCatalogue(argv: readonly string[], cwd: string): Promise<Catalogue> {
  return loadCatalogue(usageLang(argv, cwd) ?? 'en');
}

function usageLang(argv: readonly string[], cwd: string): Lang | undefined {
  const typed = langArgument(argv);
  if (typed) return typed;
  // A register named (not a `--report` target): the first that can be read. The default one only when none is named.
  const named = argv.filter((a) => !a.startsWith('-') && !a.includes('=') && /\.ya?ml$/i.test(a));
  for (const file of named.length > 0 ? named : DEFAULT_REGISTER_NAMES) {
    const text = fileOpening(resolve(cwd, file));
    if (text !== undefined) return namedLocale(text);
  }
  return undefined;
}

export function usageMessage(error: CommanderError, t: Catalogue, program: Command, command: Command): string {
  const text = error.message.replace(/^error: /, '');
  const usage = `promise-audit ${command === program ? '' : `${command.name()} `}${command.usage()}`;
  const options = [...command.options, ...program.options];
  const optionFor = (flags: string): Option | undefined => options.find((o) => o.flags === flags);
  const nameOf = (o: Option): string => o.long ?? o.short ?? o.flags;
  const needsValue = (o: Option): string => t.cli.optionNeedsValue({ option: nameOf(o), usage: `${nameOf(o)} ${o.flags.split(' ').pop() as string}` });
  switch (error.code) {
    case 'commander.unknownOption': {
      const m = /^unknown option '(.*)'/.exec(text);
      if (!m) break;
      const option = m[1] as string;
      const names = options.flatMap((o) => (o.long && !o.hidden ? [o.long] : []));
      const suggestion = option.startsWith('--') ? closest(option.split('=')[0] as string, names) : undefined;
      return t.cli.unknownOption({ option, suggestion, help: `${usage.split(' [')[0]} --help` });
    }
    case 'commander.invalidArgument': {
      const m = /^option '(.*)' argument '([\s\S]*)' is invalid\./.exec(text);
      const option = m ? optionFor(m[1] as string) : undefined;
      if (!m || !option) break;
      const value = m[2] as string;
      if (option.argChoices) return t.cli.badChoice({ option: nameOf(option), value, choices: option.argChoices });
      if (option.parseArg === positiveInt) return t.cli.notWholeNumber({ option: nameOf(option), value });
      if (option.parseArg === fileName) return needsValue(option);
      if (option.parseArg === reportTarget) {
        const format = value.slice(0, -2);
        if (value.endsWith('=-') && isFormat(format)) return t.ci.reportToStdout({ value, instead: `${format}=${EXAMPLE_FILES[format]}` });
        return t.ci.badReport({ value, formats: [...FORMATS] });
      }
      break;
    }
    case 'commander.optionMissingArgument': {
      const m = /^option '(.*)' argument missing$/.exec(text);
      const option = m ? optionFor(m[1] as string) : undefined;
      if (!option) break;
      return needsValue(option);
    }
    case 'commander.missingArgument': {
      const m = /^missing required argument '(.*)'$/.exec(text);
      if (!m) break;
      return t.cli.missingArgument({ argument: `<${m[1] as string}>`, usage });
    }
    case 'commander.excessArguments': {
      const m = /but got (\d+)\.$/.exec(text);
      if (!m) break;
      return t.cli.tooManyArguments({ command: `promise-audit ${command.name()}`, got: Number(m[1]), takes: command.registeredArguments.length, usage });
    }
  }
  return text;
}
