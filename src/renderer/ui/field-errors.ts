import type { Failure } from '../../core/result'

/** Field messages from a failed save, keyed by field name (the path without its `patch.` wrapper). */
export function fieldErrors(error: Failure): Record<string, string> {
  const out: Record<string, string> = {}
  for (const issue of error.issues ?? []) {
    const field = issue.path.replace(/^patch\./, '').split('.')[0] ?? ''
    out[field] ??= issue.message
  }
  return out
}
