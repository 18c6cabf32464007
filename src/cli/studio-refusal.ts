// Why the Studio's server said no, as data the page words in the recruiter's language: a stable
// code, the HTTP status, an English message for anyone calling the API by hand, and details
// (a line, the keys found). The page (src/studio/i18n.ts) has a sentence for every code.

/** Every code the Studio's server answers an error with (JSON `{ error: { code, message, ... } }`). */
export const STUDIO_ERROR_CODES = [
  'wrong_host',
  'cross_site',
  'token_invalid',
  'token_used',
  'token_replaced',
  'no_session',
  'bad_encoding',
  'bad_path',
  'outside_folder',
  'not_allowed',
  'hidden',
  'too_deep',
  'hard_link',
  'not_a_file',
  'not_found',
  'no_folder',
  'not_writable',
  'no_criteria_file',
  'not_utf8',
  'too_large',
  'syntax',
  'not_criteria',
  'unknown_key',
  'not_test_file',
  'exists_not_criteria',
  'exists_not_test_file',
  'read_only',
  'unreadable',
  'disk_full',
  'method_not_allowed',
  'internal',
  // safety
  'empty_file',
  'changed_on_disk',
] as const

export type StudioErrorCode = (typeof STUDIO_ERROR_CODES)[number]

export type RefusalDetails = Record<string, string | number | string[]>

/** A request the server will not carry out: answered with `status` and `{ error: { code, message, ...details } }`. */
export class StudioRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: StudioErrorCode,
    message: string,
    readonly details: RefusalDetails = {},
  ) {
    super(message)
    this.name = 'StudioRefusal'
  }
}

/** What a file-system error means for the recruiter, as a refusal; null for a fault that is ours. */
export function refusalOfFsError(e: unknown, doing: 'read' | 'write'): StudioRefusal | null {
  const code = (e as NodeJS.ErrnoException | undefined)?.code
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return doing === 'write'
      ? new StudioRefusal(
          403,
          'read_only',
          'the studio may not write there (the folder or file is read-only, or belongs to someone else)',
        )
      : new StudioRefusal(403, 'unreadable', 'the studio may not read that file (permissions)')
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return new StudioRefusal(507, 'disk_full', 'the disk is full: nothing was written')
  if (code === 'ENOENT')
    return new StudioRefusal(
      404,
      doing === 'write' ? 'no_folder' : 'not_found',
      doing === 'write' ? 'the folder of that file does not exist' : 'no such file',
    )
  if (code === 'ELOOP') return new StudioRefusal(403, 'outside_folder', 'that path is a loop of symbolic links')
  if (code === 'EISDIR' || code === 'ENOTDIR') return new StudioRefusal(403, 'not_a_file', 'that path is not a file')
  // writeFileAtomic's regularOnly: a named pipe, a socket or a device where the file was.
  if (code === 'EFTYPE') return new StudioRefusal(403, 'not_a_file', 'that path is not a regular file')
  return null
}
