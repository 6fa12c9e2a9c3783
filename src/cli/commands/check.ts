/** `promise-audit check [REGISTER]`: the launch gate. */
import { basename, resolve } from 'node:path';
import { audit, UnknownCampaignError } from '../../audit/audit.js';
import { closest } from '../../register/suggest.js';
import { EXAMPLE_FILES, loadReporter, type Format } from '../../report/index.js';
import { plainStyle } from '../../report/shared/style.js';
import { terminalSafeLine } from '../../report/shared/terminal-safe.js';
import type { AuditResult, CopyScan, FailOn } from '../../types.js';
import type { Catalogue } from '../../i18n/en.js';
import type { Lang } from '../../i18n/index.js';
import type { Register } from '../../register/load.js';
import { auditDay } from '../audit-day.js';
import { colorLevel } from '../color.js';
import { InvalidRegisterError, UserError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { checkWritable, displayPath, fileOf, fileOpening, isFileOf, sameFile, utf8Blocks, writeFileAtomic } from '../files.js';
import { PLAIN_WIDTH, terminalWidth, type CliIO } from '../io.js';
import { en } from '../../i18n/en.js';
import { loadFromCli } from '../load-register.js';
import { version } from '../main.js';
import { outputFile, type ReportTarget } from '../option-values.js';
import { repositoryPaths, repositoryPathsOf } from '../repository.js';
import { failureReason } from '../write-failure.js';
import { appendStepSummary, STEP_SUMMARY_LIMIT_TEXT } from '../step-summary.js';

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
  /** `--report FORMAT=FILE`: more reports of the same audit, each to its file. */
  report?: ReportTarget[];
  /** false with --no-summary: no job summary in GitHub Actions. */
  summary?: boolean;
  csvRows?: 'promises' | 'touchpoints';
  /** `--copy GLOB…`: also search these files, folders or globs for claims, in the same report. */
  copy?: string[];
  /** false with --no-gitignore: search files that .gitignore leaves out. */
  gitignore?: boolean;
  maxFileSize?: number;
}

export async function checkCommand(file: string | undefined, options: CheckOptions, io: CliIO): Promise<number> {
  const { register, source, absolute, lang, t } = await loadForReports(file, options, io, 'check');
  const asOf = auditDay(options.asOf, register.as_of, t);
  let copy: CopyScan | null = null;
  if (options.copy !== undefined) {
    checkCampaign(register, options.campaign, t);
    const { scanCopy } = await import('../copy.js');
    const registerFiles = [absolute, ...source.sources.map((s) => resolve(io.cwd, s.file))];
    copy = await scanCopy(options.copy, register, registerFiles, options, io, t);
  }
  const result = runAudit(register, source, { asOf, campaign: options.campaign ?? null, failOn: options.failOn, copy }, t);
  return writeReports(result, { absolute, lang, t, readFiles: filesRead(absolute, register, source, io.cwd) }, options, io);
}

/** The register of a command that writes reports: when it is not valid, the reports that can say so do (writeInvalidReports). */
export async function loadForReports(file: string | undefined, options: CheckOptions, io: CliIO, command: 'check' | 'scan') {
  try {
    return await loadFromCli(file, options, io, { command, prints: { report: true, outputOption: true } });
  } catch (error) {
    if (error instanceof InvalidRegisterError) await writeInvalidReports(error, options, io);
    throw error;
  }
}

/**
 * A register that is not valid still gives the machine formats their say (its
 * problems go to standard error too): GitHub annotations on its lines, and
 * SARIF and JUnit reports of its problems, so that a CI step that uploads or
 * publishes them shows why, instead of an earlier run's report left in place.
 * Other formats write nothing. A report that cannot be written is said in a
 * line of its own, after which the register's problems are said as usual.
 * Shared by `check` and `scan`.
 */
