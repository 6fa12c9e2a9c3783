/**
 * SARIF 2.1.0 (OASIS, https://docs.oasis-open.org/sarif/sarif/v2.1.0/) for
 * GitHub code scanning and other SARIF viewers: one run, every rule described
 * in `tool.driver.rules` (from the catalogue, with `helpUri` to its docs page),
 * one result per finding. Positions are 1-based lines and UTF-16 columns, the
 * SARIF defaults, which is what the audit computes already.
 *
 * Paths are relative to the repository root (`%SRCROOT%`) when the CLI found
 * one, else to the working folder: code scanning resolves relative URIs
 * against the checkout. Waived findings carry a suppression whose
 * justification is the waiver's reason.
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { docsUrl } from '../audit/rules/define-rule.js';
import { rules } from '../audit/rules/index.js';
import { RULE_IDS, type RuleId } from '../rule-ids.js';
import { diagnosticMessage } from '../i18n/index.js';
import type { AuditResult, Diagnostic, Finding, Position } from '../types.js';
import { jsonText } from './shared/json-text.js';
import { findingMessage } from './shared/messages.js';
import { repositoryFile, resultFiles } from './shared/paths.js';
import type { ReportOptions, Reporter } from './types.js';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const INFORMATION_URI = 'https://github.com/promise-audit/promise-audit#readme';
const SRCROOT = '%SRCROOT%';
/** The key of our entry in `partialFingerprints`; bump the version if the recipe below changes. */
export const FINGERPRINT_KEY = 'promiseAuditFinding/v1';

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

export const renderSarif: Reporter = (result, options) => {
  const { t, lang, version } = options;
  // The register first, then every file it includes, or copy it scanned, that a location points into.
  const files = resultFiles(result);
  const artifacts = files.map((file) => artifactLocation(repositoryFile(options, file)));
  const index = new Map(files.map((file, i) => [file, i]));
  const locationOf = (p: Position) => ({
    physicalLocation: {
      artifactLocation: { ...artifacts[index.get(p.file)!]!, index: index.get(p.file)! },
      region: { startLine: p.line, startColumn: p.column },
    },
  });
  const ruleIndex = new Map<RuleId, number>(RULE_IDS.map((id, i) => [id, i]));
  const prints = fingerprints(result.findings, (file) => repositoryFile(options, file));

  const run = {
    tool: tool(
      version,
      RULE_IDS.map((id) => {
        const docs = t.ruleDocs[id];
        return {
          id,
          name: ruleName(id),
          shortDescription: { text: docs.short({}) },
          fullDescription: { text: docs.full({}) },
          help: { text: docs.help({}) },
          helpUri: docsUrl(id),
          defaultConfiguration: { level: rules[id].severity },
        };
      }),
    ),
    ...runFiles(t, lang, artifacts),
    results: result.findings.map((f, i) => ({
      ruleId: f.rule,
      ruleIndex: ruleIndex.get(f.rule),
      level: f.severity,
      message: { text: findingMessage(t, f) },
      locations: [locationOf(f.location)],
      partialFingerprints: { [FINGERPRINT_KEY]: prints[i] },
      ...(f.waiver ? { suppressions: [suppression(result, f, locationOf)] } : {}),
      properties: { promise: f.promise, touchpoint: f.touchpoint },
    })),
    properties: { asOf: result.asOf, campaign: result.scope.campaign, summary: result.summary },
  };
  const log = { $schema: SCHEMA, version: '2.1.0', runs: [run] };
  return jsonText(log);
};

/** The rule id of register problems in SARIF: no audit rule, so that code scanning shows them apart. */
export const INVALID_REGISTER_RULE = 'invalid-register';
const REGISTER_DOCS = 'https://github.com/promise-audit/promise-audit/blob/main/docs/register.md';

/**
 * The SARIF log of a run that audited nothing, because the register could not
 * be read or is not valid: the invocation did not succeed (SARIF §3.20.14,
 * so a consumer knows the results are not an audit), and each problem is a
 * result at its line, so code scanning shows it where the fix goes — rather
 * than an old log left in place, or none, for the upload step to stumble on.
 */
