/**
 * The Finnish catalogue is complete and really Finnish: the same keys as the
 * English one at every depth (including the objects entries return, such as
 * `report.columns`), and every entry, called with sample data, gives a
 * non-empty text that is not the English one.
 *
 * `SAMPLES` is typed against the catalogue (sample data of the wrong shape
 * fails to compile), and a test fails for every entry that has none.
 * Give several samples where an entry has branches (singular/plural, optional
 * suggestion, each `code`).
 */
import { describe, expect, it } from 'vitest';
import { FILE_ERROR_CODES } from '../../src/cli/write-failure.js';
import { en, type Catalogue } from '../../src/i18n/en.js';
import { fi } from '../../src/i18n/fi.js';
import type { DataProblem } from '../../src/register/data/measure.js';
import type { Unreadable } from '../../src/register/host.js';
import type { YamlMistake } from '../../src/register/yaml-mistakes.js';
import type { EvidenceProblem, TouchpointReason } from '../../src/types.js';

// Keys are optional so that a new entry does not stop the whole project from
// compiling; the test 'has sample data for every entry' fails until it has some.
type Samples<T> = T extends (arg: infer P) => unknown ? readonly [P, ...P[]] : { readonly [K in keyof T]?: Samples<T[K]> };

const none = {} as Record<string, never>;
const problems: EvidenceProblem[] = [
  { code: 'expired', validUntil: '2026-11-07', expiredOn: '2026-11-08' },
  { code: 'targetMissed', actual: 1.8, target: '<= 1.5', unit: 'päivää', summary: 'Toimitusajan p90' },
  { code: 'verifiedInFuture', verified: '2026-12-01' },
];
// Every reason a file that is there cannot be read, with a system error that has words and one that has none.
const unreadable: Unreadable[] = [
  { reason: 'directory' },
  { reason: 'outside' },
  { reason: 'notFile' },
  { reason: 'system', code: 'EACCES' },
  { reason: 'system', code: 'EMFILE' },
];
const dataProblems: DataProblem[] = [
  { code: 'missing' },
  ...unreadable.map((why): DataProblem => ({ code: 'unreadable', why })),
  { code: 'empty' },
  // A mistake the catalogues have no words for: the parser's own (here a code, as it has no English words to flag).
  { code: 'malformed', detail: 'CSV_MAX_RECORD_SIZE' },
  { code: 'malformed', detail: 'Quote Not Closed', why: { kind: 'quoteNotClosed' } },
  { code: 'malformed', detail: 'Invalid Opening Quote', why: { kind: 'strayQuote' } },
  { code: 'malformed', detail: 'Invalid Record Length', why: { kind: 'fieldCount', fields: 1, columns: 3 } },
  { code: 'malformed', detail: 'Invalid Record Length', why: { kind: 'fieldCount', fields: 4, columns: 3 } },
  { code: 'malformed', detail: "Expected ',' or '}' after property value in JSON at position 20", why: { kind: 'notJson' } },
  { code: 'notTable' },
  { code: 'noColumn', column: 'päivät', columns: ['pvm', 'tunnit'] },
  { code: 'noColumn', column: '', columns: [] },
  { code: 'notNumber', column: 'päivät', value: '1,8', decimalComma: true },
  { code: 'notNumber', column: 'päivät', value: 'n/a', decimalComma: false },
  { code: 'notDate', column: 'pvm', value: '31.10.2026' },
  { code: 'outOfScale', column: 'arvio', value: 6.5, scale: '1–5' },
];
const reasons: TouchpointReason[] = [
  { code: 'noEvidence' },
  ...problems,
  ...dataProblems.map((problem): TouchpointReason => ({ code: 'dataUnreadable', file: 'data/nps.csv', line: 7, problem })),
];
const tps = ['webshop', 'phone', 'chat', 'app'].map((id, i) => ({ id, reason: reasons[i]! }));