export async function writeInvalidReports(
  error: InvalidRegisterError,
  options: Pick<CheckOptions, 'format' | 'output' | 'report'>,
  io: CliIO,
): Promise<void> {
  const t = error.t ?? en;
  if (options.format === 'github') {
    const { githubDiagnostics } = await import('../../report/github.js');
    io.stdout.write(githubDiagnostics(error.diagnostics, t));
  }
  const says = (format: Format) => format === 'sarif' || format === 'junit';
  const outputOption = outputFile(options.output);
  const toStdout = says(options.format) && outputOption === undefined;
  const files = (options.report ?? []).filter((r) => says(r.format)).map((r) => ({ format: r.format, target: resolve(io.cwd, r.file), output: false }));
  if (says(options.format) && outputOption !== undefined) files.push({ format: options.format, target: resolve(io.cwd, outputOption), output: true });
  if (!toStdout && files.length === 0) return;
  const repositoryPaths = repositoryPathsOf(new Set(error.diagnostics.map((d) => d.location.file)), io.cwd);
  const render = async (format: Format) =>
    format === 'sarif'
      ? (await import('../../report/sarif.js')).renderSarifInvalid(error.diagnostics, { t, lang: error.lang ?? 'en', version: version(), repositoryPaths })
      : (await import('../../report/junit.js')).renderJunitInvalid(error.diagnostics, { t, repositoryPaths });
  try {
    // Every target checked before any is written. Never over a file of the register; and since
    // which data files an invalid register reads is not known for sure, only over a report of the
    // same format from an earlier run, or where there is no file yet.
    const read = [...(error.absolute ? [error.absolute] : []), ...error.source.sources.map((s) => resolve(io.cwd, s.file))];
    for (const { format, target, output } of files) {
      const display = displayPath(target, io.cwd);
      if (read.some((file) => sameFile(target, file))) throw new UserError(output ? t.cli.refuseOverwriteRegister({ file: display }) : t.ci.refuseReportOverRegister({ file: display }));
      if (!holdsReportOrNothing(target, format)) throw new UserError(t.ci.notAReport({ file: display }));
      checkWritable(target, display, t);
    }
    for (const { format, target } of files) writeFileAtomic(target, await render(format), { display: displayPath(target, io.cwd), t });
  } catch (writeError) {
    if (!(writeError instanceof UserError)) throw writeError;
    io.stderr.write(`promise-audit: ${terminalSafeLine(writeError.message)}\n`);
  }
  if (toStdout) io.stdout.write(await render(options.format));
}

/** True when `path` holds no regular file, or the opening of a SARIF log or a JUnit XML report, as `format` says. */
function holdsReportOrNothing(path: string, format: Format): boolean {
  const opening = fileOpening(path);
  if (opening === undefined) return true;
  return format === 'sarif' ? /"version":\s*"2\.1\.0"/.test(opening) && opening.includes('"runs"') : opening.includes('<testsuites');
}

/** Every file the register was read from: the root, the files it includes, the data files of its evidence. */
export function filesRead(absolute: string, register: Register, source: { sources: readonly { file: string }[] }, cwd: string): string[] {
  const data = register.promises.flatMap((p) => (p.evidence ?? []).flatMap((e) => (e.measure ? [e.measure.file] : [])));
  return [absolute, ...[...source.sources.map((s) => s.file), ...data].map((file) => resolve(cwd, file))];
}

/** Audits, turning an unknown --campaign into a user error. */
export function runAudit(register: Register, source: Parameters<typeof audit>[1], options: Parameters<typeof audit>[2], t: Catalogue): AuditResult {
  try {
    return audit(register, source, options);
  } catch (error) {
    if (error instanceof UnknownCampaignError) {
      throw new UserError(t.cli.unknownCampaign({ value: error.campaign, defined: error.defined, suggestion: closest(error.campaign, error.defined) }));
    }
    throw error;
  }
}

/** Fails early, before a long scan of copy, when --campaign names no campaign. */
export function checkCampaign(register: Register, campaign: string | undefined, t: Catalogue): void {
  const defined = Object.keys(register.campaigns ?? {});
  if (campaign !== undefined && !defined.includes(campaign)) {
    throw new UserError(t.cli.unknownCampaign({ value: campaign, defined, suggestion: closest(campaign, defined) }));
  }
}

/**
 * Writes the report to standard output or --output, every --report file and,
 * in GitHub Actions, the job summary; returns the exit code. Shared by
 * `check` and `scan`.
 */
