/**
 * Why reading or writing a file failed, in words: for report files, and for
 * standard output when it goes to a full disk (`check > /dev/full`). Small,
 * and free of other imports, because the executable needs it in its error
 * handler.
 */
import type { Catalogue } from '../i18n/en.js';

/** The system's error codes that have words of their own in each catalogue (`cli.fileError`). */
export const FILE_ERROR_CODES = ['ENOENT', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EISDIR', 'ENOTDIR', 'EEXIST', 'EIO', 'ENAMETOOLONG', 'ELOOP'] as const;
export type FileErrorCode = (typeof FILE_ERROR_CODES)[number];

/** The system's error code (`ENOSPC`), if the error has one. */
export function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/**
 * The reason, in the catalogue's language. Another error of the system is
 * named by its code (`EMFILE`): its message is English and names the
 * temporary file, not the one the user asked for.
 */
export function failureReason(error: unknown, t: Catalogue): string {
  const code = codeOf(error);
  if (code !== undefined && ((FILE_ERROR_CODES as readonly string[]).includes(code) || (error as NodeJS.ErrnoException).syscall !== undefined)) return t.cli.fileError({ code });
  return error instanceof Error ? error.message : String(error);
}
