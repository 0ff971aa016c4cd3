import type { z } from 'zod'
import type { FieldIssue } from './result'
import { plural } from './wording'

/** Unknown fields named in one message; the rest are counted, so a flood of keys is not echoed back. */
const FIELDS_NAMED = 5
/** Issues listed in one answer; the summary line still counts them all. */
const ISSUES_LISTED = 20
/** Longest field name or path quoted back; a key can be megabytes long. */
const NAME_CHARS = 60

const clip = (text: string): string => (text.length > NAME_CHARS ? `${text.slice(0, NAME_CHARS - 1)}…` : text)

/** "Unknown field: a." or "Unknown fields: a, b, c, d, e and 99995 more." */
function unknownFields(keys: readonly string[]): string {
  const named = keys.slice(0, FIELDS_NAMED).map(clip).join(', ')
  const rest = keys.length - FIELDS_NAMED
  return `Unknown field${keys.length > 1 ? 's' : ''}: ${named}${rest > 0 ? ` and ${rest} more` : ''}.`
}

/**
 * Turns a zod error into plain sentences: one summary line and one message per field.
 *
 * The answer's size is bounded whatever the input: the issues, the unknown fields named and the length
 * of each name are capped (a 4.7 MB body of unknown keys once got a 7 MB answer).
 */
export function describeIssues(error: z.ZodError): { message: string; issues: FieldIssue[] } {
  const issues = error.issues.slice(0, ISSUES_LISTED).map((issue) => ({
    path: clip(issue.path.map(String).join('.')),
    message: issue.code === 'unrecognized_keys' ? unknownFields(issue.keys) : issue.message,
  }))
  const first = issues[0]?.message ?? 'The input is not valid.'
  const others = error.issues.length - 1
  const more = others > 0 ? ` (and ${plural(others, 'more problem', 'more problems')})` : ''
  return { message: `${first}${more}`, issues }
}
