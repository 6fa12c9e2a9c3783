/**
 * The English message catalogue — the source catalogue: every other locale is
 * typed against it (`Catalogue`), so a missing key fails to compile.
 * Entries are functions, because other languages (Finnish) inflect and do not
 * fit fill-in templates.
 */
import type { EvidenceProblem, NextAction, Status, TouchpointReason } from '../types.js';
import { list, q } from './format.js';

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);
const reasonText = (r: TouchpointReason): string => {
  switch (r.code) {
    case 'noEvidence':
      return 'no evidence';
    case 'expired':
      return `evidence expired after ${r.validUntil}`;
    case 'verifiedInFuture':
      return `evidence verified in the future (${r.verified})`;
    case 'targetMissed':
      return `target missed: ${r.summary} is ${r.actual}${r.unit ? ` ${r.unit}` : ''}, the target is ${r.target}`;
  }
};
const atTouchpoints = (tps: { id: string; reason: TouchpointReason }[]) => tps.map((t) => `${t.id} (${reasonText(t.reason)})`).join(', ');


export type ValueType = 'text' | 'number' | 'integer' | 'list' | 'mapping' | 'boolean' | 'nothing' | 'date';

const typeName: Record<ValueType, string> = {
  text: 'text',
  number: 'a number',
  integer: 'a whole number',
  list: 'a list',
  mapping: 'a mapping (key: value lines)',
  boolean: 'true or false',
  nothing: 'empty',
  date: 'a date',
};