export async function writeReports(
  result: AuditResult,
  { absolute, lang, t, readFiles = [absolute] }: { absolute: string; lang: Lang; t: Catalogue; /** Never written to: the register's files. */ readFiles?: readonly string[] },
  options: Pick<CheckOptions, 'format' | 'output' | 'report' | 'summary' | 'csvRows' | 'quiet' | 'color'>,
  io: CliIO,
): Promise<number> {
  // Notes about the copy (skipped files) are part of the table; other formats get them on standard error.
  if (options.format !== 'table') for (const n of result.copy?.notes ?? []) io.stderr.write(`promise-audit: ${terminalSafeLine(t.scan.note(n))}\n`);

  const base = { t, lang, quiet: options.quiet, version: version(), repositoryPaths: repositoryPaths(result, io.cwd), csvRows: options.csvRows };
  const forFile = { ...base, style: plainStyle, width: PLAIN_WIDTH };

  // Every file to write is checked before any is written: none over a file of
  // the register (the root, an included part, a data file), no file named
  // twice (the last would silently win), each one's folder there and writable.
  const isRead = (target: string) => readFiles.some((file) => sameFile(target, file));
  const outputOption = outputFile(options.output);
  const output = outputOption === undefined ? undefined : resolve(io.cwd, outputOption);
  if (output !== undefined && isRead(output)) throw new UserError(t.cli.refuseOverwriteRegister({ file: displayPath(output, io.cwd) }));
  const files = (options.report ?? []).map((r) => ({ format: r.format, file: r.file, target: resolve(io.cwd, r.file) }));
  const taken: string[] = output === undefined ? [] : [output];
  // Where standard output goes, when the report of --format goes there: `/dev/stdout`, or the file of `> out.json`.
  const stdout = output === undefined ? fileOf((io.stdout as { fd?: unknown }).fd) : undefined;
  for (const { format, file, target } of files) {
    const display = displayPath(target, io.cwd);
    if (isRead(target)) throw new UserError(t.ci.refuseReportOverRegister({ file: display }));
    // (/dev/null, where both may go, mixes nothing.)
    if (stdout !== undefined && target !== '/dev/null' && isFileOf(target, stdout)) {
      const example = EXAMPLE_FILES[format];
      throw new UserError(t.ci.reportIsStdout({ file: display, instead: `${format}=${basename(target) === example ? `promise-audit-${example}` : example}` }));
    }
    if (taken.some((other) => sameFile(other, target))) throw new UserError(t.ci.reportTwice({ file: display }));
    taken.push(target);
  }
  // In the order they are written: the first that would fail is the one said.
  for (const target of [...files.map((f) => f.target), ...(output === undefined ? [] : [output])]) checkWritable(target, displayPath(target, io.cwd), t);

  // JSON is written as it is made: for a large register it is hundreds of megabytes, too much to hold whole.
  const jsonPieces = async () => (await import('../../report/json.js')).renderJsonPieces(result, base);
  for (const { format, target } of files) {
    const content = format === 'json' ? await jsonPieces() : (await loadReporter(format))(result, forFile);
    writeFileAtomic(target, content, { display: displayPath(target, io.cwd), t });
  }
  if (options.format === 'json') {
    const pieces = await jsonPieces();
    if (output !== undefined) writeFileAtomic(output, pieces, { display: displayPath(output, io.cwd), t });
    else for (const block of utf8Blocks(pieces)) io.stdout.write(block);
  } else {
    const reporter = await loadReporter(options.format);
    // Colour only for a terminal: chalk is loaded only then.
    const level = output !== undefined ? 0 : colorLevel(options.color, io, io.stdout);
    const style = level === 0 ? plainStyle : (await import('../style.js')).makeStyler(level);
    const text = reporter(result, { ...base, style, width: output !== undefined ? PLAIN_WIDTH : terminalWidth(io) });
    if (output !== undefined) writeFileAtomic(output, text, { display: displayPath(output, io.cwd), t });
    else io.stdout.write(text);
  }

  // In GitHub Actions the annotations point at lines; the job summary shows the whole report.
  const summaryFile = io.env.GITHUB_STEP_SUMMARY ? resolve(io.cwd, io.env.GITHUB_STEP_SUMMARY) : undefined;
  if (options.format === 'github' && options.summary !== false && summaryFile !== undefined) {
    const markdown = (await loadReporter('markdown'))(result, forFile);
    try {
      const outcome = appendStepSummary(summaryFile, markdown, t);
      if (outcome.written === 'nothing') io.stderr.write(`promise-audit: ${t.ci.summaryFull({ limit: STEP_SUMMARY_LIMIT_TEXT })}\n`);
    } catch (error) {
      // The gate's verdict stands; a summary that cannot be written is worth a note, not a failure.
      io.stderr.write(`promise-audit: ${terminalSafeLine(t.ci.summaryNotWritten({ file: io.env.GITHUB_STEP_SUMMARY ?? summaryFile, reason: failureReason(error, t) }))}\n`);
    }
  }
  return result.summary.verdict === 'fail' ? EXIT.fail : EXIT.pass;
}

