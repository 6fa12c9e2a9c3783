/**
 * The English message catalogue — the source catalogue: every other locale is
 * typed against it (`Catalogue`), so a missing key fails to compile.
 * Entries are functions, because other languages (Finnish) inflect and do not
 * fit fill-in templates.
 */
import type { RegisterCommand } from '../cli/load-register.js';
import type { FileErrorCode } from '../cli/write-failure.js';
import type { DataProblem } from '../register/data/measure.js';
import type { Unreadable } from '../register/host.js';
import type { YamlMistake } from '../register/yaml-mistakes.js';
import type { AnnexPoint, CopyNote, EvidenceProblem, NextAction, Status, TouchpointReason } from '../types.js';
import { commaTarget, readableFigure } from '../target.js';
import { clip, list, q, registerExample, withFixed, yamlQuoted } from './format.js';

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
/** Text from the register quoted in a sentence: an evidence item's summary. */
const quoted = (text: string): string => `“${text}”`;
/** A value from a data file in a sentence the reports show: a column's name, a cell. */
const cell = (value: unknown): string => quoted(clip(value));

/** `; hygiene-first also has findings at error level`, for rules that fail the gate beside an undelivered promise. */
const alsoFailing = (rules: readonly string[]): string =>
  rules.length === 0 ? '' : `; ${rules.join(', ')} also ${rules.length === 1 ? 'has' : 'have'} findings at error level`;

/** A value of the wrong type; `number` and `unit` when text holds a number (`"1,5"`, `95 %`). */
export interface WrongType {
  key: string;
  expected: ValueType;
  got: ValueType;
  number?: string;
  unit?: string;
}
/** How to write a value of the wrong type, where that can be shown. */
const wrongTypeFix = (p: WrongType): string => {
  if (p.number !== undefined) {
    if (p.unit === undefined) return ` — write it as a number: \`${p.key}: ${p.number}\``;
    return p.key === 'actual' ? ` — write the number alone, \`actual: ${p.number}\`, and the unit in \`unit: "${p.unit}"\`` : ` — write the number alone: \`${p.key}: ${p.number}\``;
  }
  if (p.got === 'nothing' && p.expected === 'list') return ` — write \`${p.key}: []\` for an empty list, or add items below it, each on a line that starts with \`- \``;
  if (p.got === 'nothing' && p.expected === 'mapping') return ' — add its entries on indented lines below it';
  if (p.got === 'nothing' && p.expected === 'date') return ` — write the date after the colon, like \`${p.key}: 2026-11-24\``;
  if (p.got === 'nothing') return ' — write the value after the colon';
  return '';
};

/** A common YAML mistake, in words (register/yaml-mistakes.ts). */
const yamlMistakeText = (m: YamlMistake): string => `${m.kind === 'misaligned' || m.kind === 'blockTextIndent' ? 'the indentation is off: ' : 'YAML syntax error: '}${yamlMistakeWords(m)}`;
const yamlMistakeWords = (m: YamlMistake): string => {
  switch (m.kind) {
    case 'keyInValue':
      return 'a key inside a value — a value with `: ` in it needs quotes (`statement: "Free returns: 60 days"`), or the line is indented deeper than the keys beside it';
    case 'notKeyValue':
      return 'the line is not `key: value` — is the colon missing, or the space after it?';
    case 'keyWithoutValue':
      return 'a word with no `: ` after it where a key is expected — write `key: value`';
    case 'missingDash':
      return 'a list item without `- ` — start it with `- ` like the items above it';
    case 'dashAfterKey':
      return 'a list cannot start on its key\'s line — put each `- item` on a line of its own below the key, or write `[a, b]`';
    case 'quoteNotClosed':
      return `a quote (${m.quote}) is opened and never closed — add the closing quote at the end of the value`;
    case 'apostrophe':
      return 'an apostrophe inside single quotes ends the value — write it twice (`\'We\'\'re open\'`), or put the value in double quotes';
    case 'bracketNotClosed':
      return m.bracket === ']'
        ? 'a list opened with `[` is never closed with `]` — close it on the same line, or write the list as lines that start with `- `'
        : 'a mapping opened with `{` is never closed with `}` — close it on the same line, or write its keys on lines of their own';
    case 'bracketIndent':
      return `a line that continues a \`${m.bracket === ']' ? '[…]' : '{…}'}\` must be indented deeper than its key — indent it, or keep the brackets on one line`;
    case 'extraBracket':
      return `a \`${m.bracket}\` with no \`${m.bracket === ']' ? '[' : '{'}\` to close — remove it`;
    case 'misaligned':
      return 'keys or list items of the same level must start in the same column — line them up';
    case 'badEscape':
      return 'a backslash in double quotes starts an escape, and this one is not valid — write `\\\\` for a backslash, or put the value in single quotes';
    case 'reservedStart':
      return `a key or value cannot start with ${m.char} unless it is in quotes — put it in quotes`;
    case 'commentWithoutSpace':
      return '`#` starts a comment only after a space — add a space before `#`, or put the whole value in quotes';
    case 'emptyItem':
      return 'an empty item in brackets (a comma with nothing before it) — remove the extra comma, or write the missing item';
    case 'tag':
      return `the YAML tag \`${m.tag}\` cannot be applied here, and a register is plain data — remove the tag (and put the value in quotes if it is text)`;
    case 'textAfterQuote':
      return `a quoted value ends at its closing quote (${m.quote}), and text follows it — put the whole value in quotes of the other kind (${m.quote === '"' ? '`statement: \'"Fast" delivery\'`' : '`statement: "\'Fast\' delivery"`'}), or leave the quotes out`;
    case 'textAfterBracket':
      return `a \`${m.bracket === ']' ? '[…]' : '{…}'}\` value ends at its \`${m.bracket}\`, and text follows it — move the text inside the brackets, or remove it`;
    case 'missingComma':
      return m.bracket === ']'
        ? 'two items in brackets without a comma between them — separate the items with commas (`[webshop, store]`)'
        : 'two entries in `{…}` without a comma between them — separate them with commas (`{ name: Team, contact: team@example.com }`), or put a value with `: ` in it in quotes';
    case 'listWithoutBrackets':
      return 'quoted items with commas between them make a list only in brackets — write `claims: ["fast delivery", "free returns"]`, or put each `- item` on a line of its own';
    case 'dashInBrackets':
      return 'a list in brackets cannot hold `- ` items — write `[a, b]` on one line, or drop the brackets and put each `- item` on a line of its own';
    case 'blockBlankSpaces':
      return 'blank lines first in this block hold more spaces than its text is indented — remove the spaces from those blank lines';
    case 'indicatorStart':
      return `a value that starts with \`${m.indicator}\` needs quotes, since YAML reads a bare \`${m.indicator}\` as the start of a block of text — write \`${m.key === undefined ? '- ' : `${m.key}: `}${yamlQuoted(m.value)}\``;
    case 'textOnBlockHeader':
      return `the text of a \`${m.indicator}\` block starts on the line below it, indented deeper than its key — move the text there, or leave out the \`${m.indicator}\``;
    case 'blockTextIndent':
      return `the text of a \`${m.indicator}\` block must be indented deeper than the key or \`-\` it belongs to — indent each of its lines`;
  }
};
const fileErrorWords: Record<FileErrorCode, string> = {
  ENOENT: 'the folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EEXIST: 'it already exists',
  EIO: 'an input/output error',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'the path has too many symbolic links (a loop?)',
};
/** A system error's words; one without words of its own is named by its code. */
const systemWords = (code: string) => (Object.hasOwn(fileErrorWords, code) ? fileErrorWords[code as FileErrorCode] : `the system refused (${code})`);
/** Why a file that is there cannot be read (an included file, a data file). */
const unreadableText = (u: Unreadable): string => {
  switch (u.reason) {
    case 'directory':
      return 'it is a folder — name a file';
    case 'outside':
      return "a symbolic link on its path leads outside the register's folder, and only files inside it are read — copy the file into the folder";
    case 'notFile':
      return 'it is not a regular file (a device, a pipe or a socket)';
    case 'system':
      return systemWords(u.code);
  }
};
const dataProblemText = (p: DataProblem): string => {
  switch (p.code) {
    case 'missing':
      return 'the file does not exist';
    case 'unreadable':
      return `the file cannot be read: ${unreadableText(p.why)}`;
    case 'empty':
      return 'the file has no rows';
    case 'malformed':
      switch (p.why?.kind) {
        case 'quoteNotClosed':
          return 'the file is not valid CSV: a quoted field is never closed (the file ends inside it)';
        case 'strayQuote':
          return 'the file is not valid CSV: a quote in the middle of a field — put the whole field in quotes, and write each quote inside it twice ("")';
        case 'fieldCount':
          return `the file is not valid CSV: this row has ${count(p.why.fields, 'field')}, the header ${p.why.columns}`;
        case 'notJson':
          return `the file is not valid JSON (${p.detail})`;
        default:
          return `the file is not valid: ${p.detail}`;
      }
    case 'notTable':
      return 'the JSON is not a list of objects';
    case 'noColumn':
      return p.column ? `there is no column ${cell(p.column)} (columns: ${list(p.columns, 'none', 8, cell)})` : 'this statistic needs the column to compute it from: add column under data';
    case 'notNumber':
      return `${cell(p.value)} in column ${cell(p.column)} is not a number` + (p.decimalComma ? ' — for decimal commas add decimal: "," under data' : '');
    case 'notDate':
      return `${cell(p.value)} in column ${cell(p.column)} is not a date like 2026-10-31`;
    case 'outOfScale':
      return `${p.value} in column ${cell(p.column)} is outside the ${p.scale} scale`;
  }
};
const at = (file: string, line: number | null) => (line === null ? file : `${file}:${line}`);
const reasonText = (r: TouchpointReason): string => {
  switch (r.code) {
    case 'dataUnreadable':
      return `data unreadable: ${at(r.file, r.line)}: ${dataProblemText(r.problem)}`;
    case 'noEvidence':
      return 'no evidence';
    case 'expired':
      return `evidence expired on ${r.expiredOn}`;
    case 'verifiedInFuture':
      return `evidence verified in the future (${r.verified})`;
    case 'targetMissed':
      return `target missed: ${quoted(r.summary)} is ${readableFigure(r.actual, r.target)}${r.unit ? ` ${r.unit}` : ''}, the target is ${r.target}`;
  }
};
const atTouchpoints = (tps: { id: string; reason: TouchpointReason }[]) => tps.map((t) => `${t.id} (${reasonText(t.reason)})`).join(', ');


