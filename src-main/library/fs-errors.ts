// Turns Node file-system errors into GalleyErrors a user can act on: which file, what went wrong,
// what to do. Anything unrecognised stays 'internal' but still names the file.

import { GalleyError } from '../core/index'

export function errnoOf(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined
}

export function toGalleyError(err: unknown, file: string, action: string): GalleyError {
  if (err instanceof GalleyError) return err
  const message = err instanceof Error ? err.message : String(err)
  switch (errnoOf(err)) {
    case 'ENOENT':
      return new GalleyError('not-found', `Cannot ${action} ${file}: it does not exist (was it moved or deleted?).`)
    case 'ENOTDIR':
      return new GalleyError('not-found', `Cannot ${action} ${file}: a part of that path is not a folder.`)
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return new GalleyError(
        'read-only',
        `Cannot ${action} ${file}: the folder is read-only or not yours to write, so this change was not saved. Make the folder writable (or copy the library somewhere writable) and try again.`,
      )
    case 'ENOSPC':
    case 'EDQUOT':
      return new GalleyError(
        'disk-full',
        `Cannot ${action} ${file}: the disk is full, so this change was not saved (everything saved before is intact). Free some space and try again.`,
      )
    case 'EISDIR':
      return new GalleyError('not-a-page', `Cannot ${action} ${file}: it is a folder, not a file.`)
    default:
      return new GalleyError('internal', `Cannot ${action} ${file}: ${message}`)
  }
}