// Every common YAML mistake the catalogues put in words (register/yaml-mistakes.ts): a kind without a sample does not type-check.
const yamlMistakes: YamlMistake[] = Object.values({
  keyInValue: [{ kind: 'keyInValue' }],
  notKeyValue: [{ kind: 'notKeyValue' }],
  keyWithoutValue: [{ kind: 'keyWithoutValue' }],
  quoteNotClosed: [
    { kind: 'quoteNotClosed', quote: '"' },
    { kind: 'quoteNotClosed', quote: "'" },
  ],
  bracketNotClosed: [
    { kind: 'bracketNotClosed', bracket: ']' },
    { kind: 'bracketNotClosed', bracket: '}' },
  ],
  misaligned: [{ kind: 'misaligned' }],
  badEscape: [{ kind: 'badEscape' }],
  reservedStart: [{ kind: 'reservedStart', char: '@' }],
  commentWithoutSpace: [{ kind: 'commentWithoutSpace' }],
  emptyItem: [{ kind: 'emptyItem' }],
  tag: [{ kind: 'tag', tag: '!Ref' }],
  missingDash: [{ kind: 'missingDash' }],
  dashAfterKey: [{ kind: 'dashAfterKey' }],
  apostrophe: [{ kind: 'apostrophe' }],
  bracketIndent: [
    { kind: 'bracketIndent', bracket: ']' },
    { kind: 'bracketIndent', bracket: '}' },
  ],
  extraBracket: [{ kind: 'extraBracket', bracket: ']' }],
  textAfterQuote: [
    { kind: 'textAfterQuote', quote: '"' },
    { kind: 'textAfterQuote', quote: "'" },
  ],
  textAfterBracket: [
    { kind: 'textAfterBracket', bracket: ']' },
    { kind: 'textAfterBracket', bracket: '}' },
  ],
  missingComma: [
    { kind: 'missingComma', bracket: ']' },
    { kind: 'missingComma', bracket: '}' },
  ],
  listWithoutBrackets: [{ kind: 'listWithoutBrackets' }],
  dashInBrackets: [{ kind: 'dashInBrackets' }],
  blockTextIndent: [
    { kind: 'blockTextIndent', indicator: '|' },
    { kind: 'blockTextIndent', indicator: '>' },
  ],
  blockBlankSpaces: [{ kind: 'blockBlankSpaces' }],
  textOnBlockHeader: [{ kind: 'textOnBlockHeader', indicator: '>' }],
  indicatorStart: [
    { kind: 'indicatorStart', indicator: '>', key: 'target', value: '>= 90' },
    { kind: 'indicatorStart', indicator: '|', value: '| "best" prices' },
  ],
} satisfies { [K in YamlMistake['kind']]: Extract<YamlMistake, { kind: K }>[] }).flat();