export type ValueType = 'text' | 'number' | 'integer' | 'list' | 'mapping' | 'boolean' | 'nothing' | 'date' | 'infinite' | 'binary';

const typeName: Record<ValueType, string> = {
  text: 'text',
  number: 'a number',
  integer: 'a whole number',
  list: 'a list',
  mapping: 'a mapping (key: value lines)',
  boolean: 'true or false',
  nothing: 'empty',
  date: 'a date',
  infinite: 'infinity or not-a-number (`.inf`, `.nan`)',
  binary: 'binary data (`!!binary`)',
};

/** Why a promise mentioned in copy is not delivered: its status, then its undelivered touchpoints. */
const claimStatus = (p: { status: Status; announce: string | null }) =>
  p.status === 'broken'
    ? `is broken: public since ${p.announce} and not delivered`
    : p.status === 'blocked'
      ? `is blocked: announced for ${p.announce} and not delivered`
      : p.status === 'pending'
        ? `is pending: announced for ${p.announce} and not delivered`
        : p.status === 'draft'
          ? 'is a draft: no announce date and not delivered'
          : `is ${p.status} and not delivered`;
const annexPoint = (point: AnnexPoint) => `Directive 2005/29/EC, Annex I point ${point}, added by Directive (EU) 2024/825`;
const copyRules = 'claim-not-delivered, generic-claim';