export const en = {
  errors: {
    notUtf8: (_: { byte: number }) => 'the file is not valid UTF-8 text — save it as UTF-8 (in Excel or Notepad: "Save as… UTF-8")',
    binaryFile: (_: Record<string, never>) => 'the file contains NUL bytes and looks binary, not a YAML register',
    emptyFile: (_: Record<string, never>) =>
      'the register is empty — start one with `promise-audit init`, or add `version: 1`, `brand`, `owners`, `touchpoints` and `promises`',
    notAMapping: (p: { got: ValueType }) =>
      `the register must be a mapping of keys such as \`version: 1\` and \`brand: …\`, but the file holds ${typeName[p.got]}`,
    tooLarge: (p: { size: number; max: number }) =>
      `the register is ${p.size} bytes, more than the limit of ${p.max} bytes — raise it with --max-size if the file is really this large`,
    yamlSyntax: (p: { detail: string }) => `YAML syntax error: ${p.detail}`,
    tabIndent: (_: Record<string, never>) => 'a tab is used for indentation — YAML indents with spaces only',
    badIndent: (p: { detail: string }) => `the indentation is off: ${p.detail} — line up keys of the same level`,
    duplicateKey: (p: { key: string }) => `the key ${q(p.key)} appears twice in the same mapping — keep one`,
    multipleDocs: (_: Record<string, never>) => 'the file holds more than one YAML document (`---`) — a register is one document',
    tooDeep: (p: { max: number }) => `the file nests lists or mappings more than ${p.max} levels deep — a register needs only a few levels; check the brackets and indentation`,
    aliasLimit: (p: { max: number }) =>
      `the file expands YAML aliases more than ${p.max} times (an "alias bomb") — write the values out, or raise the limit with --max-aliases`,
    unknownKey: (p: { key: string; suggestion?: string; allowed: string[] }) =>
      p.suggestion
        ? `unknown key ${q(p.key)} — did you mean ${q(p.suggestion)}?`
        : `unknown key ${q(p.key)} — allowed here: ${list(p.allowed, 'none')}`,
    required: (p: { key: string }) => `${q(p.key)} is required here`,
    wrongType: (p: { key: string; expected: ValueType; got: ValueType }) =>
      `${q(p.key)} must be ${typeName[p.expected]}, not ${typeName[p.got]}`,
    emptyText: (p: { key: string }) => `${q(p.key)} must not be empty`,
    badDate: (p: { key: string; value: unknown }) =>
      `${q(p.key)} must be a date like 2026-11-05 (year-month-day, a real calendar day), not ${q(p.value)}`,
    badId: (p: { key: string; value: unknown }) =>
      `${q(p.value)} is not a valid id for ${q(p.key)} — use lower-case letters, digits and single hyphens, like two-day-delivery`,
    badEnum: (p: { key: string; value: unknown; allowed: string[]; suggestion?: string }) =>
      `${q(p.key)} must be one of ${list(p.allowed, '')}, not ${q(p.value)}` + (p.suggestion ? ` — did you mean ${q(p.suggestion)}?` : ''),
    badVersion: (p: { value: unknown }) => `\`version\` must be 1 (the only register format so far), not ${q(p.value)}`,
    badTarget: (p: { value: unknown }) =>
      `\`target\` must be a comparison and a number, like "<= 2" or ">= 90" (one of <, <=, >, >=, ==), not ${q(p.value)}`,
    atLeastOne: (p: { key: string }) => `${q(p.key)} needs at least one entry`,
    tooSmall: (p: { key: string; min: number }) => `${q(p.key)} must be at least ${p.min}`,
    invalidValue: (p: { key: string; detail: string }) => `${q(p.key)} is not valid: ${p.detail}`,
    duplicatePromiseId: (p: { id: string; firstLine: number }) =>
      `promise id ${q(p.id)} is already used on line ${p.firstLine} — every promise needs its own id`,
    unknownOwner: (p: { value: string; defined: string[]; suggestion?: string }) =>
      `owner ${q(p.value)} is not defined in \`owners\`` +
      (p.suggestion ? ` — did you mean ${q(p.suggestion)}?` : ` (defined: ${list(p.defined, 'none')})`),
    unknownTouchpoint: (p: { value: string; defined: string[]; suggestion?: string }) =>
      `touchpoint ${q(p.value)} is not defined in \`touchpoints\`` +
      (p.suggestion ? ` — did you mean ${q(p.suggestion)}?` : ` (defined: ${list(p.defined, 'none')})`),
    unknownPromise: (p: { value: string; defined: string[]; suggestion?: string }) =>
      `promise ${q(p.value)} is not defined in \`promises\`` +
      (p.suggestion ? ` — did you mean ${q(p.suggestion)}?` : ` (defined: ${list(p.defined, 'none')})`),
    unknownRule: (p: { value: unknown; suggestion?: string; known: string[] }) =>
      `there is no rule ${q(p.value)}` + (p.suggestion ? ` — did you mean ${q(p.suggestion)}?` : ` (rules: ${list(p.known, '', 12)})`),
    touchpointNotInPromise: (p: { touchpoint: string; promise: string; required: string[] }) =>
      `touchpoint ${q(p.touchpoint)} is not one of promise ${q(p.promise)}'s touchpoints (${list(p.required, 'none')}) — add it to the promise's \`touchpoints\` or pick one of those`,
    missingMeasure: (p: { kind: string; missing: string[] }) =>
      `${p.kind} evidence needs ${p.missing.map((m) => `\`${m}\``).join(' and ')} — the figure measured and the target it must meet, like target: "<= 2" and actual: 1.8`,
    endsBeforeLaunch: (p: { ends: string; launch: string }) =>
      `the campaign \`ends\` (${p.ends}) before it launches (${p.launch}) — check both dates`,
  },
  findings: {
    brokenPromise: (p: { since: string; touchpoints: { id: string; reason: TouchpointReason }[] }) =>
      `public since ${p.since} but not delivered at ${atTouchpoints(p.touchpoints)} — deliver it now or withdraw the promise from marketing`,
    launchBlocked: (p: { announce: string; daysLeft: number; touchpoints: { id: string; reason: TouchpointReason }[] }) =>
      `announced on ${p.announce} (in ${days(p.daysLeft)}) but not delivered at ${atTouchpoints(p.touchpoints)} — verify delivery before the launch, or move the announcement`,
    planMissing: (p: { touchpoint: string; deadline: string }) =>
      `no plan to deliver at ${p.touchpoint} — add a \`plan\` item with a \`due\` date on or before ${p.deadline}`,
    planLate: (p: { touchpoint: string; due: string; deadline: string; announce: string }) =>
      `the plan for ${p.touchpoint} is due ${p.due}, after ${p.deadline} (announce ${p.announce} minus the lead time) — deliver earlier or move the announcement`,
    expiresBeforeLaunch: (p: { touchpoint: string; validUntil: string; date: string; until: 'announce' | 'campaignEnds' }) =>
      `the evidence at ${p.touchpoint} is valid only until ${p.validUntil}, before ${p.until === 'announce' ? 'the announcement on' : 'the campaign ends on'} ${p.date} — verify it again before then`,
    evidenceFuture: (p: { touchpoint: string; verified: string }) =>
      `evidence at ${p.touchpoint} is verified on ${p.verified}, after the audit day, so it does not count yet — check the date`,
    customerVoice: (_: Record<string, never>) =>
      'a differentiating promise with no survey evidence: nobody has asked the customer — add evidence of kind survey',
    hygieneFirst: (p: { hygiene: { id: string; status: Status }[]; touchpoints: string[] }) =>
      `announced while hygiene ${p.hygiene.length === 1 ? 'promise' : 'promises'} ${p.hygiene.map((h) => `${h.id} (${h.status})`).join(', ')} on ${p.touchpoints.join(', ')} ${p.hygiene.length === 1 ? 'is' : 'are'} not kept — fix the basics before the wow`,
    waiverExpired: (p: { rule: string; expires: string }) =>
      `the waiver for ${p.rule} expired after ${p.expires} and no longer applies — renew it with a new date, or remove it`,
    waiverUnused: (p: { rule: string }) =>
      `the waiver for ${p.rule} covers no finding — remove it, unreviewed exceptions are how gates rot`,
  },
  report: {
    title: (_: Record<string, never>) => 'Promise readiness',
    header: (p: { brand: string; asOf: string; campaign: string | null; campaignName?: string }) =>
      `${p.brand} · audit day ${p.asOf} · ${p.campaign ? `campaign ${p.campaignName ?? p.campaign} (${p.campaign})` : 'whole register'}`,
    columns: (_: Record<string, never>) => ({
      promise: 'Promise',
      statement: 'Statement',
      tier: 'Tier',
      announce: 'Announce',
      status: 'Status',
      delivered: 'Delivered',
      next: 'Next action',
    }),
    status: (p: { status: Status }) => p.status,
    tier: (p: { tier: 'hygiene' | 'differentiator' }) => p.tier,
    severity: (p: { severity: 'error' | 'warning' }) => p.severity,
    noPromises: (_: Record<string, never>) => 'No promises in scope.',
    findingsHeading: (_: Record<string, never>) => 'Findings',
    noFindings: (_: Record<string, never>) => 'No findings.',
    waived: (p: { reason: string; approvedBy: string; expires: string }) => `waived: ${p.reason} (approved by ${p.approvedBy}, until ${p.expires})`,
    rulesHelp: (_: Record<string, never>) => 'What each rule means and how to fix it:',
    verdictPass: (_: Record<string, never>) => 'PASS',
    verdictFail: (_: Record<string, never>) => 'FAIL',
    counts: (p: { ready: number; broken: number; blocked: number; pending: number; draft: number }) =>
      `${p.ready} ready, ${p.broken} broken, ${p.blocked} blocked, ${p.pending} pending, ${p.draft} draft`,
    findingCounts: (p: { errors: number; warnings: number; waived: number }) =>
      `${p.errors} ${p.errors === 1 ? 'error' : 'errors'}, ${p.warnings} ${p.warnings === 1 ? 'warning' : 'warnings'}` + (p.waived ? `, ${p.waived} waived` : ''),
    verdictLine: (p: { verdict: 'pass' | 'fail'; failOn: 'error' | 'warning' | 'never' }) =>
      p.verdict === 'pass'
        ? 'the gate passes: nothing undelivered would be announced'
        : p.failOn === 'warning'
          ? 'the gate fails: there are findings at warning level or above'
          : 'the gate fails: a promise would be announced, or is public, undelivered',
  },
  reason: reasonText,
  next: (a: NextAction): string => {
    switch (a.code) {
      case 'none':
        return '—';
      case 'renewBefore':
        return `renew evidence before ${a.date} (${days(a.daysLeft)} left)`;
      case 'deliverNow':
        return `deliver now at ${a.touchpoints.join(', ')}`;
      case 'verifyBefore':
        return a.daysLeft >= 0
          ? `verify evidence at ${a.touchpoints.join(', ')} before ${a.date} — ${days(a.daysLeft)} left`
          : `verify evidence at ${a.touchpoints.join(', ')} — due ${a.date}, ${days(-a.daysLeft)} late`;
      case 'deliverFirst':
        return `deliver at ${a.touchpoints.join(', ')} before setting an announce date`;
    }
  },
  problem: (p: EvidenceProblem): string => reasonText(p),
  cli: {
    fileNotFound: (p: { file: string }) => `cannot find the register ${q(p.file)} — check the path, or create one with \`promise-audit init\``,
    noDefaultRegister: (p: { dir: string }) =>
      `no promises.yaml or promises.yml in ${p.dir} — name the register (promise-audit validate path/to/promises.yaml) or create one with \`promise-audit init\``,
    isDirectory: (p: { file: string }) => `${q(p.file)} is a folder, not a register file — name the YAML file inside it`,
    cannotRead: (p: { file: string; reason: string }) => `cannot read ${q(p.file)}: ${p.reason}`,
    cannotWrite: (p: { file: string; reason: string }) => `cannot write ${q(p.file)}: ${p.reason}`,
    refuseOverwriteRegister: (p: { file: string }) =>
      `refusing to write the report over the register ${q(p.file)} that is being read — choose another --output file`,
    exists: (p: { file: string }) => `${q(p.file)} already exists — nothing was written; choose another name or remove it first`,
    written: (p: { file: string }) => `wrote ${p.file}`,
    valid: (p: { file: string; promises: number; touchpoints: number; owners: number; campaigns: number }) =>
      `${p.file} is valid: ${p.promises} ${p.promises === 1 ? 'promise' : 'promises'}, ${p.touchpoints} touchpoints, ${p.owners} owners, ${p.campaigns} campaigns`,
    invalidSummary: (p: { count: number; file: string }) =>
      `${p.count} ${p.count === 1 ? 'problem' : 'problems'} in ${p.file} — nothing was audited`,
    moreProblems: (p: { count: number }) => `… and ${p.count} more ${p.count === 1 ? 'problem' : 'problems'} (see them all with --format json)`,
    badAsOf: (p: { value: string }) => `--as-of must be a date like 2026-11-24, not ${q(p.value)}`,
    unknownCampaign: (p: { value: string; defined: string[]; suggestion?: string }) =>
      `there is no campaign ${q(p.value)} in the register` +
      (p.suggestion ? ` — did you mean ${q(p.suggestion)}?` : ` (campaigns: ${list(p.defined, 'none')})`),
    initDone: (p: { file: string }) => `wrote ${p.file} — edit it, then run: promise-audit check ${p.file}`,
    internalError: (p: { version: string }) =>
      `promise-audit ${p.version} hit an internal error — this is a bug, not your mistake. Run again with --debug and report it with the output.`,
    errorPrefix: (_: Record<string, never>) => 'error',
  },
} as const;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends object
      ? { -readonly [K in keyof T]: Widen<T[K]> }
      : T;

/** The shape every locale's catalogue must have. */
export type Catalogue = Widen<typeof en>;
export type ErrorCode = keyof Catalogue['errors'];
export type ErrorData<C extends ErrorCode> = Parameters<Catalogue['errors'][C]>[0];
export type FindingMessageId = keyof Catalogue['findings'];
export type FindingData<M extends FindingMessageId> = Parameters<Catalogue['findings'][M]>[0];