const SAMPLES: Samples<Catalogue> = {
  errors: {
    notUtf8: [{ byte: 0xe4 }],
    binaryFile: [none],
    emptyFile: [none],
    notAMapping: [{ got: 'text' }, { got: 'list' }, { got: 'nothing' }],
    tooLarge: [{ size: 70000000, max: 67108864 }],
    yamlSyntax: [{ detail: 'lainausmerkki puuttuu' }, ...yamlMistakes.map((why) => ({ detail: 'Unexpected token', why }))],
    tabIndent: [none],
    badIndent: [
      { detail: 'rivi 8' },
      { detail: 'All mapping items must start at the same column', why: { kind: 'misaligned' } },
      { detail: 'Block scalar values in collections must be indented', why: { kind: 'blockTextIndent', indicator: '|' } },
    ],
    duplicateKey: [{ key: 'statement' }],
    multipleDocs: [none],
    tooDeep: [{ max: 64 }],
    aliasLimit: [{ max: 100 }],
    unknownAlias: [{ name: 'hours' }],
    unknownKey: [
      { key: 'touchpionts', suggestion: 'touchpoints', allowed: ['touchpoints'] },
      { key: 'colour', allowed: ['name', 'owner'] },
      { key: 'colour', allowed: [] },
      { key: 'pilot', allowed: ['summary'], flowComma: true },
    ],
    required: [{ key: 'brand' }],
    wrongType: [
      { key: 'owners', expected: 'mapping', got: 'list' },
      { key: 'actual', expected: 'number', got: 'text' },
      { key: 'actual', expected: 'number', got: 'text', number: '1.5' },
      { key: 'actual', expected: 'number', got: 'text', number: '95', unit: '%' },
      { key: 'lead_time_days', expected: 'number', got: 'text', number: '14', unit: 'days' },
      { key: 'promises', expected: 'list', got: 'boolean' },
      { key: 'promises', expected: 'list', got: 'nothing' },
      { key: 'owners', expected: 'mapping', got: 'nothing' },
    ],
    emptyText: [{ key: 'statement' }],
    badDate: [{ key: 'verified', value: '24.11.2026', iso: '2026-11-24' }, { key: 'verified', value: '2026-02-30', noSuchDay: true }, { key: 'verified', value: 'soon' }],
    badId: [{ key: 'id', value: 'Kahden päivän toimitus' }],
    badEnum: [
      { key: 'tier', value: 'hygeine', allowed: ['hygiene', 'differentiator'], suggestion: 'hygiene' },
      { key: 'kind', value: 'poll', allowed: ['metric', 'survey', 'test'] },
    ],
    badVersion: [{ value: 2 }, { value: '1' }, { value: '1', quoted: true }],
    badTarget: [{ value: 'about 2' }, { value: '<= 2,5' }],
    atLeastOne: [{ key: 'owners' }],
    tooSmall: [{ key: 'lead_time_days', min: 0 }, { key: 'ratio', min: 0.5 }],
    invalidValue: [{ key: 'expires', detail: 'odotettiin merkkijono' }],
    duplicatePromiseId: [{ id: 'free-returns', firstLine: 14 }],
    unknownOwner: [
      { value: 'teem', defined: ['team', 'logistics'], suggestion: 'team' },
      { value: 'x', defined: ['team', 'logistics'] },
      { value: 'x', defined: [] },
    ],
    unknownTouchpoint: [
      { value: 'webshoq', defined: ['webshop'], suggestion: 'webshop' },
      { value: 'x', defined: ['webshop', 'phone'] },
    ],
    unknownPromise: [
      { value: 'size-advise', defined: ['size-advice'], suggestion: 'size-advice' },
      { value: 'x', defined: ['size-advice'] },
    ],
    unknownRule: [
      { value: 'customer-vioce', suggestion: 'customer-voice', known: ['customer-voice'] },
      { value: 'x', known: ['broken-promise', 'customer-voice'] },
    ],
    touchpointNotInPromise: [
      { touchpoint: 'chat', promise: 'size-advice', required: ['phone'] },
      { touchpoint: 'chat', promise: 'size-advice', required: [] },
    ],
    missingMeasure: [
      { kind: 'metric', missing: ['actual'] },
      { kind: 'survey', missing: ['target', 'actual'] },
    ],
    endsBeforeLaunch: [{ ends: '2026-11-01', launch: '2026-11-30' }],
    duplicateId: [{ section: 'owners', id: 'logistics', first: 'owners.yaml:3:3' }],
    includeMissing: [{ path: 'evidence/q4.yaml' }],
    includeDirectory: [{ path: 'evidence' }],
    includeUnreadable: [{ path: 'evidence/q4.yaml', why: { reason: 'outside' } }, ...unreadable.map((why) => ({ path: 'evidence/q4.yaml', why }))],
    includeNoMatch: [{ path: 'evidence/*.yaml' }],
    includeOutside: [{ path: '../shared/owners.yaml' }],
    includeCycle: [{ path: 'promises.yaml' }],
    includeNoHost: [none],
    rootOnlyKey: [{ key: 'policy' }],
    dataAndActual: [none],
    verifiedOrDateColumn: [none],
    dataOutside: [{ path: '../data/nps.csv' }],
  },
  findings: {
    brokenPromise: [
      { since: '2026-11-01', touchpoints: tps.slice(0, 1) },
      { since: '2026-11-01', touchpoints: tps },
    ],
    launchBlocked: [
      { announce: '2026-11-25', daysLeft: 1, touchpoints: tps.slice(2, 3) },
      { announce: '2026-11-30', daysLeft: 6, touchpoints: tps },
    ],
    planMissing: [{ touchpoint: 'chat', deadline: '2027-04-17' }],
    planLate: [{ touchpoint: 'chat', due: '2027-04-20', deadline: '2027-04-17', announce: '2027-05-01' }],
    expiresBeforeLaunch: [
      { touchpoint: 'webshop', validUntil: '2026-11-28', date: '2026-11-30', until: 'announce' },
      { touchpoint: 'webshop', validUntil: '2026-12-10', date: '2026-12-24', until: 'campaignEnds' },
    ],
    evidenceFuture: [{ touchpoint: 'webshop', verified: '2026-12-01' }],
    customerVoice: [none],
    hygieneFirst: [
      { hygiene: [{ id: 'phone-answered', status: 'broken' }], touchpoints: ['phone'] },
      {
        hygiene: [
          { id: 'phone-answered', status: 'broken' },
          { id: 'fast-delivery', status: 'blocked' },
        ],
        touchpoints: ['phone', 'webshop'],
      },
      { hygiene: [{ id: 'phone-answered', status: 'broken' }], more: 4990, touchpoints: ['phone'] },
    ],
    waiverExpired: [{ rule: 'broken-promise', expires: '2026-09-30' }],
    waiverUnused: [{ rule: 'customer-voice' }],
    claimNotDelivered: [
      { text: 'kahdessa arkipäivässä', promise: 'two-day-delivery', status: 'broken', announce: '2026-11-01', touchpoints: tps.slice(0, 1) },
      { text: 'kahdessa arkipäivässä', promise: 'two-day-delivery', status: 'blocked', announce: '2026-11-30', touchpoints: tps },
      { text: 'kahdessa arkipäivässä', promise: 'two-day-delivery', status: 'pending', announce: '2027-03-01', touchpoints: tps },
      { text: 'kahdessa arkipäivässä', promise: 'two-day-delivery', status: 'draft', announce: null, touchpoints: tps.slice(0, 1) },
    ],
    genericClaim: [
      { text: 'ympäristöystävällinen', point: '4a', inForce: true },
      { text: 'ympäristöystävällinen', point: '4a', inForce: false },
      { text: 'kierrätettävä', point: '4b', inForce: true },
      { text: 'hiilineutraali', point: '4c', inForce: false },
    ],
    ignoreWithoutReason: [{ rule: 'generic-claim', line: 12 }],
    dataUnreadable: [
      { touchpoint: 'webshop', file: 'data/nps.csv', line: null, problem: { code: 'missing' } },
      ...dataProblems.map((problem) => ({ touchpoint: 'webshop', file: 'data/nps.csv', line: 7, problem })),
    ],
    sampleTooSmall: [
      { touchpoint: 'webshop', n: 1, min: 30 },
      { touchpoint: 'webshop', n: 12, min: 30 },
    ],
  },
  report: {
    title: [none],
    header: [
      { brand: 'Kuvapalvelu Oy', asOf: '2026-11-24', campaign: null },
      { brand: 'Kuvapalvelu Oy', asOf: '2026-11-24', campaign: 'christmas-2026', campaignName: 'Joulukampanja 2026' },
      { brand: 'Kuvapalvelu Oy', asOf: '2026-11-24', campaign: 'christmas-2026' },
    ],
    columns: [none],
    status: [{ status: 'ready' }, { status: 'broken' }, { status: 'blocked' }, { status: 'pending' }, { status: 'draft' }],
    tier: [{ tier: 'hygiene' }, { tier: 'differentiator' }],
    severity: [{ severity: 'error' }, { severity: 'warning' }],
    columnsLeftOut: [{ columns: ['Tier'] }, { columns: ['Statement', 'Tier', 'Announce'] }],
    noPromises: [none],
    moreRows: [{ count: 1, max: 200 }, { count: 9800, max: 200 }],
    findingsHeading: [none],
    noFindings: [none],
    waivedTag: [none],
    waived: [{ reason: 'Kysely ajetaan Q1', approvedBy: 'marketing', expires: '2027-01-31' }],
    rulesHelp: [none],
    verdictPass: [none],
    verdictFail: [none],
    counts: [{ ready: 3, broken: 1, blocked: 0, pending: 1, draft: 1 }],
    findingCounts: [
      { errors: 1, warnings: 2, waived: 0 },
      { errors: 0, warnings: 1, waived: 1 },
    ],
    verdictLine: [
      { verdict: 'pass', failOn: 'error', undelivered: false, rules: [] },
      { verdict: 'pass', failOn: 'never', undelivered: false, rules: [] },
      { verdict: 'fail', failOn: 'error', undelivered: true, rules: [] },
      { verdict: 'fail', failOn: 'error', undelivered: true, rules: ['hygiene-first'] },
      { verdict: 'fail', failOn: 'error', undelivered: false, rules: ['hygiene-first'] },
      { verdict: 'fail', failOn: 'error', undelivered: false, rules: ['hygiene-first', 'plan-late'] },
      { verdict: 'fail', failOn: 'warning', undelivered: false, rules: ['customer-voice'] },
    ],
  },
  explain: {
    owner: [{ owner: 'logistics' }],
    auditDay: [{ asOf: '2026-11-24' }],
    campaign: [{ campaign: 'christmas-2026' }],
    noAnnounce: [none],
    announceOwn: [{ date: '2026-11-01' }],
    announceCampaign: [{ date: '2026-11-30', campaign: 'christmas-2026', name: 'Joulukampanja 2026' }],
    leadTime: [{ days: 14, deadline: '2026-11-16' }, { days: 1, deadline: '2026-11-29' }],
    statusWhy: [
      { status: 'ready', delivered: 2, required: 2, asOf: '2026-11-24', announce: '2026-11-01', campaign: null },
      { status: 'broken', delivered: 1, required: 2, asOf: '2026-11-24', announce: '2026-11-01', campaign: null },
      { status: 'blocked', delivered: 0, required: 1, asOf: '2026-11-24', announce: '2026-11-30', campaign: null },
      { status: 'blocked', delivered: 0, required: 3, asOf: '2026-11-24', announce: '2027-03-01', campaign: 'christmas-2026' },
      { status: 'pending', delivered: 1, required: 3, asOf: '2026-11-24', announce: '2027-03-01', campaign: null },
      { status: 'draft', delivered: 0, required: 1, asOf: '2026-11-24', announce: null, campaign: null },
    ],
    touchpoints: [{ count: 1 }, { count: 3 }],
    delivered: [none],
    notDelivered: [none],
    summary: [{ text: 'Returns survey, October' }],
    verified: [
      { verified: '2026-11-03', by: 'logistics', validUntil: '2027-11-03' },
      { verified: null, by: 'logistics', validUntil: null },
    ],
    figure: [{ actual: 1.8, target: '<= 2' }, { actual: 4.25, unit: 'päivää', target: '<= 4.5' }],
    computed: [
      { stat: 'p90', file: 'data/toimitusajat.csv', n: 1 },
      { stat: 'p90', column: 'päivät', file: 'data/toimitusajat.csv', n: 412, period: { from: '2026-10-01', to: '2026-10-31' } },
    ],
    source: [{ source: 'raportit/toimitusajat-2026-10.pdf' }],
    plan: [{ due: '2027-02-01' }, { due: '2027-02-01', note: 'Noutoajat kassalle' }],
    findings: [{ count: 0 }, { count: 1 }, { count: 3 }],
    waivers: [{ count: 1 }, { count: 2 }],
    waiverState: [
      { approvedBy: 'marketing', expires: '2027-01-31', live: true, covers: 1 },
      { approvedBy: 'marketing', expires: '2026-10-31', live: false, covers: 0 },
      { approvedBy: 'marketing', expires: '2027-01-31', live: true, covers: 2 },
    ],
    next: [none],
    unknownPromise: [
      { value: 'two-day-delivry', suggestion: 'two-day-delivery', defined: ['two-day-delivery'] },
      { value: 'x', defined: ['two-day-delivery', 'gift-wrap'] },
    ],
    notInCampaign: [{ value: 'gift-wrap', campaign: 'christmas-2026' }],
  },
  scan: {
    heading: [none],
    summary: [
      { files: 1, mentions: 0, covered: 0 },
      { files: 1, mentions: 1, covered: 0 },
      { files: 12, mentions: 7, covered: 5 },
    ],
    covered: [none],
    notCovered: [{ status: 'broken' }, { status: 'draft' }],
    suppressed: [
      { count: 1, covers: 1 },
      { count: 3, covers: 4 },
    ],
    noPromiseGroup: [none],
    verdictLine: [
      { verdict: 'pass', failOn: 'error' },
      { verdict: 'pass', failOn: 'never' },
      { verdict: 'fail', failOn: 'error' },
      { verdict: 'fail', failOn: 'warning' },
    ],
    note: [
      { code: 'binary', file: 'kuvat/logo.png' },
      { code: 'tooLarge', file: 'video.mp4', size: 90000000, max: 10485760 },
      { code: 'unreadable', file: 'copy/joulu.md', reason: 'EACCES' },
      { code: 'notUtf8', file: 'copy/joulu.txt' },
      { code: 'unparsable', file: 'copy/joulu.json', format: 'json' },
      { code: 'unparsable', file: 'copy/joulu.yaml', format: 'yaml' },
      { code: 'ignoreUnknownRule', file: 'copy/joulu.md', line: 3, column: 5, rule: 'generic-claims', suggestion: 'generic-claim' },
      { code: 'ignoreUnknownRule', file: 'copy/joulu.md', line: 3, column: 5, rule: 'x' },
      { code: 'ignoreNoRule', file: 'copy/joulu.md', line: 3, column: 5 },
    ],
    progress: [{ done: 3, total: 12 }],
    cannotRead: [{ path: 'content/a.md', reason: 'EACCES' }],
    pathNotFound: [{ path: 'copy/' }],
    noMatch: [{ pattern: 'copy/**/*.md' }],
  },
  reason: [reasons[0]!, ...reasons.slice(1)],
  next: [
    { code: 'none' },
    { code: 'renewBefore', date: '2026-12-01', daysLeft: 7 },
    { code: 'renewBefore', date: '2026-11-25', daysLeft: 1 },
    { code: 'deliverNow', touchpoints: ['webshop', 'phone'] },
    { code: 'verifyBefore', touchpoints: ['webshop'], date: '2026-11-30', daysLeft: 6 },
    { code: 'verifyBefore', touchpoints: ['webshop'], date: '2026-11-20', daysLeft: -4 },
    { code: 'verifyBy', touchpoints: ['webshop'], date: '2027-04-17', daysLeft: 144 },
    { code: 'deliverFirst', touchpoints: ['app'] },
  ],
  problem: [problems[0]!, ...problems.slice(1)],
  cli: {
    fileNotFound: [{ file: 'promises.yaml' }],
    noDefaultRegister: [
      { command: 'check', dir: '/home/anna/kampanja' },
      { command: 'scan', dir: '/home/anna/kampanja' },
      { command: 'explain', dir: '/home/anna/kampanja' },
    ],
    isDirectory: [{ file: 'registers' }],
    notAFile: [{ file: '/dev/zero' }],
    refuseSchemaOverYaml: [{ file: 'promises.yaml' }],
    interrupted: [{ signal: 'SIGTERM' }],
    outputClosed: [{ outputOption: true }, { outputOption: false }],
    cannotRead: [{ file: 'promises.yaml', reason: 'EACCES' }],
    cannotWrite: [{ file: 'report.html', reason: 'EACCES' }],
    cannotWriteOutput: [{ reason: 'levy on täynnä' }],
    // Every code the command line has words for, and one it names by its code.
    fileError: [{ code: 'EMFILE' }, ...FILE_ERROR_CODES.map((code) => ({ code }))],
    refuseOverwriteRegister: [{ file: 'promises.yaml' }],
    exists: [{ file: 'promises.yaml' }],
    written: [{ file: 'report.html' }],
    valid: [
      { file: 'promises.yaml', promises: 1, touchpoints: 1, owners: 1, campaigns: 0 },
      { file: 'promises.yaml', promises: 6, touchpoints: 5, owners: 6, campaigns: 1 },
    ],
    invalidSummary: [
      { count: 1, file: 'promises.yaml' },
      { count: 4, file: 'promises.yaml' },
    ],
    moreProblems: [{ count: 1 }, { count: 12 }],
    badAsOf: [{ value: '24.11.2026' }],
    unknownOption: [
      { option: '--formt', suggestion: '--format', help: 'promise-audit check --help' },
      { option: '-z', help: 'promise-audit check --help' },
    ],
    badChoice: [{ option: '--format', value: 'pdf', choices: ['table', 'json'] }],
    notWholeNumber: [{ option: '--max-size', value: '10MB' }],
    optionNeedsValue: [{ option: '--as-of', usage: '--as-of <date>' }],
    missingArgument: [{ argument: '<promise>', usage: 'promise-audit explain [options] <promise> [register]' }],
    tooManyArguments: [
      { command: 'promise-audit schema', got: 1, takes: 0, usage: 'promise-audit schema [options]' },
      { command: 'promise-audit schema', got: 2, takes: 0, usage: 'promise-audit schema [options]' },
      { command: 'promise-audit check', got: 2, takes: 1, usage: 'promise-audit check [options] [register]' },
    ],
    unknownCommand: [{ name: 'valdate', suggestion: 'validate' }, { name: 'xyz' }],
    unknownHelpTopic: [{ name: 'chekc', suggestion: 'check', commands: ['check', 'scan'] }, { name: 'xyz', commands: ['check', 'scan'] }],
    unknownCampaign: [
      { value: 'xmas', defined: ['christmas-2026'], suggestion: 'christmas-2026' },
      { value: 'xmas', defined: [] },
    ],
    initDone: [{ file: 'promises.yaml' }],
    internalError: [{ version: '0.1.0' }],
    errorPrefix: [none],
  },
  ruleDocs: {
    'broken-promise': { short: [none], full: [none], help: [none] },
    'launch-blocked': { short: [none], full: [none], help: [none] },
    'plan-missing': { short: [none], full: [none], help: [none] },
    'plan-late': { short: [none], full: [none], help: [none] },
    'expires-before-launch': { short: [none], full: [none], help: [none] },
    'evidence-future': { short: [none], full: [none], help: [none] },
    'customer-voice': { short: [none], full: [none], help: [none] },
    'hygiene-first': { short: [none], full: [none], help: [none] },
    'waiver-expired': { short: [none], full: [none], help: [none] },
    'waiver-unused': { short: [none], full: [none], help: [none] },
    'data-unreadable': { short: [none], full: [none], help: [none] },
    'sample-too-small': { short: [none], full: [none], help: [none] },
    'claim-not-delivered': { short: [none], full: [none], help: [none] },
    'generic-claim': { short: [none], full: [none], help: [none] },
  },
  ci: {
    sarifSourceRoot: [none],
    junitDraft: [none],
    junitPending: [{ announce: '2027-03-01' }],
    notDelivered: [{ touchpoints: tps.slice(0, 1) }, { touchpoints: tps }],
    githubTitle: [
      { rule: 'broken-promise', promise: 'phone-answered', touchpoint: null, waived: false },
      { rule: 'plan-missing', promise: 'phone-answered', touchpoint: 'phone', waived: true },
    ],
    csvColumns: [none],
    csvBoolean: [{ value: true }, { value: false }],
    summaryTruncated: [{ limit: '1 MiB' }],
    summaryNotWritten: [{ file: '/home/runner/summary.md', reason: '(EIO)' }],
    summaryFull: [{ limit: '1 MiB' }],
    badReport: [{ value: 'sarif', formats: ['table', 'json', 'sarif'] }],
    reportToStdout: [{ value: 'markdown=-', instead: 'markdown=report.md' }],
    invalidRegister: [none],
    notAReport: [{ file: 'data/orders.csv' }],
    reportIsStdout: [{ file: '/dev/stdout', instead: 'sarif=report.sarif' }],
    reportTwice: [{ file: 'report.sarif' }],
    refuseReportOverRegister: [{ file: 'promises.yaml' }],
  },
  help: { texts: [none] },
  document: {
    title: [{ brand: 'Kuvapalvelu Oy' }],
    meta: [
      { asOf: '2026-11-24', campaign: null },
      { asOf: '2026-11-24', campaign: 'christmas-2026', campaignName: 'Joulukampanja 2026' },
    ],
    policy: [
      { leadTimeDays: 14, evidenceMaxAgeDays: 365 },
      { leadTimeDays: 1, evidenceMaxAgeDays: 1 },
    ],
    headings: [none],
    countColumns: [none],
    promiseColumns: [none],
    notScheduled: [none],
    readyNotListed: [{ count: 1 }, { count: 5 }],
    moreRows: [{ count: 1 }, { count: 3 }],
    actionsIntro: [none],
    noActions: [none],
    actionColumns: [none],
    unowned: [none],
    deadlineNow: [{}, { since: '2026-11-01' }],
    deadlineBy: [
      { date: '2026-11-24', daysLeft: 0 },
      { date: '2026-11-25', daysLeft: 1 },
      { date: '2026-11-30', daysLeft: 6 },
    ],
    deadlineBeforeAnnouncing: [none],
    actionDeliver: [{ touchpoint: 'phone', reason: 'ei näyttöä' }],
    actionPlan: [{ due: '2027-02-01' }, { due: '2027-02-01', note: 'Noutoajat kassalle' }],
    actionRenew: [{ touchpoint: 'webshop', validUntil: '2026-12-10' }],
    timelineIntro: [none],
    timelineAuditDay: [none],
    timelineLegend: [none],
    timelineColumns: [none],
    timelineState: [
      { kind: 'deliveredFirst', days: 0 },
      { kind: 'deliveredFirst', days: 3 },
      { kind: 'announcedFirst', days: 2 },
      { kind: 'broken', days: 0 },
      { kind: 'broken', days: 10 },
      { kind: 'upcoming', days: 1 },
      { kind: 'upcoming', days: 6 },
    ],
    timelineMarkers: [none],
    notDelivered: [none],
    noTimeline: [none],
    journeyIntro: [none],
    journeyStage: [none],
    journeyAll: [none],
    stage: [
      { stage: 'awareness' },
      { stage: 'consideration' },
      { stage: 'purchase' },
      { stage: 'waiting' },
      { stage: 'delivery' },
      { stage: 'use' },
      { stage: 'aftercare' },
      { stage: null },
    ],
    journeyNone: [none],
    journeyNoStages: [none],
    journeyGaps: [
      { stages: ['odotus'], waiting: true },
      { stages: ['käyttö', 'jälkipalvelu'], waiting: false },
    ],
    journeyCovered: [none],
    findingColumns: [none],
    waivedTag: [none],
    waivedBy: [{ reason: 'Kysely ajetaan Q1', approvedBy: 'marketing', expires: '2027-01-31' }],
    waiverColumns: [none],
    waiverState: [
      { live: true, covers: 1 },
      { live: true, covers: 0 },
      { live: false, covers: 0 },
    ],
    noWaivers: [none],
    trailIntro: [none],
    trailColumns: [none],
    figure: [{ actual: '1,8', target: '<= 2' }, { actual: '1,8', unit: 'päivää', target: '<= 2' }],
    evidenceKind: [{ kind: 'metric' }, { kind: 'survey' }, { kind: 'test' }, { kind: 'process' }, { kind: 'launch' }, { kind: 'document' }],
    noTrail: [none],
    trailOmitted: [{ count: 1 }, { count: 4 }],
    gridIntro: [none],
    gridDelivered: [none],
    gridNotDelivered: [none],
    gridNotRequired: [none],
    footer: [none],
  },
};

