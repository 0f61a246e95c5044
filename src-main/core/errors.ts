// Errors a user can act on: a typed code plus a message that names the file and what to do.

export type GalleyErrorCode =
  | 'empty'
  | 'binary'
  | 'undecodable'
  | 'too-large'
  | 'not-found'
  | 'not-a-page'
  | 'not-in-library'
  | 'state-corrupt'
  | 'read-only'
  | 'disk-full'
  | 'conflict'
  | 'invalid-argument'
  | 'unknown-op'
  | 'cancelled'
  | 'internal'

export class GalleyError extends Error {
  readonly code: GalleyErrorCode

  constructor(code: GalleyErrorCode, message: string) {
    super(message)
    this.name = 'GalleyError'
    this.code = code
  }
}

export function isGalleyError(value: unknown): value is GalleyError {
  return value instanceof GalleyError
}
