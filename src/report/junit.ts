/**
 * JUnit XML for CI servers that show test results (GitLab, Jenkins, Azure
 * DevOps): one test suite per audit, one test case per promise in scope.
 *
 * A test case mirrors the gate for its promise: it fails when the promise has
 * findings that fail the gate (not waived, at or above --fail-on) — a broken
 * or blocked promise, normally — and the failure message says why. Drafts and
 * pending promises are skipped with their reason, and so are broken or blocked
 * ones whose finding is waived (the waiver's reason) or turned off. Every
 * finding of a promise, waived ones too, is listed in its `system-out`.
 * Findings about no promise (a generic claim in marketing copy) get one more
 * test case per file they are in, failing the same way.
 *
 * Test cases are named by promise id, which is stable, so CI servers can
 * follow a promise's history across runs. No timestamps: the output is the
 * same for the same input.
 */
import { addTo } from '../multimap.js';
import { diagnosticMessage } from '../i18n/index.js';
import type { AuditResult, Diagnostic, Finding, PromiseResult } from '../types.js';
import { findingMessage } from './shared/messages.js';
import { repositoryFile } from './shared/paths.js';
import { xmlAttribute, xmlText } from './shared/xml-escape.js';
import type { ReportOptions, Reporter } from './types.js';

type Outcome = { kind: 'passed' } | { kind: 'failure'; message: string; type: string; body: string } | { kind: 'skipped'; message: string };

interface TestCase {
  name: string;
  classname: string;
  file: string;
  line: number;
  outcome: Outcome;
  log: string[];
}

export const renderJunit: Reporter = (result, options) => {
  const { t } = options;
  const byPromise = new Map<string, Finding[]>();
  // Findings about no promise (a generic claim in copy) get a case per file they are in.
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) {
    if (f.promise !== null) addTo(byPromise, f.promise, f);
    else addTo(byFile, f.location.file, f);
  }
  const campaign = result.scope.campaign;
  const classname = campaign ? `promise-audit.${campaign}` : 'promise-audit';

  const cases: TestCase[] = result.promises.map((p) => {
    const findings = byPromise.get(p.id) ?? [];
    return {
      name: p.id,
      classname,
      file: repositoryFile(options, p.location.file),
      line: p.location.line,
      outcome: outcomeOf(result, p, findings, options),
      log: [p.statement, ...findings.map((f) => findingLine(f, options))],
    };
  });
  for (const [file, findings] of byFile) {
    const failing = failingOf(result, findings);
    const first = failing[0];
    cases.push({
      name: repositoryFile(options, file),
      classname: `${classname}.copy`,
      file: repositoryFile(options, file),
      line: findings[0]!.location.line,
      outcome: first ? { kind: 'failure', message: findingMessage(t, first), type: first.rule, body: failing.map((f) => findingLine(f, options)).join('\n') } : { kind: 'passed' },
      log: findings.map((f) => findingLine(f, options)),
    });
  }

  const failures = cases.filter((c) => c.outcome.kind === 'failure').length;
  const skipped = cases.filter((c) => c.outcome.kind === 'skipped').length;
  // The brand, and the campaign audited: the same from day to day, so a CI server keeps the suite's history (the day is a property).
  const suiteName = campaign ? `${result.brand} · ${result.campaigns[campaign]?.name ?? campaign}` : result.brand;
  const counts = `tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}"`;

  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(`<testsuites name="promise-audit" ${counts}>`);
  out.push(`  <testsuite name="${xmlAttribute(suiteName)}" ${counts}>`);
  out.push('    <properties>');
  out.push(`      <property name="asOf" value="${xmlAttribute(result.asOf)}"/>`);
  if (campaign) out.push(`      <property name="campaign" value="${xmlAttribute(campaign)}"/>`);
  out.push(`      <property name="failOn" value="${result.policy.failOn}"/>`);
  out.push(`      <property name="verdict" value="${result.summary.verdict}"/>`);
  out.push('    </properties>');
  for (const c of cases) {
    const attrs = `name="${xmlAttribute(c.name)}" classname="${xmlAttribute(c.classname)}" file="${xmlAttribute(c.file)}" line="${c.line}"`;
    out.push(`    <testcase ${attrs}>`);
    if (c.outcome.kind === 'failure') {
      out.push(`      <failure message="${xmlAttribute(c.outcome.message)}" type="${xmlAttribute(c.outcome.type)}">${xmlText(c.outcome.body)}</failure>`);
    } else if (c.outcome.kind === 'skipped') {
      out.push(`      <skipped message="${xmlAttribute(c.outcome.message)}"/>`);
    }
    out.push(`      <system-out>${xmlText(c.log.join('\n'))}</system-out>`);
    out.push('    </testcase>');
  }
  out.push('  </testsuite>');
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};