/** Outputs that are rightly the same in both languages, as `path#sample`. */
const SAME_IN_BOTH = new Set([
  'next#0', // '—': nothing to do
  'ci.githubTitle#0', // rule id · promise id: ids only
]);

type Entry = { path: string; value: unknown };

/** Every entry at any depth: plain objects are walked, everything else is a leaf. */
function entries(node: unknown, prefix = ''): Entry[] {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return [{ path: prefix, value: node }];
  return Object.entries(node).flatMap(([k, v]) => entries(v, prefix ? `${prefix}.${k}` : k));
}

function get(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), root);
}

const call = (fn: unknown, arg: unknown): unknown => (fn as (a: unknown) => unknown)(arg);
const samplesFor = (path: string) => get(SAMPLES, path) as readonly unknown[] | undefined;

/** Key paths of a catalogue, including the keys of objects its entries return. */
function keyPaths(catalogue: Catalogue): string[] {
  const out: string[] = [];
  for (const { path, value } of entries(catalogue)) {
    out.push(path);
    const samples = samplesFor(path);
    if (typeof value !== 'function' || !samples) continue;
    for (const sample of samples) {
      const result = call(value, sample);
      if (result !== null && typeof result === 'object') for (const e of entries(result)) out.push(`${path}()${e.path ? `.${e.path}` : ''}`);
    }
  }
  return [...new Set(out)].sort();
}

