import type { Failure } from '../../core/result'

/**
 * A failed save, split for a form: one message per field (keyed by field name, without the `patch.`
 * wrapper) and a summary line that does not repeat them.
 */
export function formProblem(error: Failure): { fields: Record<string, string>; summary: string } {
  const fields: Record<string, string> = {}
  for (const issue of error.issues ?? []) {
    const field = issue.path.replace(/^patch\./, '').split('.')[0] ?? ''
    fields[field] ??= issue.message
  }
  const count = Object.keys(fields).length
  if (count === 0) return { fields, summary: error.message }
  return { fields, summary: `Nothing was saved: check the ${count === 1 ? 'highlighted field' : `${count} highlighted fields`}.` }
}