/**
 * The JUnit XML of a run that audited nothing, because the register could not
 * be read or is not valid: one test case in error per problem, at its line,
 * so the CI server's test report shows why, rather than the results of an
 * earlier run left in the file.
 */
export function renderJunitInvalid(diagnostics: readonly Diagnostic[], options: Pick<ReportOptions, 't' | 'repositoryPaths'>): string {
  const { t } = options;
  const suite = repositoryFile(options, diagnostics[0]?.location.file ?? '');
  const counts = `tests="${diagnostics.length}" failures="0" errors="${diagnostics.length}" skipped="0"`;
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(`<testsuites name="promise-audit" ${counts}>`);
  out.push(`  <testsuite name="${xmlAttribute(suite)}" ${counts}>`);
  for (const d of diagnostics) {
    const file = repositoryFile(options, d.location.file);
    const where = `${file}:${d.location.line}:${d.location.column}`;
    const message = diagnosticMessage(t, d);
    out.push(`    <testcase name="${xmlAttribute(where)}" classname="promise-audit.register" file="${xmlAttribute(file)}" line="${d.location.line}">`);
    out.push(`      <error message="${xmlAttribute(message)}" type="${xmlAttribute(d.code)}">${xmlText(`${where} ${message}`)}</error>`);
    out.push('    </testcase>');
  }
  out.push('  </testsuite>');
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

/** Findings that fail the gate: not waived, at or above --fail-on. */
function failingOf(result: AuditResult, findings: Finding[]): Finding[] {
  const failOn = result.policy.failOn;
  return findings.filter((f) => !f.waived && failOn !== 'never' && (f.severity === 'error' || failOn === 'warning'));
}

function outcomeOf(result: AuditResult, p: PromiseResult, findings: Finding[], options: ReportOptions): Outcome {
  const { t } = options;
  const failing = failingOf(result, findings);
  const status = t.report.status({ status: p.status });
  const first = failing[0];
  if (first) {
    return {
      kind: 'failure',
      message: `${status}: ${findingMessage(t, first)}`,
      type: first.rule,
      body: failing.map((f) => findingLine(f, options)).join('\n'),
    };
  }
  if (p.status === 'broken' || p.status === 'blocked') {
    const own = findings.find((f) => f.rule === (p.status === 'broken' ? 'broken-promise' : 'launch-blocked'));
    if (own?.waiver) return { kind: 'skipped', message: `${status}: ${t.report.waived({ ...own.waiver })}` };
    const touchpoints = p.touchpoints.filter((tp) => !tp.delivered).map((tp) => ({ id: tp.id, reason: tp.reason ?? { code: 'noEvidence' as const } }));
    return { kind: 'skipped', message: `${status}: ${t.ci.notDelivered({ touchpoints })}` };
  }
  if (p.status === 'draft') return { kind: 'skipped', message: `${status}: ${t.ci.junitDraft({})}` };
  if (p.status === 'pending') return { kind: 'skipped', message: `${status}: ${t.ci.junitPending({ announce: p.announce ?? '' })} — ${t.next(p.next)}` };
  return { kind: 'passed' };
}

function findingLine(f: Finding, options: ReportOptions): string {
  const { t } = options;
  const where = `${repositoryFile(options, f.location.file)}:${f.location.line}:${f.location.column}`;
  const waived = f.waiver ? ` (${t.report.waived({ ...f.waiver })})` : '';
  return `${where} ${t.report.severity({ severity: f.severity })} ${f.rule}: ${findingMessage(t, f)}${waived}`;
}
