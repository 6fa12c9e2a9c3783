/**
 * GitHub shows a step's job summary only while it is at most 1 MiB; above
 * that it shows none of it ("$GITHUB_STEP_SUMMARY upload aborted, supports
 * content up to a size of 1024k"). The Markdown report summarises itself to
 * stay under this, and whatever appends it to the summary file can check the
 * same number.
 * https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#step-isolation-and-limits
 */
export const GITHUB_STEP_SUMMARY_MAX_BYTES = 1024 * 1024;

/** UTF-8 length of a text, without allocating a buffer (and without node:buffer). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
