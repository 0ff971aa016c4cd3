import type { Category } from './categories'
import type { NetworkFile } from './network-file'
import { removeContacts, type Change, type ChangeContext, type DeletedContacts } from './network-ops'
import { fail, ok, type Result } from './result'
import type { Contact } from './schema'
import { pluralWord } from './wording'

/** One edit applied to many contacts: fields to set, and categories or tags to add. */
export interface BulkEdit {
  readonly set?: { readonly [K in 'categories' | 'tags' | 'tieStrength' | 'cadenceDays' | 'onLaidOffList']?: Contact[K] | undefined }
  readonly addCategories?: readonly Category[]
  readonly addTags?: readonly string[]
}

function unknownIds(file: NetworkFile, ids: readonly string[]): number {
  const known = new Set<string>(file.contacts.map((c) => c.id))
  return ids.filter((id) => !known.has(id)).length
}

const union = <T,>(base: readonly T[], extra: readonly T[] | undefined): T[] => [...new Set([...base, ...(extra ?? [])])]

/** Applies `edit` to every contact in `ids` in one change; refuses the whole edit if any is gone. */
export function bulkUpdateContacts(file: NetworkFile, ids: readonly string[], edit: BulkEdit, ctx: ChangeContext): Result<Change<{ updated: number }>> {
  const missing = unknownIds(file, ids)
  if (missing > 0) return fail('NOT_FOUND', `${missing} of the selected contacts no longer ${pluralWord(missing, 'exists', 'exist')}. Nothing was changed.`)
  const chosen = new Set(ids)
  const set = Object.fromEntries(Object.entries(edit.set ?? {}).filter(([, v]) => v !== undefined))
  const contacts = file.contacts.map((c) => {
    if (!chosen.has(c.id)) return c
    const next = { ...c, ...set, updatedAt: ctx.now }
    return { ...next, categories: union(next.categories, edit.addCategories), tags: union(next.tags, edit.addTags) }
  })
  return ok({ file: { ...file, contacts }, value: { updated: chosen.size } })
}

/** Deletes many contacts with everything that goes with them (see removeContacts), in one change. */
export function bulkDeleteContacts(file: NetworkFile, ids: readonly string[]): Result<Change<DeletedContacts>> {
  const missing = unknownIds(file, ids)
  if (missing > 0) return fail('NOT_FOUND', `${missing} of the selected contacts no longer ${pluralWord(missing, 'exists', 'exist')}. Nothing was deleted.`)
  return ok(removeContacts(file, new Set(ids)))
}
