/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the
 * register's line in the run and the pull request
 * (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
 *
 *   ::error title=…,file=…,line=…,col=…::message      error findings
 *   ::warning title=…,file=…,line=…,col=…::message    warning findings
 *   ::notice title=…,file=…,line=…,col=…::message     waived findings
 *
 * Waived findings are notices rather than left out: the register format says
 * a waiver is an exception that stays visible, and a notice shows it without
 * looking like something to fix. The last line is a plain verdict for the log.
 *
 * Messages also have their control characters shown first (␛, ␍…; line
 * feeds kept): the log viewer interprets ANSI sequences, and an annotation is
 * no place for invisible characters. Register text inside a message cannot
 * start a command of its own: every line is one whole, valid `::` command, so
 * the runner never falls back to its legacy `##[` parser for it.
 *
 * Lines and columns are 1-based, as GitHub expects. The file is relative to
 * the repository root when the CLI found one, which is how GitHub matches
 * annotations to files.
 */
import type { Catalogue } from '../i18n/en.js';
import { diagnosticMessage } from '../i18n/index.js';
import type { Diagnostic } from '../types.js';
import { findingMessage } from './shared/messages.js';
import { repositoryFile } from './shared/paths.js';
import { visibleControls } from './shared/terminal-safe.js';
import type { Reporter } from './types.js';

/**
 * GitHub's escaping, as its toolkit does it (@actions/core, `escapeData` and
 * `escapeProperty` in src/command.ts): a line break would end the command and
 * let register text start a command of its own (`::add-mask::`,
 * `::stop-commands::`), so `%`, CR and LF are percent-encoded in the message;
 * in properties also `:` and `,`, which separate them.
 */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command; properties in the order the toolkit writes them (title, file, line, col). */
function command(name: 'error' | 'warning' | 'notice', properties: [string, string | number][], message: string): string {
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${name} ${props}::${escapeData(message)}`;
}

export const renderGithub: Reporter = (result, options) => {
  const { t } = options;
  const lines = result.findings.map((f) => {
    const name = f.waived ? 'notice' : f.severity;
    const title = t.ci.githubTitle({ rule: f.rule, promise: f.promise, touchpoint: f.touchpoint, waived: f.waived });
    const message = visibleControls(f.waiver ? `${findingMessage(t, f)} — ${t.report.waived({ ...f.waiver })}` : findingMessage(t, f));
    return command(
      name,
      [
        ['title', title],
        ['file', repositoryFile(options, f.location.file)],
        ['line', f.location.line],
        ['col', f.location.column],
      ],
      message,
    );
  });
  const s = result.summary;
  const verdict = s.verdict === 'pass' ? t.report.verdictPass({}) : t.report.verdictFail({});
  lines.push(`promise-audit: ${verdict} — ${t.report.counts(s)} · ${t.report.findingCounts(s)}`);
  return `${lines.join('\n')}\n`;
};

/**
 * Problems of an invalid register as annotations, so that in a pull request
 * they sit on the lines that need fixing, as findings do.
 */
export function githubDiagnostics(diagnostics: readonly Diagnostic[], t: Catalogue): string {
  const lines = diagnostics.map((d) =>
    command(
      'error',
      [
        ['title', 'promise-audit'],
        ['file', d.location.file],
        ['line', d.location.line],
        ['col', d.location.column],
      ],
      visibleControls(diagnosticMessage(t, d)),
    ),
  );
  return `${lines.join('\n')}\n`;
}
