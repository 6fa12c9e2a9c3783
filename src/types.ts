/**
 * Shared terms of the tool. Positions are 1-based lines and columns; columns
 * count UTF-16 code units (SARIF's default `columnKind`).
 */
import type { ErrorCode, ErrorData, FindingData, FindingMessageId } from './i18n/en.js';
import type { DataProblem } from './register/data/measure.js';
import type { RuleId } from './rule-ids.js';

export type { RuleId } from './rule-ids.js';

/** Where something is in a file. */
export interface Position {
  /** The file as the user named it (or relative to the working folder). */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
}

/** A structural problem of a register: language-free, localised by the CLI. */
export type Diagnostic = {
  [C in ErrorCode]: {
    /** Message id in the catalogue (`errors.<code>`). */
    code: C;
    /** Values the message is written from. */
    data: ErrorData<C>;
    location: Position;
  };
}[ErrorCode];

export type Severity = 'error' | 'warning';
export type SeveritySetting = Severity | 'off';

/** Readiness of a promise on the audit day (see docs/register.md). */
export type Status = 'ready' | 'broken' | 'blocked' | 'pending' | 'draft';
export const STATUSES: readonly Status[] = ['ready', 'broken', 'blocked', 'pending', 'draft'];

/** Why one evidence item does not count on the audit day. */
export type EvidenceProblem =
  | { code: 'dataUnreadable'; file: string; line: number | null; problem: DataProblem }
  | { code: 'verifiedInFuture'; verified: string }
  | { code: 'expired'; validUntil: string; /** The first day it no longer counts. */ expiredOn: string }
  | { code: 'targetMissed'; actual: number; target: string; unit?: string; summary: string };

/** Why a touchpoint is not delivered: no evidence, or the problem of its latest evidence. */
export type TouchpointReason = { code: 'noEvidence' } | EvidenceProblem;

/** One evidence item, judged on the audit day. */
export interface EvidenceCheck {
  /** Index in the promise's `evidence` list. */
  index: number;
  touchpoint: string;
  kind: string;
  summary: string;
  /** The day delivery was verified; null only when it was to come from data that could not be read. */
  verified: string | null;
  /** Last day it counts: `expires`, or verified + evidence_max_age_days; null when `verified` is. */
  validUntil: string | null;
  by: string;
  source?: string;
  target?: string;
  actual?: number;
  unit?: string;
  valid: boolean;
  problem?: EvidenceProblem;
  /** When `actual` was computed from a data file: what from. */
  data?: { file: string; stat: string; column?: string; n: number; period?: { from: string; to: string } };
  location: Position;
}

export interface TouchpointResult {
  id: string;
  name: string;
  delivered: boolean;
  /** Why not delivered; absent when delivered. */
  reason?: TouchpointReason;
  evidence: EvidenceCheck[];
  /** The plan for delivering it, if the register has one. */
  plan?: { due: string; note?: string };
}

/** Where the announce date comes from. */
export type AnnounceSource = { kind: 'announce' } | { kind: 'campaign'; campaign: string };

/** What to do next about a promise: structured, written out by the catalogue. */
export type NextAction =
  | { code: 'none' }
  | { code: 'renewBefore'; date: string; daysLeft: number }
  | { code: 'deliverNow'; touchpoints: string[] }
  | { code: 'verifyBefore'; touchpoints: string[]; date: string; daysLeft: number }
  /** As verifyBefore, but `date` itself is still in time (the last day of the lead time). */
  | { code: 'verifyBy'; touchpoints: string[]; date: string; daysLeft: number }
  | { code: 'deliverFirst'; touchpoints: string[] };

export interface PromiseResult {
  id: string;
  statement: string;
  tier: 'hygiene' | 'differentiator';
  stage?: string;
  owner: string;
  status: Status;
  /** The announce date A, or null for a draft. */
  announce: string | null;
  announceSource: AnnounceSource | null;
  /** Campaigns that list this promise. */
  campaigns: string[];
  touchpoints: TouchpointResult[];
  deliveredCount: number;
  next: NextAction;
  claims: string[];
  location: Position;
}

export interface WaiverResult {
  promise: string;
  rule: RuleId;
  touchpoint: string | null;
  reason: string;
  approvedBy: string;
  expires: string;
  live: boolean;
  /** How many findings it covers in this audit. */
  covers: number;
  location: Position;
}

