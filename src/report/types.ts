/** What every reporter receives besides the result. */
import type { Catalogue } from '../i18n/en.js';
import type { Lang } from '../i18n/index.js';
import type { AuditResult } from '../types.js';
import type { Styler } from './shared/style.js';

export interface ReportOptions {
  t: Catalogue;
  lang: Lang;
  /** Colours for terminal formats; plain for files. */
  style: Styler;
  /** Terminal width in columns, for formats that lay out text. */
  width: number;
  /** Table: only errors and the verdict. */
  quiet?: boolean;
  /** The tool's version, for formats that name it (SARIF). */
  version?: string;
  /**
   * Paths of the result's files relative to the repository root, keyed by the
   * path the result gives (relative to the working folder), for the files the
   * CLI found in a repository. Formats that code hosts read (SARIF, GitHub
   * annotations, JUnit, CSV) write these; see `shared/paths.ts`.
   */
  repositoryPaths?: Readonly<Record<string, string>>;
  /** CSV: one row per promise (default), or one per touchpoint of each promise. */
  csvRows?: 'promises' | 'touchpoints';
}

/** A reporter turns one audit result into text. Pure. */
export type Reporter = (result: AuditResult, options: ReportOptions) => string;
