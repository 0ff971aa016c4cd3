import type { Failure } from '../../core/result'
import { plural } from './format'

/**
 * A failed save, split for a form: one message per field (keyed by field name, without the `patch.`
 * wrapper) and a summary line that does not repeat them.
 */
export interface FormProblem {
  readonly fields: Readonly<Record<string, string>>
  readonly summary: string
}

export function formProblem(error: Failure): FormProblem {
  const fields: Record<string, string> = {}
  for (const issue of error.issues ?? []) {
    const field = issue.path.replace(/^patch\./, '').split('.')[0] ?? ''
    fields[field] ??= issue.message
  }
  const count = Object.keys(fields).length
  return { fields, summary: count === 0 ? error.message : problemSummary(count) }
}

/** The line above a form after a refused save; it names no field, the messages beside them do. */
export const problemSummary = (fieldCount: number): string =>
  `Nothing was saved: check the ${fieldCount === 1 ? 'highlighted field' : plural(fieldCount, 'highlighted field')}.`