export const en = {
  errors: {
    notUtf8: (_: { byte: number }) => 'the file is not valid UTF-8 text — save it as UTF-8 (in Excel or Notepad: "Save as… UTF-8")',
    binaryFile: (_: Record<string, never>) => 'the file contains NUL bytes and looks binary, not a YAML register',
    emptyFile: (_: Record<string, never>) =>
      'the register is empty — start one with `promise-audit init`, or add `version: 1`, `brand`, `owners`, `touchpoints` and `promises`',
    notAMapping: (p: { got: ValueType }) =>
      `the register must be a mapping of keys such as \`version: 1\` and \`brand: …\`, but the file holds ${typeName[p.got]}`,
    tooLarge: (p: { size: number; max: number }) =>
      `the file is ${p.size} bytes, more than the limit of ${p.max} bytes — raise it with --max-size if the file is really this large`,
    yamlSyntax: (p: { detail: string; why?: YamlMistake }) => (p.why ? yamlMistakeText(p.why) : `YAML syntax error: ${p.detail}`),
    tabIndent: (_: Record<string, never>) => 'a tab is used for indentation — YAML indents with spaces only',
    badIndent: (p: { detail: string; why?: YamlMistake }) => (p.why ? yamlMistakeText(p.why) : `the indentation is off: ${p.detail} — line up keys of the same level`),
    duplicateKey: (p: { key: string }) => `the key ${q(p.key)} appears twice in the same mapping — keep one`,
    multipleDocs: (_: Record<string, never>) => 'the file holds more than one YAML document (`---`) — a register is one document',
    tooDeep: (p: { max: number }) => `the file nests lists or mappings more than ${p.max} levels deep — a register needs only a few levels; check the brackets and indentation`,
    aliasLimit: (p: { max: number }) =>
      `the file expands YAML aliases more than ${p.max} times (an "alias bomb") — write the values out, or raise the limit with --max-aliases`,
    unknownAlias: (p: { name: string }) =>
      `YAML reads \`*${p.name}\` as an alias, a reference to a value marked \`&${p.name}\` before it, and there is none — if it is text, put it in quotes: \`"*${p.name}"\``,
    unknownKey: (p: { key: string; suggestion?: string; allowed: string[]; flowComma?: boolean }) =>
      p.suggestion
        ? `unknown key ${q(p.key)} — did you mean ${q(p.suggestion)}?`
        : p.flowComma
          ? `unknown key ${q(p.key)} — a comma inside { … } starts a new key: if it belongs to the text before it, put that text in quotes`
          : `unknown key ${q(p.key)} — allowed here: ${list(p.allowed, 'none')}`,
    required: (p: { key: string }) => `${q(p.key)} is required here`,
    wrongType: (p: WrongType) => `${q(p.key)} must be ${typeName[p.expected]}, not ${typeName[p.got]}${wrongTypeFix(p)}`,
    emptyText: (p: { key: string }) => `${q(p.key)} must not be empty`,
    badDate: (p: { key: string; value: unknown; iso?: string; noSuchDay?: true }) =>
      `${q(p.key)} must be a date like 2026-11-24 (year-month-day), not ${q(p.value)}` +
      (p.iso ? ` — write \`${p.key}: ${p.iso}\`` : p.noSuchDay ? ' — that day is not in the calendar' : ''),
    badId: (p: { key: string; value: unknown }) =>
      `${q(p.value)} is not a valid id for ${q(p.key)} — use lower-case letters, digits and single hyphens, like two-day-delivery`,
    badEnum: (p: { key: string; value: unknown; allowed: string[]; suggestion?: string }) =>
      `${q(p.key)} must be one of ${list(p.allowed, '')}, not ${q(p.value)}` + (p.suggestion ? ` — did you mean ${q(p.suggestion)}?` : ''),
    badVersion: (p: { value: unknown; quoted?: boolean }) =>
      typeof p.value === 'string' && Number(p.value) === 1
        ? `\`version\` must be the number 1, not the text "${p.value}"${p.quoted ? ' — remove the quotes' : ''}`
        : `\`version\` must be 1 (the only register format so far), not ${q(p.value)}`,
    badTarget: (p: { value: unknown }) =>
      `\`target\` must be a comparison and a number, like "<= 2" or ">= 90" (one of <, <=, >, >=, ==), not ${q(p.value)}` +
      withFixed(commaTarget(p.value), (fixed) => ` — write decimals with a point: "${fixed}"`),
    atLeastOne: (p: { key: string }) => `${q(p.key)} needs at least one entry`,
    tooSmall: (p: { key: string; min: number }) => `${q(p.key)} must be at least ${p.min}`,
    invalidValue: (p: { key: string; detail: string }) => `${q(p.key)} is not valid: ${p.detail}`,
    duplicatePromiseId: (p: { id: string; firstLine: number; firstFile?: string }) =>
      `promise id ${q(p.id)} is already used ${p.firstFile ? `in ${p.firstFile} on line ${p.firstLine}` : `on line ${p.firstLine}`} — every promise needs its own id`,
    duplicateId: (p: { section: 'owners' | 'touchpoints' | 'campaigns'; id: string; first: string }) =>
      `${q(p.id)} is already defined in \`${p.section}\` at ${p.first} — each id is defined once across the register's files`,
    includeMissing: (p: { path: string }) => `the included file ${q(p.path)} does not exist — check the path in \`include\``,
    includeDirectory: (p: { path: string }) => `the included path ${q(p.path)} is a folder — name files, or a glob like evidence/*.yaml`,
    includeUnreadable: (p: { path: string; why: Unreadable }) => `cannot read the included file ${q(p.path)}: ${unreadableText(p.why)}`,
    includeNoMatch: (p: { path: string }) => `the include pattern ${q(p.path)} matches no file — check the folder and the pattern`,
    includeOutside: (p: { path: string }) =>
      `${q(p.path)} leads outside the register's folder — included and data files must be inside the folder of the root register`,
    includeCycle: (p: { path: string }) => `the register includes itself (${q(p.path)}) — an included file cannot be the root register`,
    includeNoHost: (_: Record<string, never>) => 'this register names other files (`include` or `data`), which cannot be read here — load it from a file',
    rootOnlyKey: (p: { key: string }) => `${q(p.key)} belongs in the root register only, not in an included file — move it there`,
    dataAndActual: (_: Record<string, never>) => '`actual` and `data` exclude each other — keep `data` to compute the figure, or `actual` to type it',
    verifiedOrDateColumn: (_: Record<string, never>) =>
      '`verified` is required here — or give `data.date_column`, and the last day of the data becomes the verified day',
    dataOutside: (p: { path: string }) =>
      `the data file ${q(p.path)} leads outside the register's folder — keep data files inside the folder of the root register`,
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
      `${p.kind} evidence needs ${p.missing.map((m) => `\`${m}\``).join(' and ')} — the figure measured (or \`data\` to compute it) and the target it must meet, like target: "<= 2" and actual: 1.8`,
    endsBeforeLaunch: (p: { ends: string; launch: string }) =>
      `the campaign \`ends\` (${p.ends}) before it launches (${p.launch}) — check both dates`,
  },
  findings: {
    claimNotDelivered: (p: { text: string; promise: string; status: Status; announce: string | null; touchpoints: { id: string; reason: TouchpointReason }[] }) =>
      `the copy claims “${p.text}” (promise ${p.promise}), but the promise ${claimStatus(p)} at ${atTouchpoints(p.touchpoints)} — take the claim out of the copy until the promise is ready, or deliver it first`,
    genericClaim: (p: { text: string; point: AnnexPoint; inForce: boolean }) => {
      const banned = p.inForce ? 'banned since 27 September 2026' : 'banned from 27 September 2026';
      switch (p.point) {
        case '4a':
          return `“${p.text}” is a generic environmental claim, ${banned} unless you can show recognised excellent environmental performance (${annexPoint('4a')}) — say exactly what is better and prove it, or make it a promise in the register with evidence`;
        case '4b':
          return `“${p.text}” is a claim about the whole product, ${banned} when it holds for one aspect only (${annexPoint('4b')}) — say which part it is true of, or prove it for the whole product`;
        case '4c':
          return `“${p.text}” claims a neutral or positive climate impact, ${banned} when it rests on offsetting emissions (${annexPoint('4c')}) — say what was reduced in your own value chain, and by how much`;
      }
    },
    ignoreWithoutReason: (p: { rule: string; line: number }) =>
      `this promise-audit-ignore for ${p.rule} gives no reason, so it suppresses nothing on line ${p.line} — write the reason after a colon: promise-audit-ignore ${p.rule}: why this is no claim`,
    brokenPromise: (p: { since: string; touchpoints: { id: string; reason: TouchpointReason }[] }) =>
      `public since ${p.since} but not delivered at ${atTouchpoints(p.touchpoints)} — deliver it now or withdraw the promise from marketing`,
    launchBlocked: (p: { announce: string; daysLeft: number; touchpoints: { id: string; reason: TouchpointReason }[] }) =>
      `announced on ${p.announce} (in ${days(p.daysLeft)}) but not delivered at ${atTouchpoints(p.touchpoints)} — verify delivery before the launch, or move the announcement`,
    planMissing: (p: { touchpoint: string; deadline: string }) =>
      `no plan to deliver at ${p.touchpoint} — add a plan item with a due date on or before ${p.deadline}`,
    planLate: (p: { touchpoint: string; due: string; deadline: string; announce: string }) =>
      `the plan for ${p.touchpoint} is due ${p.due}, after ${p.deadline} (announce ${p.announce} minus the lead time) — deliver earlier or move the announcement`,
    expiresBeforeLaunch: (p: { touchpoint: string; validUntil: string; date: string; until: 'announce' | 'campaignEnds' }) =>
      `the evidence at ${p.touchpoint} is valid only until ${p.validUntil}, before ${p.until === 'announce' ? 'the announcement on' : 'the campaign ends on'} ${p.date} — verify it again before then`,
    evidenceFuture: (p: { touchpoint: string; verified: string }) =>
      `evidence at ${p.touchpoint} is verified on ${p.verified}, after the audit day, so it does not count yet — check the date`,
    customerVoice: (_: Record<string, never>) =>
      'a differentiating promise with no survey evidence: nobody has asked the customer — add evidence of kind survey',
    hygieneFirst: (p: { hygiene: { id: string; status: Status }[]; more?: number; touchpoints: string[] }) =>
      (p.hygiene.length === 1 && !p.more
        ? `announced while the hygiene promise ${p.hygiene[0]!.id} is ${p.hygiene[0]!.status} at ${p.touchpoints.join(', ')}`
        : `announced while the hygiene promises ${p.hygiene.map((h) => `${h.id} (${h.status})`).join(', ')}${p.more ? ` and ${p.more} more` : ''} are not kept at ${p.touchpoints.join(', ')}`) +
      ' — fix the basics before the wow',
    waiverExpired: (p: { rule: string; expires: string }) =>
      `the waiver for ${p.rule} expired after ${p.expires} and no longer applies — renew it with a new date, or remove it`,
    dataUnreadable: (p: { touchpoint: string; file: string; line: number | null; problem: DataProblem }) =>
      `the data for the evidence at ${p.touchpoint} cannot be used — ${at(p.file, p.line)}: ${dataProblemText(p.problem)}; until it is fixed the evidence does not count`,
    sampleTooSmall: (p: { touchpoint: string; n: number; min: number }) =>
      `the figure at ${p.touchpoint} comes from only ${p.n} ${p.n === 1 ? 'observation' : 'observations'} (at least ${p.min} wanted) — collect more data before trusting it`,
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
    columnsLeftOut: (p: { columns: string[] }) =>
      `${p.columns.length === 1 ? p.columns[0] : `${p.columns.slice(0, -1).join(', ')} and ${p.columns.at(-1)}`} ${p.columns.length === 1 ? 'is' : 'are'} left out to fit the terminal — widen it, or see every column with --format markdown or html`,
    moreRows: (p: { count: number; max: number }) =>
      `… and ${p.count} more ${p.count === 1 ? 'promise' : 'promises'}: the table shows ${p.max} at most, those not ready first — --format csv or json lists every one`,
    findingsHeading: (_: Record<string, never>) => 'Findings',
    noFindings: (_: Record<string, never>) => 'No findings.',
    waivedTag: (_: Record<string, never>) => 'waived',
    waived: (p: { reason: string; approvedBy: string; expires: string }) => `waived: ${p.reason} (approved by ${p.approvedBy}, until ${p.expires})`,
    rulesHelp: (_: Record<string, never>) => 'What each rule means and how to fix it:',
    verdictPass: (_: Record<string, never>) => 'PASS',
    verdictFail: (_: Record<string, never>) => 'FAIL',
    counts: (p: { ready: number; broken: number; blocked: number; pending: number; draft: number }) =>
      `${p.ready} ready, ${p.broken} broken, ${p.blocked} blocked, ${p.pending} pending, ${p.draft} draft`,
    findingCounts: (p: { errors: number; warnings: number; waived: number }) =>
      `${p.errors} ${p.errors === 1 ? 'error' : 'errors'}, ${p.warnings} ${p.warnings === 1 ? 'warning' : 'warnings'}` + (p.waived ? `, ${p.waived} waived` : ''),
    /** `undelivered`: a promise would be announced undelivered; `rules`: the other rules whose findings fail the gate. */
    verdictLine: (p: { verdict: 'pass' | 'fail'; failOn: 'error' | 'warning' | 'never'; undelivered: boolean; rules: readonly string[] }) =>
      p.verdict === 'pass'
        ? p.failOn === 'never'
          ? 'the gate passes: --fail-on never reports findings without failing'
          : 'the gate passes: nothing undelivered would be announced'
        : p.undelivered
          ? `the gate fails: a promise would be announced, or is public, undelivered${alsoFailing(p.rules)}`
          : `the gate fails: findings at ${p.failOn === 'warning' ? 'warning level or above' : 'error level'} from ${p.rules.join(', ')}`,
  },
  explain: {
    owner: (p: { owner: string }) => `owner ${p.owner}`,
    auditDay: (p: { asOf: string }) => `audit day ${p.asOf}`,
    campaign: (p: { campaign: string }) => `campaign ${p.campaign}`,
    noAnnounce: (_: Record<string, never>) => 'Announce date: none — a draft, an aspiration and not yet a promise.',
    announceOwn: (p: { date: string }) => `Announce date: ${p.date}, from the promise's own \`announce\`.`,
    announceCampaign: (p: { date: string; campaign: string; name: string }) => `Announce date: ${p.date}, the launch of campaign ${p.campaign} (${p.name}) — the earliest date that makes it public.`,
    leadTime: (p: { days: number; deadline: string }) => `Lead time: ${p.days} days, so delivery must be verified by ${p.deadline}.`,
    statusWhy: (p: { status: Status; delivered: number; required: number; asOf: string; announce: string | null; campaign: string | null }) => {
      const d = `delivered at ${p.delivered} of ${p.required} touchpoints`;
      switch (p.status) {
        case 'ready':
          return `Status ready: ${d} — every touchpoint keeps it.`;
        case 'broken':
          return `Status broken: ${d}, and public since ${p.announce} (on or before the audit day ${p.asOf}).`;
        case 'blocked':
          return p.campaign
            ? `Status blocked: ${d}, and it is in the audited campaign ${p.campaign}.`
            : `Status blocked: ${d}, and it goes public on ${p.announce}, within the lead time.`;
        case 'pending':
          return `Status pending: ${d}; it goes public on ${p.announce}, after the lead time, so there is still time.`;
        case 'draft':
          return `Status draft: ${d}, and nothing announces it yet.`;
      }
    },
    touchpoints: (p: { count: number }) => `Touchpoints (${p.count} required):`,
    delivered: (_: Record<string, never>) => 'delivered',
    notDelivered: (_: Record<string, never>) => 'not delivered',
    /** An evidence item's summary, in the language's quotation marks. */
    summary: (p: { text: string }) => quoted(p.text),
    verified: (p: { verified: string | null; by: string; validUntil: string | null }) =>
      p.verified ? `verified ${p.verified} by ${p.by}, valid until ${p.validUntil}` : `by ${p.by}, verified day unknown`,
    figure: (p: { actual: number; unit?: string; target: string }) => `${readableFigure(p.actual, p.target)}${p.unit ? ` ${p.unit}` : ''} against the target ${p.target}`,
    computed: (p: { stat: string; column?: string; file: string; n: number; period?: { from: string; to: string } }) =>
      `computed: ${p.stat}${p.column ? ` of column ${p.column}` : ''} in ${p.file}, n = ${p.n}` + (p.period ? `, ${p.period.from} – ${p.period.to}` : ''),
    source: (p: { source: string }) => `source: ${p.source}`,
    plan: (p: { due: string; note?: string }) => `plan: due ${p.due}${p.note ? ` — ${p.note}` : ''}`,
    findings: (p: { count: number }) => (p.count === 0 ? 'Findings: none.' : `Findings (${p.count}):`),
    waivers: (p: { count: number }) => `Waivers (${p.count}):`,
    waiverState: (p: { approvedBy: string; expires: string; live: boolean; covers: number }) =>
      `(approved by ${p.approvedBy}, ${p.live ? `live until ${p.expires}` : `expired after ${p.expires}`}, covers ${p.covers} ${p.covers === 1 ? 'finding' : 'findings'})`,
    next: (_: Record<string, never>) => 'Next:',
    unknownPromise: (p: { value: string; suggestion?: string; defined: string[] }) =>
      `there is no promise ${q(p.value)} in the register` + (p.suggestion ? ` — did you mean ${q(p.suggestion)}?` : ` (promises: ${list(p.defined, 'none')})`),
    notInCampaign: (p: { value: string; campaign: string }) => `promise ${q(p.value)} is not in campaign ${q(p.campaign)} — leave out --campaign, or pick a promise of that campaign`,
  },
  /** The `scan` command and the copy part of reports (`check --copy`). */
  scan: {
    heading: (_: Record<string, never>) => 'Claims in copy',
    summary: (p: { files: number; mentions: number; covered: number }) =>
      `${p.files} ${p.files === 1 ? 'file' : 'files'} searched · ` +
      (p.mentions === 0
        ? 'no promise mentioned'
        : `${p.mentions} ${p.mentions === 1 ? 'mention' : 'mentions'} of promises, ${p.covered} of them covered by a ready promise`),
    covered: (_: Record<string, never>) => 'covered',
    notCovered: (p: { status: Status }) => `not delivered (${p.status})`,
    suppressed: (p: { count: number; covers: number }) =>
      `${p.count} inline ${p.count === 1 ? 'suppression' : 'suppressions'} with a reason, covering ${p.covers} ${p.covers === 1 ? 'finding' : 'findings'}`,
    noPromiseGroup: (_: Record<string, never>) => 'Not tied to a promise',
    verdictLine: (p: { verdict: 'pass' | 'fail'; failOn: 'error' | 'warning' | 'never' }) =>
      p.verdict === 'pass'
        ? p.failOn === 'never'
          ? 'the gate passes: --fail-on never lets every finding through'
          : 'the gate passes: the copy claims nothing that is not delivered'
        : p.failOn === 'warning'
          ? 'the gate fails: the copy has findings at warning level or above'
          : 'the gate fails: the copy claims a promise that is not delivered',
    note: (n: CopyNote): string => {
      switch (n.code) {
        case 'binary':
          return `${n.file}: skipped, it looks binary (it has NUL bytes)`;
        case 'tooLarge':
          return `${n.file}: skipped, ${n.size} bytes is more than the limit of ${n.max} bytes — raise it with --max-file-size`;
        case 'unreadable':
          return `${n.file}: skipped, cannot read it: ${systemWords(n.reason)}`;
        case 'notUtf8':
          return `${n.file}: not valid UTF-8, read as Windows-1252 — save it as UTF-8`;
        case 'unparsable':
          return `${n.file}: not valid ${n.format === 'json' ? 'JSON' : 'YAML'}, searched as plain text`;
        case 'ignoreUnknownRule':
          return `${n.file}:${n.line}:${n.column}: promise-audit-ignore names ${q(n.rule)}, which is no copy rule${n.suggestion ? ` — did you mean ${q(n.suggestion)}?` : ` (copy rules: ${copyRules})`}; it suppresses nothing for it`;
        case 'ignoreNoRule':
          return `${n.file}:${n.line}:${n.column}: promise-audit-ignore names no rule, so it suppresses nothing — write promise-audit-ignore RULE: reason, with RULE one of ${copyRules}`;
      }
    },
    progress: (p: { done: number; total: number }) => `searching copy: ${p.done}/${p.total} files`,
    pathNotFound: (p: { path: string }) => `cannot find ${q(p.path)} — check the path`,
    cannotRead: (p: { path: string; reason: string }) => `cannot read ${q(p.path)}: ${systemWords(p.reason)} — nothing was searched; check that the file can be read, or leave it out`,
    noMatch: (p: { pattern: string }) => `${q(p.pattern)} matches no file — check the pattern, and quote it so the shell does not expand it`,
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
      case 'verifyBy':
        return a.daysLeft >= 0
          ? `verify evidence at ${a.touchpoints.join(', ')} by ${a.date} — ${days(a.daysLeft)} left`
          : `verify evidence at ${a.touchpoints.join(', ')} — due ${a.date}, ${days(-a.daysLeft)} late`;
      case 'deliverFirst':
        return `deliver at ${a.touchpoints.join(', ')} before setting an announce date`;
    }
  },
  problem: (p: EvidenceProblem): string => reasonText(p),
  cli: {
    fileNotFound: (p: { file: string }) => `cannot find the register ${q(p.file)} — check the path, or create one with \`promise-audit init\``,
    noDefaultRegister: (p: { dir: string; command: RegisterCommand }) =>
      `no promises.yaml or promises.yml in ${p.dir} — name the register (\`${registerExample(p.command, 'path/to/promises.yaml')}\`) or create one with \`promise-audit init\``,
    isDirectory: (p: { file: string }) => `${q(p.file)} is a folder, not a register file — name the YAML file inside it`,
    notAFile: (p: { file: string }) => `${q(p.file)} is not a regular file (a device, a pipe or a socket) — name the register's YAML file`,
    interrupted: (p: { signal: string }) => `stopped by ${p.signal} — reports are written whole or not at all, and no temporary file is left behind`,
    outputClosed: (p: { outputOption: boolean }) =>
      `standard output was closed before the whole report was written (to keep all of it, ${p.outputOption ? 'use -o FILE' : 'send it to a file: > FILE'})`,
    cannotRead: (p: { file: string; reason: string }) => `cannot read ${q(p.file)}: ${p.reason}`,
    cannotWrite: (p: { file: string; reason: string }) => `cannot write ${q(p.file)}: ${p.reason}`,
    cannotWriteOutput: (p: { reason: string }) => `cannot write to standard output: ${p.reason}`,
    fileError: (p: { code: string }): string => systemWords(p.code),
    refuseOverwriteRegister: (p: { file: string }) =>
      `refusing to write the report over ${q(p.file)}, which the register is read from — choose another --output file`,
    exists: (p: { file: string }) => `${q(p.file)} already exists — nothing was written; choose another name or remove it first`,
    refuseSchemaOverYaml: (p: { file: string }) =>
      `refusing to write the JSON Schema over ${q(p.file)}, an existing YAML file (a register?) — nothing was written; name a .json file`,
    written: (p: { file: string }) => `wrote ${p.file}`,
    valid: (p: { file: string; promises: number; touchpoints: number; owners: number; campaigns: number }) =>
      `${p.file} is valid: ${count(p.promises, 'promise')}, ${count(p.touchpoints, 'touchpoint')}, ${count(p.owners, 'owner')}, ${count(p.campaigns, 'campaign')}`,
    invalidSummary: (p: { count: number; file: string }) =>
      `${p.count} ${p.count === 1 ? 'problem' : 'problems'} in ${p.file} — nothing was audited`,
    moreProblems: (p: { count: number }) => `… and ${p.count} more ${p.count === 1 ? 'problem' : 'problems'} (see them all with --format json)`,
    badAsOf: (p: { value: string }) => `--as-of must be a date like 2026-11-24, not ${q(p.value)}`,
    // Mistakes on the command line itself (usage-errors.ts), each with what to do about it.
    unknownOption: (p: { option: string; suggestion?: string; help: string }) =>
      `there is no option ${q(p.option)}` + (p.suggestion ? ` — did you mean ${p.suggestion}?` : ` — see the options with \`${p.help}\``),
    badChoice: (p: { option: string; value: string; choices: string[] }) => `${p.option} cannot be ${q(p.value)} — use one of ${p.choices.join(', ')}`,
    notWholeNumber: (p: { option: string; value: string }) => `${p.option} must be a whole number above 0, not ${q(p.value)}`,
    optionNeedsValue: (p: { option: string; usage: string }) => `${p.option} needs a value after it: \`${p.usage}\``,
    missingArgument: (p: { argument: string; usage: string }) => `\`${p.argument}\` is missing — \`${p.usage}\``,
    tooManyArguments: (p: { command: string; got: number; takes: number; usage: string }) =>
      `\`${p.command}\` was given ${p.takes === 0 ? `${p.got === 1 ? 'an argument' : `${p.got} arguments`}, and takes none` : `${p.got} arguments, more than it takes`} — \`${p.usage}\`` +
      (p.takes > 0 ? '; put a name with spaces in quotes' : ''),
    unknownCommand: (p: { name: string; suggestion?: string }) =>
      `there is no command ${q(p.name)}` +
      (p.suggestion ? ` — did you mean \`promise-audit ${p.suggestion}\`? (Nor is there a register file of that name.)` : ' — see the commands with `promise-audit --help`'),
    unknownHelpTopic: (p: { name: string; suggestion?: string; commands: string[] }) =>
      `there is no command ${q(p.name)} to show help for` +
      (p.suggestion ? ` — did you mean \`promise-audit help ${p.suggestion}\`?` : ` (commands: ${list(p.commands, 'none')})`),
    unknownCampaign: (p: { value: string; defined: string[]; suggestion?: string }) =>
      `there is no campaign ${q(p.value)} in the register` +
      (p.suggestion ? ` — did you mean ${q(p.suggestion)}?` : ` (campaigns: ${list(p.defined, 'none')})`),
    initDone: (p: { file: string }) => `wrote ${p.file} — edit it, then run: promise-audit check ${p.file}`,
    internalError: (p: { version: string }) =>
      `promise-audit ${p.version} hit an internal error — this is a bug, not your mistake. Run again with --debug and report it with the output.`,
    errorPrefix: (_: Record<string, never>) => 'error',
  },
  /** What each rule checks and how to fix its findings: SARIF rule metadata, help texts. */
  ruleDocs: {
    'claim-not-delivered': {
      short: (_: Record<string, never>) => 'Copy makes a promise that is not delivered',
      full: (_: Record<string, never>) =>
        "A phrase of a promise's claims appears in copy — a web page, a newsletter, a CMS export — while the promise is not ready on the audit day: at least one of its touchpoints has no valid evidence of delivery. Customers read the claim before the house keeps it. A mention of a ready promise is fine and is listed as covered.",
      help: (_: Record<string, never>) =>
        'Take the claim out of the copy until the promise is ready, or deliver it at each touchpoint the message names and record the evidence. If the words are no claim of this promise, suppress them on the line before with <!-- promise-audit-ignore claim-not-delivered: reason -->, or add a waiver to the promise.',
    },
    'generic-claim': {
      short: (_: Record<string, never>) => 'Copy makes a generic environmental claim',
      full: (_: Record<string, never>) =>
        'The copy uses a generic environmental claim — such as "environmentally friendly", "climate neutral", "ympäristöystävällinen" or "vastuullisesti tuotettu" — of the kinds Directive (EU) 2024/825 added to the practices banned in all circumstances (Annex I of Directive 2005/29/EC) from 27 September 2026: a generic claim without recognised excellent environmental performance (point 4a), a claim about the whole product when the proof concerns one aspect (4b), or a neutral, reduced or positive climate impact based on offsetting (4c). Words that belong to a ready promise of the register pass: that promise carries the evidence.',
      help: (_: Record<string, never>) =>
        'Replace the generic word with the specific fact and its proof — what, how much, compared with what, verified by whom — or hold recognised proof: the EU Ecolabel, an official ecolabel recognised in a Member State, or top environmental performance under EU law. Register the specific claim as a promise with evidence and it counts as covered. Suppress a reviewed false positive with <!-- promise-audit-ignore generic-claim: reason -->.',
    },
    'broken-promise': {
      short: (_: Record<string, never>) => 'A public promise is not delivered',
      full: (_: Record<string, never>) =>
        'The promise is public — its announce date, or the launch of a campaign that lists it, is on or before the audit day — but at least one of its touchpoints has no valid evidence of delivery: no evidence at all, evidence that has expired, a metric or survey that missed its target, or evidence dated after the audit day. Every customer who meets the promise there finds it broken.',
      help: (_: Record<string, never>) =>
        'Deliver at each touchpoint the message names and record fresh evidence for it, or withdraw the promise from marketing until it is delivered. If the exception is known and accepted, add a waiver with a reason, an approver and an expiry date.',
    },
    'launch-blocked': {
      short: (_: Record<string, never>) => 'A promise about to be announced is not delivered',
      full: (_: Record<string, never>) =>
        'The promise is announced within the lead time (policy.lead_time_days, 14 days unless set), or it is in the campaign being audited, and at least one of its touchpoints has no valid evidence of delivery. Announced now, it would be a broken promise on launch day.',
      help: (_: Record<string, never>) =>
        'Verify delivery at each touchpoint the message names before the launch and record the evidence, or move the announce date (or take the promise out of the campaign) until it is delivered.',
    },
    'plan-missing': {
      short: (_: Record<string, never>) => 'An undelivered touchpoint has no plan',
      full: (_: Record<string, never>) =>
        'The promise is pending — its announce date is further away than the lead time — and at one of its touchpoints it is neither delivered nor planned: nobody has committed to delivering it there in time.',
      help: (_: Record<string, never>) =>
        'Add a plan item for the touchpoint with a due date no later than the announce date minus the lead time, and a note on how it gets delivered.',
    },
    'plan-late': {
      short: (_: Record<string, never>) => 'A plan is due too late for the announcement',
      full: (_: Record<string, never>) =>
        'A plan item for an undelivered touchpoint is due after the announce date minus the lead time, so delivery cannot be verified before the promise goes public.',
      help: (_: Record<string, never>) =>
        'Deliver earlier and move the due date of the plan to the deadline in the message or before, or move the announcement later.',
    },
    'expires-before-launch': {
      short: (_: Record<string, never>) => 'Evidence runs out before the announcement',
      full: (_: Record<string, never>) =>
        'The promise is ready today, but the evidence that keeps one of its touchpoints delivered expires before the announce date, or before the audited campaign ends. On that day the promise would no longer be delivered.',
      help: (_: Record<string, never>) =>
        'Verify delivery again before the evidence expires and record the new evidence, or give the evidence a later expires date if it really stays valid that long.',
    },
    'evidence-future': {
      short: (_: Record<string, never>) => 'Evidence is dated after the audit day',
      full: (_: Record<string, never>) =>
        'An evidence item is verified on a day after the audit day, so it does not count yet. Usually the date is a typo, or the audit day (as_of or --as-of) is earlier than meant.',
      help: (_: Record<string, never>) => 'Correct the verified date, or run the audit on the right day with --as-of.',
    },
    'customer-voice': {
      short: (_: Record<string, never>) => 'A differentiating promise has no survey evidence',
      full: (_: Record<string, never>) =>
        'A differentiator should set the brand apart in the eyes of its customers, yet none of its evidence is of kind survey: nobody has asked the customers whether they notice it. Any survey counts, whether or not it met its target.',
      help: (_: Record<string, never>) => 'Ask the customers — a survey with a target and the result — and add it as evidence of kind survey.',
    },
    'hygiene-first': {
      short: (_: Record<string, never>) => 'A differentiator is announced while a basic promise is not kept',
      full: (_: Record<string, never>) =>
        'A differentiating promise is announced (its announce date is past or within the lead time) while a hygiene promise on one of the same touchpoints is broken or blocked. Customers notice broken basics before any extra.',
      help: (_: Record<string, never>) =>
        'Deliver the hygiene promises the message names first, or move the announcement of the differentiator until they are kept.',
    },
    'waiver-expired': {
      short: (_: Record<string, never>) => 'A waiver has expired',
      full: (_: Record<string, never>) =>
        'A waiver is past its expires date, so it no longer applies: the findings it covered count again.',
      help: (_: Record<string, never>) =>
        'Review the exception: renew the waiver with a new expires date and reason if it still holds, or remove it and fix the findings.',
    },
    'waiver-unused': {
      short: (_: Record<string, never>) => 'A waiver covers no finding',
      full: (_: Record<string, never>) =>
        'A live waiver matches no finding of its rule on its promise (at its touchpoint, when it names one). Exceptions nobody reviews pile up and hide the next real problem.',
      help: (_: Record<string, never>) => 'Remove the waiver, or correct its rule or touchpoint if it was meant to cover a finding.',
    },
    'data-unreadable': {
      short: (_: Record<string, never>) => 'The data file of an evidence item cannot be used',
      full: (_: Record<string, never>) =>
        'An evidence item computes its figure from a data file (`data`), but the file cannot be read, or the figure cannot be computed from it: the file is missing, a column is not there, or a value is not a number or a date. Until it is fixed the evidence does not count, so the touchpoint is not delivered by it.',
      help: (_: Record<string, never>) =>
        'Fix what the message names at the file and line it gives — the path (relative to the register), the column names or the values — or point `data.file` at the right file.',
    },
    'sample-too-small': {
      short: (_: Record<string, never>) => 'A figure comes from too few observations',
      full: (_: Record<string, never>) =>
        'An evidence item computes its figure from fewer observations than policy.min_sample (30 unless set). A figure from a handful of cases is an anecdote, not a measurement, however well it meets the target.',
      help: (_: Record<string, never>) =>
        'Collect more observations before trusting the figure, or lower policy.min_sample if a smaller sample really is enough for this register.',
    },
  },
  /** Texts of the CI formats (SARIF, JUnit, GitHub, CSV) and of `check --report`. */
  ci: {
    sarifSourceRoot: (_: Record<string, never>) => 'The root of the repository, or the folder the audit ran in',
    junitDraft: (_: Record<string, never>) => 'no announce date yet — an aspiration, not a promise',
    junitPending: (p: { announce: string }) => `announced on ${p.announce}, beyond the lead time`,
    notDelivered: (p: { touchpoints: { id: string; reason: TouchpointReason }[] }) => `not delivered at ${atTouchpoints(p.touchpoints)}`,
    githubTitle: (p: { rule: string; promise: string | null; touchpoint: string | null; waived: boolean }) =>
      `${p.waived ? 'waived: ' : ''}${p.rule}${p.promise ? ` · ${p.promise}` : ''}${p.touchpoint ? ` · ${p.touchpoint}` : ''}`,
    csvColumns: (_: Record<string, never>) => ({
      promise: 'Promise',
      statement: 'Statement',
      tier: 'Tier',
      stage: 'Stage',
      owner: 'Owner',
      status: 'Status',
      announce: 'Announce',
      campaigns: 'Campaigns',
      delivered: 'Delivered touchpoints',
      required: 'Required touchpoints',
      next: 'Next action',
      errors: 'Errors',
      warnings: 'Warnings',
      waived: 'Waived',
      location: 'Location',
      touchpoint: 'Touchpoint',
      touchpointName: 'Touchpoint name',
      touchpointDelivered: 'Delivered',
      reason: 'Why not delivered',
      validUntil: 'Evidence valid until',
      planDue: 'Plan due',
      planNote: 'Plan note',
    }),
    csvBoolean: (p: { value: boolean }) => (p.value ? 'yes' : 'no'),
    summaryTruncated: (p: { limit: string }) =>
      `The report was cut here to fit the ${p.limit} limit of a job summary; the full report is in the log, or in a file written with --report.`,
    summaryNotWritten: (p: { file: string; reason: string }) =>
      `cannot add the report to the job summary (GITHUB_STEP_SUMMARY, ${q(p.file)}): ${p.reason} — the annotations and the exit code are as they would be`,
    summaryFull: (p: { limit: string }) => `the job summary already holds close to ${p.limit}, GitHub's limit per step: the report was not added to it`,
    badReport: (p: { value: string; formats: string[] }) =>
      `--report needs FORMAT=FILE, with FORMAT one of ${list(p.formats, '', 20)}, like --report sarif=promises.sarif — not ${q(p.value)}`,
    reportToStdout: (p: { value: string; instead: string }) =>
      `--report writes a file, and standard output holds the report of --format — name a file (${q(p.instead)}), or use --format for standard output`,
    invalidRegister: (_: Record<string, never>) => 'The register cannot be read, or is not valid: nothing was audited',
    notAReport: (p: { file: string }) => `${q(p.file)} holds no earlier report of this format, so it is not replaced by the register's problems — choose another file`,
    reportIsStdout: (p: { file: string; instead: string }) =>
      `${q(p.file)} is where standard output goes, and it holds the report of --format — name another file for --report (${q(p.instead)}), or write the report of --format with -o`,
    reportTwice: (p: { file: string }) => `${q(p.file)} is named for more than one report — give each report its own file`,
    refuseReportOverRegister: (p: { file: string }) =>
      `refusing to write a report over ${q(p.file)}, which the register is read from — choose another file for --report`,
  },
  /** The help of every command: commander's headings, and each description and example. */
  help: {
    texts: (_: Record<string, never>) => ({
      usage: 'Usage:',
      options: 'Options:',
      commands: 'Commands:',
      arguments: 'Arguments:',
      default: 'default',
      choices: 'choices',
      program: 'Deliver first, promise second: audit a register of brand promises and block announcing any promise that is not yet delivered.',
      version: 'print the version',
      help: 'show help',
      helpCommand: 'display help for command',
      debug: 'show stack traces of internal errors',
      programAfter: `
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
      lang: "language of messages and reports (default: the register's locale, else en)",
      maxSize: 'refuse a register, or a file it includes or reads data from, larger than this',
      maxAliases: 'refuse registers that expand YAML aliases more often',
      color: 'force colours',
      noColor: 'no colours (also: NO_COLOR=1)',
      noGitignore: 'also search files that .gitignore leaves out',
      maxFileSize: 'skip copy files larger than this, with a note',
      register: 'the register file (default: ./promises.yaml or ./promises.yml)',
      asOf: "audit day, YYYY-MM-DD (default: the register's as_of, else today)",
      reportFormat: 'report format',
      outputFormat: 'output format',
      output: 'write the report to a file, atomically ("-": standard output, the default)',
      noSummary: 'with --format github: do not append the Markdown report to $GITHUB_STEP_SUMMARY',
      csvRows: 'csv: one row per promise, or per touchpoint of each promise',
      failOn: 'lowest severity that fails the gate',
      quiet: 'table: print only errors and the verdict',
      checkDescription: 'the launch gate: audit readiness of every promise and fail when one would be announced undelivered',
      checkSummary: 'the launch gate: fail when a promise would be announced undelivered',
      checkCampaign: 'audit only the promises of this campaign',
      checkReport: 'also write a report in another format to a file, from the same audit (repeatable)',
      checkCopy: 'also search copy (files, folders, globs) for claims, in the same report — put it after the register',
      checkAfter: `
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
      scanPaths: 'files, folders or globs of copy (default: the working folder, honouring .gitignore); !glob leaves files out',
      scanDescription: "search copy for the register's claims and for generic environmental claims: a claim of a promise that is not ready fails",
      scanSummary: 'search copy for claims of promises not ready, and generic green claims',
      scanRegister: 'the register (default: ./promises.yaml or ./promises.yml)',
      scanCampaign: "only the claims of this campaign's promises",
      scanReport: 'also write a report in another format to a file, from the same scan (repeatable)',
      scanAfter: `
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
      explainPromise: 'the id of the promise to explain',
      explainDescription: 'why a promise has its status: evidence per touchpoint, announce date, findings, next action (always exits 0)',
      explainSummary: 'why a promise has its status, touchpoint by touchpoint (exits 0)',
      explainCampaign: 'explain it as in the audit of this campaign',
      explainAfter: `
Examples:
  $ promise-audit explain two-day-delivery
  $ promise-audit explain two-day-delivery examples/webshop.yaml --format json`,
      validateDescription: 'check that a register is well-formed; every problem with file:line:column',
      validateAfter: `
Examples:
  $ promise-audit validate
  $ promise-audit validate marketing/promises.yaml --format json`,
      schemaDescription: 'print the JSON Schema of the register (draft 2020-12), for editors',
      schemaOutput: 'write it to a file ("-": standard output, the default)',
      schemaPart: 'the schema of a file named by `include` (owners, touchpoints, campaigns, promises, evidence)',
      schemaAfter: `
Examples:
  $ promise-audit schema -o register.schema.json
  $ promise-audit schema --part -o register-part.schema.json
then start promises.yaml with the line:
  # yaml-language-server: $schema=./register.schema.json`,
      initFile: 'where to write the starter register',
      initDescription: 'write a commented starter register (never overwrites a file)',
      initLang: 'language of the starter',
      initAfter: `
Examples:
  $ promise-audit init
  $ promise-audit init brand/promises.yaml --lang fi`,
    }),
  },
  /** Labels of the documents people read: the Markdown and HTML reports. Dates and figures come in already formatted. */
  document: {
    title: (p: { brand: string }) => `Promise readiness: ${p.brand}`,
    meta: (p: { asOf: string; campaign: string | null; campaignName?: string }) =>
      `Audit day ${p.asOf} · ${p.campaign ? `campaign ${p.campaignName ?? p.campaign} (${p.campaign})` : 'whole register'}`,
    policy: (p: { leadTimeDays: number; evidenceMaxAgeDays: number }) =>
      `Delivery must be verified ${days(p.leadTimeDays)} before announcing; evidence counts for ${days(p.evidenceMaxAgeDays)} unless it says otherwise.`,
    headings: (_: Record<string, never>) => ({
      counts: 'Promises by status',
      promises: 'Promises',
      grid: 'Delivery at each touchpoint',
      actions: 'Before launch, by owner',
      timeline: 'Timeline: delivery first, promise second',
      journey: 'Journey coverage',
      findings: 'Findings',
      waivers: 'Waivers',
      trail: 'Audit trail',
    }),
    countColumns: (_: Record<string, never>) => ({ errors: 'Errors', warnings: 'Warnings', waived: 'Waived' }),
    promiseColumns: (_: Record<string, never>) => ({
      status: 'Status',
      promise: 'Promise',
      statement: 'Statement',
      tier: 'Tier',
      announce: 'Announce',
      touchpoints: 'Delivered',
      next: 'Next action',
    }),
    notScheduled: (_: Record<string, never>) => 'not set',
    readyNotListed: (p: { count: number }) =>
      `${p.count} ready ${p.count === 1 ? 'promise is' : 'promises are'} not listed, to keep this report short; the JSON and HTML reports list them all.`,
    moreRows: (p: { count: number }) => `… and ${p.count} more, not listed to keep this report short; the JSON and HTML reports list them all.`,
    actionsIntro: (_: Record<string, never>) =>
      'What each team must do, and by when, so that every promise is kept wherever customers meet it. The whole house delivers, not only marketing.',
    noActions: (_: Record<string, never>) => 'Nothing to do: every promise in scope is delivered and no finding is open.',
    actionColumns: (_: Record<string, never>) => ({ deadline: 'Deadline', promise: 'Promise', touchpoint: 'Touchpoint', action: 'What to do' }),
    unowned: (_: Record<string, never>) => 'No owner',
    deadlineNow: (p: { since?: string }) => (p.since ? `now: public since ${p.since}` : 'now'),
    deadlineBy: (p: { date: string; daysLeft: number }) => `by ${p.date} (${p.daysLeft === 0 ? 'today' : `${days(p.daysLeft)} left`})`,
    deadlineBeforeAnnouncing: (_: Record<string, never>) => 'before it is announced',
    actionDeliver: (p: { touchpoint: string; reason: string }) => `deliver at ${p.touchpoint} and record the evidence (now: ${p.reason})`,
    actionPlan: (p: { due: string; note?: string }) => `plan due ${p.due}${p.note ? `: ${p.note}` : ''}`,
    actionRenew: (p: { touchpoint: string; validUntil: string }) => `verify delivery at ${p.touchpoint} again: the evidence is valid until ${p.validUntil}`,
    timelineIntro: (_: Record<string, never>) =>
      'For each announced or scheduled promise: when delivery was first verified, by the earliest evidence on record (at the last of its touchpoints), and when it is announced. Delivery comes first.',
    timelineAuditDay: (_: Record<string, never>) => 'Audit day',
    timelineLegend: (_: Record<string, never>) =>
      '✔ delivered before it was announced · ⚠ announced before the earliest evidence of delivery · ✖ public, not delivered · ◷ to be announced, not delivered yet',
    timelineColumns: (_: Record<string, never>) => ({ promise: 'Promise', delivered: 'Delivery verified', announce: 'Announced', order: 'Delivery first?' }),
    timelineState: (p: { kind: 'deliveredFirst' | 'announcedFirst' | 'broken' | 'upcoming'; days: number }) => {
      switch (p.kind) {
        case 'deliveredFirst':
          return p.days === 0 ? '✔ delivered on the day it was announced' : `✔ delivered ${days(p.days)} before it was announced`;
        case 'announcedFirst':
          return `⚠ announced ${days(p.days)} before the earliest evidence of delivery on record`;
        case 'broken':
          return p.days === 0 ? '✖ public from today, not delivered' : `✖ public for ${days(p.days)}, not delivered`;
        case 'upcoming':
          return `◷ announced in ${days(p.days)}, not delivered yet`;
      }
    },
    timelineMarkers: (_: Record<string, never>) => ({ delivered: 'delivery verified', announce: 'announced', auditDay: 'audit day' }),
    notDelivered: (_: Record<string, never>) => 'not delivered',
    noTimeline: (_: Record<string, never>) => 'No promise is announced or scheduled yet.',
    journeyIntro: (_: Record<string, never>) =>
      'Where along the customer journey promises are made, and where they are kept: kept/made at each touchpoint (✔ all kept, ✖ not all kept, — none made).',
    journeyStage: (_: Record<string, never>) => 'Stage',
    journeyAll: (_: Record<string, never>) => 'All touchpoints',
    stage: (p: { stage: 'awareness' | 'consideration' | 'purchase' | 'waiting' | 'delivery' | 'use' | 'aftercare' | null }) =>
      p.stage === null ? 'no stage given' : p.stage,
    journeyNone: (_: Record<string, never>) => 'no promise',
    journeyNoStages: (_: Record<string, never>) =>
      'No promise names its stage of the customer journey, so there is no coverage to show — give each promise a stage (stage: awareness, consideration, purchase, waiting, delivery, use or aftercare) to see which stages are promised and kept.',
    journeyGaps: (p: { stages: string[]; waiting: boolean }) =>
      `No promise is made at ${p.stages.length === 1 ? 'this stage' : 'these stages'}: ${p.stages.join(', ')}. Customers meet the brand there too` +
      (p.waiting ? ' — and waiting, between purchase and delivery, is the stage most often forgotten.' : '.'),
    journeyCovered: (_: Record<string, never>) => 'Every stage of the journey has at least one promise.',
    findingColumns: (_: Record<string, never>) => ({
      severity: 'Severity',
      rule: 'Rule',
      promise: 'Promise',
      touchpoint: 'Touchpoint',
      location: 'Where',
      message: 'Message',
    }),
    waivedTag: (_: Record<string, never>) => 'waived',
    waivedBy: (p: { reason: string; approvedBy: string; expires: string }) => `waived: ${p.reason} (approved by ${p.approvedBy}, until ${p.expires})`,
    waiverColumns: (_: Record<string, never>) => ({
      promise: 'Promise',
      rule: 'Rule',
      touchpoint: 'Touchpoint',
      reason: 'Reason',
      approvedBy: 'Approved by',
      expires: 'Until',
      state: 'State',
    }),
    waiverState: (p: { live: boolean; covers: number }) =>
      p.live ? `live, covers ${p.covers} ${p.covers === 1 ? 'finding' : 'findings'}` : 'expired, no longer applies',
    noWaivers: (_: Record<string, never>) => 'No waivers.',
    trailIntro: (_: Record<string, never>) => 'For every ready promise, the evidence that makes it ready at each touchpoint.',
    trailColumns: (_: Record<string, never>) => ({
      promise: 'Promise',
      touchpoint: 'Touchpoint',
      evidence: 'Evidence',
      verified: 'Verified',
      by: 'Verified by',
      figure: 'Figure',
      validUntil: 'Valid until',
      source: 'Source',
    }),
    figure: (p: { actual: string; unit?: string; target: string }) => `${p.actual}${p.unit ? ` ${p.unit}` : ''} (target ${p.target})`,
    evidenceKind: (p: { kind: string }) => p.kind,
    noTrail: (_: Record<string, never>) => 'No promise is ready yet.',
    trailOmitted: (p: { count: number }) =>
      `The evidence of ${p.count} ready ${p.count === 1 ? 'promise' : 'promises'} is not listed, to keep this report short; the JSON and HTML reports list it all.`,
    gridIntro: (_: Record<string, never>) => 'Each promise at each touchpoint where it must be kept.',
    gridDelivered: (_: Record<string, never>) => 'delivered',
    gridNotDelivered: (_: Record<string, never>) => 'not delivered',
    gridNotRequired: (_: Record<string, never>) => 'not required here',
    footer: (_: Record<string, never>) => 'Made with promise-audit: deliver first, promise second.',
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