export interface Summary {
  ready: number;
  broken: number;
  blocked: number;
  pending: number;
  draft: number;
  /** Error findings that are not waived. */
  errors: number;
  /** Warning findings that are not waived. */
  warnings: number;
  waived: number;
  verdict: 'pass' | 'fail';
}

export type FailOn = 'error' | 'warning' | 'never';

/** The point of Annex I of Directive 2005/29/EC a generic claim falls under (added by Directive (EU) 2024/825). */
export type AnnexPoint = '4a' | '4b' | '4c';

/** A phrase of a promise's `claims`, found in copy. */
export interface CopyMention {
  promise: string;
  /** The claim as the register writes it. */
  phrase: string;
  /** The words as the copy has them (markup left out, white space collapsed). */
  text: string;
  location: Position;
}

/** A built-in generic environmental claim, found in copy. */
export interface GenericClaimHit {
  /** The built-in phrase that matched. */
  phrase: string;
  point: AnnexPoint;
  lang: 'en' | 'fi';
  text: string;
  location: Position;
  /** Promises one of whose claims covers the same words. */
  promises: string[];
}

/** An inline suppression in copy: `<!-- promise-audit-ignore RULE: reason -->`. */
export interface CopySuppression {
  /** Where the comment starts. */
  location: Position;
  /** The line it applies to: the one after the comment. */
  line: number;
  rules: RuleId[];
  /** Null when the comment gives none: then it suppresses nothing and is reported. */
  reason: string | null;
}

/** Something the scan could not do as asked: told to the user, never a finding. */
export type CopyNote =
  | { code: 'binary'; file: string }
  | { code: 'tooLarge'; file: string; size: number; max: number }
  | { code: 'unreadable'; file: string; reason: string }
  | { code: 'notUtf8'; file: string }
  | { code: 'unparsable'; file: string; format: 'json' | 'yaml' }
  | { code: 'ignoreUnknownRule'; file: string; line: number; column: number; rule: string; suggestion?: string }
  | { code: 'ignoreNoRule'; file: string; line: number; column: number };

/** What a scan of copy found: the input of the copy rules (`audit(…, { copy })`). */
export interface CopyScan {
  /** Every file searched, as shown to the user, in order. */
  files: string[];
  mentions: CopyMention[];
  generic: GenericClaimHit[];
  suppressions: CopySuppression[];
  notes: CopyNote[];
}

/** The copy part of an audit: null when no copy was scanned. */
export interface CopyResult {
  /** True for `scan`: only the copy rules ran, not the register's. */
  copyOnly: boolean;
  /** How many files were searched. */
  files: number;
  /** Every mention of a promise in scope, in file order: covered when the promise is ready. */
  mentions: { promise: string; status: Status; covered: boolean; phrase: string; text: string; location: Position }[];
  /** Inline suppressions, with how many findings each one covers. */
  suppressions: (CopySuppression & { covers: number })[];
  notes: CopyNote[];
}

export interface AuditResult {
  schemaVersion: 1;
  brand: string;
  asOf: string;
  scope: { campaign: string | null };
  policy: { evidenceMaxAgeDays: number; leadTimeDays: number; failOn: FailOn };
  summary: Summary;
  promises: PromiseResult[];
  findings: Finding[];
  waivers: WaiverResult[];
  owners: Record<string, { name: string; contact?: string }>;
  touchpoints: Record<string, { name: string; owner?: string }>;
  campaigns: Record<string, { name: string; launch: string; ends?: string; promises: string[] }>;
  /** The register's source, for code frames. */
  source: { file: string; text: string };
  /** What `scan` or `check --copy` found in copy; null when no copy was scanned. */
  copy: CopyResult | null;
}

/**
 * A finding of a rule: language-free. Reporters write its message from
 * `messageId` and `data` with the catalogue of the chosen language.
 */
export type Finding = {
  [M in FindingMessageId]: {
    rule: RuleId;
    severity: Severity;
    /** The promise it is about, or null. */
    promise: string | null;
    /** The touchpoint where one applies, or null. */
    touchpoint: string | null;
    messageId: M;
    data: FindingData<M>;
    location: Position;
    /** Covered by a live waiver: shown, but not counted and never failing the gate. */
    waived: boolean;
    /** The waiver that covers it, when waived. */
    waiver?: { reason: string; approvedBy: string; expires: string };
  };
}[FindingMessageId];