export function renderSarifInvalid(diagnostics: readonly Diagnostic[], options: Pick<ReportOptions, 't' | 'lang' | 'version' | 'repositoryPaths'>): string {
  const { t, lang, version } = options;
  const files = [...new Set(diagnostics.map((d) => d.location.file))];
  const artifacts = files.map((file) => artifactLocation(repositoryFile(options, file)));
  const seen = new Map<string, number>();
  const run = {
    tool: tool(version, [
      { id: INVALID_REGISTER_RULE, name: ruleName(INVALID_REGISTER_RULE), shortDescription: { text: t.ci.invalidRegister({}) }, helpUri: REGISTER_DOCS, defaultConfiguration: { level: 'error' } },
    ]),
    invocations: [{ executionSuccessful: false, exitCode: 2 }],
    ...runFiles(t, lang, artifacts),
    results: diagnostics.map((d) => {
      const i = files.indexOf(d.location.file);
      // The problem's kind and file, never its line: the same problem keeps its alert while lines above it change.
      const key = [INVALID_REGISTER_RULE, d.code, repositoryFile(options, d.location.file)].join('\u0000');
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      return {
        ruleId: INVALID_REGISTER_RULE,
        ruleIndex: 0,
        level: 'error',
        message: { text: diagnosticMessage(t, d) },
        locations: [{ physicalLocation: { artifactLocation: { ...artifacts[i]!, index: i }, region: { startLine: d.location.line, startColumn: d.location.column } } }],
        partialFingerprints: { [FINGERPRINT_KEY]: `${createHash('sha256').update(key).digest('hex').slice(0, 32)}:${occurrence}` },
        properties: { code: d.code },
      };
    }),
  };
  return jsonText({ $schema: SCHEMA, version: '2.1.0', runs: [run] });
}

/** The run's `tool`: this tool, its version, and the rules its results name. */
function tool(version: string | undefined, rules: readonly object[]) {
  return { driver: { name: 'promise-audit', ...(version ? { version, semanticVersion: version } : {}), informationUri: INFORMATION_URI, rules } };
}

/** The run's language, column unit and the files its results point into. */
function runFiles(t: ReportOptions['t'], lang: string, artifacts: readonly ArtifactLocation[]) {
  return {
    language: lang,
    columnKind: 'utf16CodeUnits',
    ...(artifacts.some((a) => a.uriBaseId) ? { originalUriBaseIds: { [SRCROOT]: { description: { text: t.ci.sarifSourceRoot({}) } } } } : {}),
    artifacts: artifacts.map((location) => ({ location, roles: ['analysisTarget'] })),
  };
}

/** `broken-promise` → `BrokenPromise`: SARIF's `name` is an identifier, not a sentence. */
function ruleName(id: string): string {
  return id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/**
 * A relative path becomes a relative URI under `%SRCROOT%`, each segment
 * percent-encoded (spaces, `#`, `?` and non-ASCII letters are not allowed raw
 * in a URI); an absolute path (a register outside the working folder) a
 * `file:` URI.
 */
function artifactLocation(path: string): ArtifactLocation {
  if (/^(?:\/|[A-Za-z]:[\\/]|\\\\)/.test(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/**
 * The same finding must get the same fingerprint in the next run, even when
 * lines above it were added or its message changed (a date moved, a
 * translation improved), so code scanning keeps one alert instead of closing
 * one and opening another. The recipe: rule, promise, touchpoint and the
 * message id (plus the waived rule for waiver findings, the file and phrase
 * for findings in copy) — never lines or messages — and, for findings that share all of these (two future-dated
 * evidence items at one touchpoint), their order among themselves.
 */
function fingerprints(findings: readonly Finding[], path: (file: string) => string): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = [f.rule, f.promise ?? '', f.touchpoint ?? '', stableKey(f, path)].join('\u0000');
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return `${createHash('sha256').update(key).digest('hex').slice(0, 32)}:${occurrence}`;
  });
}

/**
 * What tells findings of one rule apart beyond promise and touchpoint;
 * exhaustive, so a new message id must decide. Findings in copy are about a
 * phrase in a file: the file (from the repository root) and the phrase are
 * who they are.
 */
function stableKey(f: Finding, path: (file: string) => string): string {
  switch (f.messageId) {
    case 'claimNotDelivered':
    case 'genericClaim':
      return `${f.messageId}:${path(f.location.file)}:${f.data.text}`;
    case 'ignoreWithoutReason':
      return `${f.messageId}:${path(f.location.file)}:${f.data.rule}`;
    case 'waiverExpired':
    case 'waiverUnused':
      return `${f.messageId}:${f.data.rule}`;
    case 'dataUnreadable':
      return `${f.messageId}:${f.data.file}`;
    case 'brokenPromise':
    case 'launchBlocked':
    case 'planMissing':
    case 'planLate':
    case 'expiresBeforeLaunch':
    case 'evidenceFuture':
    case 'customerVoice':
    case 'hygieneFirst':
    case 'sampleTooSmall':
      return f.messageId;
  }
}

/** The waiver lives in the register, which is the analysed file: an in-source suppression, pointing at the waiver. */
function suppression(result: AuditResult, f: Finding, locationOf: (p: Position) => object) {
  const w = f.waiver!;
  const waiver = result.waivers.find(
    (x) => x.live && x.promise === f.promise && x.rule === f.rule && x.reason === w.reason && x.expires === w.expires && (x.touchpoint === null || x.touchpoint === f.touchpoint),
  );
  return {
    kind: 'inSource',
    status: 'accepted',
    justification: w.reason,
    ...(waiver ? { location: locationOf(waiver.location) } : {}),
    properties: { approvedBy: w.approvedBy, expires: w.expires },
  };
}
