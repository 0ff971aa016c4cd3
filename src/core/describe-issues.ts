import type { z } from 'zod'
import type { FieldIssue } from './result'

/** Turns a zod error into plain sentences: one summary line and one message per field. */
export function describeIssues(error: z.ZodError): { message: string; issues: FieldIssue[] } {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.code === 'unrecognized_keys' ? `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}.` : issue.message,
  }))
  const first = issues[0]?.message ?? 'The input is not valid.'
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : ''
  return { message: `${first}${more}`, issues }
}
