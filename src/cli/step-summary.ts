/**
 * The job summary of a GitHub Actions step: Markdown appended to the file
 * named by $GITHUB_STEP_SUMMARY, shown on the run's summary page
 * (https://docs.github.com/actions/reference/workflow-commands-for-github-actions#adding-a-job-summary).
 * GitHub refuses a step's summary above 1 MiB — the whole of it, not just our
 * part — and then shows nothing of it, so what we add is cut to fit what is
 * left, at a line break, with a note saying so.
 */
import { appendFileSync, statSync } from 'node:fs';
import type { Catalogue } from '../i18n/en.js';
import { GITHUB_STEP_SUMMARY_MAX_BYTES } from '../report/shared/limits.js';

export const STEP_SUMMARY_LIMIT = GITHUB_STEP_SUMMARY_MAX_BYTES;
/** The limit as the messages name it. */
export const STEP_SUMMARY_LIMIT_TEXT = '1 MiB';

export type SummaryOutcome = { written: 'all' | 'truncated'; bytes: number } | { written: 'nothing' };

/** Appends `markdown` to the summary file; throws what the file system throws. */
export function appendStepSummary(file: string, markdown: string, t: Catalogue): SummaryOutcome {
  let used = 0;
  try {
    used = statSync(file).size;
  } catch {
    // not there yet: appending creates it
  }
  const room = STEP_SUMMARY_LIMIT - used;
  const text = Buffer.from(markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
  if (text.length <= room) {
    appendFileSync(file, text);
    return { written: 'all', bytes: text.length };
  }
  const note = `\n> ${t.ci.summaryTruncated({ limit: STEP_SUMMARY_LIMIT_TEXT })}\n`;
  // Room for the note, and for closing a code block (a Mermaid chart) the cut may fall in.
  const budget = room - Buffer.byteLength(note) - 4;
  // Cut after a line feed: a byte 0x0A is always a whole character in UTF-8.
  const cut = budget > 0 ? text.lastIndexOf(0x0a, budget - 1) + 1 : 0;
  if (cut <= 0) return { written: 'nothing' };
  const kept = text.subarray(0, cut).toString('utf8');
  const openFence = (kept.match(/^```/gm) ?? []).length % 2 === 1;
  const chunk = Buffer.from(`${kept}${openFence ? '```\n' : ''}${note}`, 'utf8');
  appendFileSync(file, chunk);
  return { written: 'truncated', bytes: chunk.length };
}