const functionPaths = entries(en)
  .filter((e) => typeof e.value === 'function')
  .map((e) => e.path);

/** Words an English text would have that no Finnish one should. */
const ENGLISH = /\b(the|and|is|are|not|with|before|after|must|no|promise|touchpoint|evidence|waiver|delivered)\b/i;
/** The prose of a text: without `code`, file names, ids, options and command names. */
const prose = (text: string) => text.replace(/`[^`]*`/g, ' ').replace(/\S*[-./]\S*/g, ' ');

describe('Finnish catalogue', () => {
  it('has exactly the keys of the English one, at every depth', () => {
    const enKeys = keyPaths(en);
    const fiKeys = keyPaths(fi);
    expect(fiKeys.filter((k) => !enKeys.includes(k)), 'keys only in fi.ts').toEqual([]);
    expect(enKeys.filter((k) => !fiKeys.includes(k)), 'keys only in en.ts').toEqual([]);
  });

  it('has sample data for every entry (add it to SAMPLES in this test)', () => {
    expect(functionPaths.filter((p) => !samplesFor(p)?.length)).toEqual([]);
  });

  const cases = functionPaths.flatMap((path) => (samplesFor(path) ?? []).map((sample, i) => ({ path, i, sample })));

  it.each(cases)('$path #$i is Finnish text, not the English one', ({ path, i, sample }) => {
    const fiOut = entries(call(get(fi, path), sample));
    const enOut = entries(call(get(en, path), sample));
    expect(fiOut.map((e) => e.path)).toEqual(enOut.map((e) => e.path));
    for (const [j, { path: sub, value }] of fiOut.entries()) {
      expect(typeof value, `${path}${sub}`).toBe('string');
      expect((value as string).trim(), `${path}${sub}`).not.toBe('');
      if (SAME_IN_BOTH.has(`${path}#${i}`)) continue;
      expect(value, `${path}${sub} is the English text`).not.toBe(enOut[j]!.value);
      expect(prose(value as string), `${path}${sub} has English words`).not.toMatch(ENGLISH);
    }
  });

  it('writes figures with a decimal comma in sentences, and keeps YAML examples as YAML', () => {
    const missed = fi.reason({ code: 'targetMissed', actual: 1.8, target: '<= 1.5', unit: 'päivää', summary: 'Toimitusajan p90' });
    expect(missed).toContain('1,8 päivää');
    expect(missed).toContain('<= 1,5');
    expect(missed).not.toMatch(/\d\.\d/);
    expect(fi.errors.missingMeasure({ kind: 'metric', missing: ['actual'] })).toContain('actual: 1.8');
  });

  it('inflects counts and places by number', () => {
    expect(fi.next({ code: 'verifyBefore', touchpoints: ['chat'], date: '2026-11-25', daysLeft: 1 })).toContain('1 päivä jäljellä');
    expect(fi.next({ code: 'verifyBefore', touchpoints: ['chat'], date: '2026-11-30', daysLeft: 6 })).toContain('6 päivää jäljellä');
    expect(fi.findings.brokenPromise({ since: '2026-11-01', touchpoints: tps.slice(0, 1) })).toContain('kosketuspisteessä: webshop');
    expect(fi.findings.brokenPromise({ since: '2026-11-01', touchpoints: tps.slice(0, 2) })).toContain('kosketuspisteissä: webshop');
    expect(fi.cli.invalidSummary({ count: 1, file: 'a.yaml' })).toContain('1 ongelma ');
    expect(fi.cli.invalidSummary({ count: 2, file: 'a.yaml' })).toContain('2 ongelmaa');
  });

  it('names statuses and tiers in Finnish, also inside findings', () => {
    expect(['ready', 'broken', 'blocked', 'pending', 'draft'].map((status) => fi.report.status({ status: status as 'ready' }))).toEqual([
      'valmis',
      'rikottu',
      'estetty',
      'tulossa',
      'luonnos',
    ]);
    expect(fi.findings.hygieneFirst({ hygiene: [{ id: 'phone-answered', status: 'blocked' }], touchpoints: ['phone'] })).toContain('hygienialupaus phone-answered on estetty kosketuspisteessä phone');
    expect(fi.findings.hygieneFirst({ hygiene: [{ id: 'phone-answered', status: 'broken' }], touchpoints: ['phone'] })).toContain('hygienialupaus phone-answered on rikottu kosketuspisteessä phone');
    expect(fi.findings.hygieneFirst({ hygiene: [{ id: 'a', status: 'broken' }, { id: 'b', status: 'blocked' }], touchpoints: ['phone', 'chat'] })).toContain(
      'hygienialupaukset a (rikottu), b (estetty) eivät pidä kosketuspisteissä phone, chat',
    );
  });
});

describe('words the reports show', () => {
  // Markdown and HTML reports show every text as written, so a backtick the
  // catalogue adds reaches a reader as a backtick, not as code. Findings, next
  // actions, evidence problems and report labels are written without them.
  // (Copy notes and command-line errors go to a terminal or JSON only, and keep them for keys and values.)
  const shown = functionPaths.filter((p) => /^(findings|report|document|next|problem|reason)\b/.test(p));
  const cases = shown.flatMap((path) => (samplesFor(path) ?? []).flatMap((sample, i) => (['en', 'fi'] as const).map((lang) => ({ path, i, lang, sample }))));
  it.each(cases)('$lang $path #$i has no backticks', ({ path, lang, sample }) => {
    const out = entries(call(get(lang === 'en' ? en : fi, path), sample));
    for (const { path: sub, value } of out) if (typeof value === 'string') expect(value, `${path}${sub}`).not.toContain('`');
  });
});
