import type { ImportedBatch } from '../shared/import-entry'
import type { ContactRow } from './contact-rows'

/** What the contacts view is told about the last import. */
export interface JustImportedOffer {
  readonly batch: ImportedBatch
  /** True on arrival straight from the import: show just them, all selected. */
  readonly showNow: boolean
  /** Takes the import back; null once it is no longer the last change. */
  readonly onUndo: (() => void) | null
}

/**
 * The people an import added or refreshed who are still in the network (undo or a delete may have taken some
 * away since), in the order the import gave them.
 */
export function importedStillThere(batch: ImportedBatch, existing: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...batch.createdIds, ...batch.updatedIds].filter((id) => existing.has(id)))
}

/** Only the rows of the given people. */
export const rowsOf = (rows: readonly ContactRow[], ids: ReadonlySet<string>): ContactRow[] => rows.filter((r) => ids.has(r.contact.id))
