/**
 * Why writing failed, in words: for report files, and for standard output
 * when it goes to a full disk (`check > /dev/full`). Small, and free of other
 * imports, because the executable needs it in its error handler.
 */
export const WRITE_REASONS: Record<string, string> = {
  ENOENT: 'the folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EEXIST: 'it already exists',
  EIO: 'an input/output error',
};

/** The system's error code (`ENOSPC`), if the error has one. */
export function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

export function writeFailure(error: unknown): string {
  const code = codeOf(error);
  return (code && WRITE_REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
}
