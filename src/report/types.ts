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
}

/** A reporter turns one audit result into text. Pure. */
export type Reporter = (result: AuditResult, options: ReportOptions) => string;
