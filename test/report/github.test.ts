/**
 * GitHub annotations: every command the tool prints for a register full of
 * hostile text is byte for byte what GitHub's own toolkit (@actions/core)
 * writes for the same annotation, so the runner reads it the same way and no
 * register text can end a command or start one of its own.
 */
import * as core from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en, type Catalogue } from '../../src/i18n/en.js';
import { fi } from '../../src/i18n/fi.js';
import { renderGithub } from '../../src/report/github.js';
import { findingMessage } from '../../src/report/shared/messages.js';
import { visibleControls } from '../../src/report/shared/terminal-safe.js';
import { plainStyle } from '../../src/report/shared/style.js';
import type { ReportOptions } from '../../src/report/types.js';
import type { AuditResult, Finding } from '../../src/types.js';
import { auditCi, HOSTILE, lineOf } from './ci-register.js';

const options = (over: Partial<ReportOptions> = {}): ReportOptions => ({ t: en, lang: 'en', style: plainStyle, width: 120, ...over });

/** What @actions/core writes to standard output for this finding's annotation. */
function toolkit(f: Finding, file: string, t: Catalogue): string {
  let written = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written += String(chunk);
    return true;
  });
  try {
    const properties = { title: t.ci.githubTitle({ rule: f.rule, promise: f.promise, touchpoint: f.touchpoint, waived: f.waived }), file, startLine: f.location.line, startColumn: f.location.column };
    // The message the tool means to show: register text with control characters made visible (␛, ␍), line feeds kept.
    const message = visibleControls(f.waiver ? `${findingMessage(t, f)} — ${t.report.waived({ ...f.waiver })}` : findingMessage(t, f));
    if (f.waived) core.notice(message, properties);
    else if (f.severity === 'error') core.error(message, properties);
    else core.warning(message, properties);
  } finally {
    spy.mockRestore();
  }
  return written;
}

afterEach(() => vi.restoreAllMocks());

describe('GitHub annotations', () => {
  const hostileFile = 'reg,ist:er/100%\r\n::x.yaml';

  it.each([
    ['English, register path as given', en, undefined],
    ['Finnish, hostile repository path', fi, hostileFile],
  ] as const)('escape exactly as GitHub’s toolkit does (%s)', (_, t, repositoryPath) => {
    const result: AuditResult = auditCi();
    const out = renderGithub(result, options({ t, repositoryPaths: repositoryPath ? { [result.source.file]: repositoryPath } : undefined }));
    const expected = result.findings.map((f) => toolkit(f, repositoryPath ?? result.source.file, t)).join('');
    const commands = out.slice(0, out.lastIndexOf('promise-audit: '));
    expect(commands).toBe(expected);
    // The hostile text really is in there, and really needed escaping.
    expect(result.findings.some((f) => findingMessage(t, f).includes(HOSTILE))).toBe(true);
    expect(out).toContain('100%25 sure: a,b␍%0A::error::injected');
    expect(out).not.toContain('\u001b'); // no ANSI sequence reaches the log
  });

  it('prints one command per finding and one verdict line: no register text starts a line', () => {
    const result = auditCi();
    const lines = renderGithub(result, options({ repositoryPaths: { 'promises.yaml': hostileFile } })).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(result.findings.length + 1);
    expect(lines.slice(0, -1).every((l) => /^::(error|warning|notice) title=[^:]*,file=[^:,]*,line=\d+,col=\d+::/.test(l))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/\r/);
    expect(lines.at(-1)).toBe('promise-audit: FAIL — 1 ready, 2 broken, 1 blocked, 1 pending, 1 draft · 2 errors, 5 warnings, 1 waived');
  });

  it('uses error, warning and notice (waived) at the line and column of each finding', () => {
    const lines = renderGithub(auditCi(), options()).trimEnd().split('\n');
    const brief = lines.slice(0, -1).map((l) => l.slice(0, l.indexOf('::', 2)));
    expect(brief).toEqual([
      `::error title=broken-promise · phone-answered,file=promises.yaml,line=${lineOf('- id: phone-answered')},col=5`,
      `::error title=launch-blocked · size-advice,file=promises.yaml,line=${lineOf('- id: size-advice')},col=5`,
      `::warning title=customer-voice · size-advice,file=promises.yaml,line=${lineOf('- id: size-advice')},col=5`,
      `::warning title=hygiene-first · size-advice,file=promises.yaml,line=${lineOf('- id: size-advice')},col=5`,
      `::warning title=plan-missing · gift-wrap · webshop,file=promises.yaml,line=${lineOf('- id: gift-wrap')},col=5`,
      `::warning title=plan-missing · gift-wrap · phone,file=promises.yaml,line=${lineOf('- id: gift-wrap')},col=5`,
      `::warning title=customer-voice · ai-sorting,file=promises.yaml,line=${lineOf('- id: ai-sorting')},col=5`,
      `::notice title=waived%3A broken-promise · free-returns,file=promises.yaml,line=${lineOf('- id: free-returns')},col=5`,
    ]);
    // The notice says it is waived, and why.
    expect(lines[7]).toMatch(/ — waived: 100%25 sure: a,b␍%0A::error::injected/);
  });
});
