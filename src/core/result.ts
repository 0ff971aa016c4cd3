/**
 * The envelope every backend call answers with; nothing throws across a process boundary.
 *
 * Electron keeps only an error's message when it crosses IPC, so failures travel as data.
 */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'DANGLING_REFERENCE'
  | 'DUPLICATE'
  | 'CONFLICT'
  | 'UNKNOWN_CHANNEL'
  | 'STORE_UNAVAILABLE'
  | 'WRITE_FAILED'
  | 'FORBIDDEN'
  | 'UNAUTHORIZED'
  | 'INTERNAL'

export interface FieldIssue {
  /** Dotted path of the field, e.g. `patch.email`; empty for the whole input. */
  readonly path: string
  readonly message: string
}

export interface Failure {
  readonly code: ErrorCode
  /** A sentence the user can act on. */
  readonly message: string
  readonly issues?: readonly FieldIssue[]
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Failure }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })

export const fail = (code: ErrorCode, message: string, issues?: readonly FieldIssue[]): { ok: false; error: Failure } => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
})
