import type { ImportPreview, ImportResult } from '../../../src/core/import-export-schema'
import { planContactImport, type ContactImportPlan } from '../../../src/core/import/plan'
import { planRestore } from '../../../src/core/import/restore'
import type { NetworkFile } from '../../../src/core/network-file'
import type { Change, ChangeContext } from '../../../src/core/network-ops'
import { ok, type Result } from '../../../src/core/result'
import { plural } from '../../../src/core/wording'
import type { DurableStore } from '../durable-store'
import type { ReadImport } from './read-import'

/*
 * The two import channels over a file already read (read-import.ts). The preview and the apply run the same
 * pure plan; the apply is one store change (one write, one undo step), and none at all when nothing would change.
 */

type Save = <T>(change: (file: NetworkFile) => Result<Change<T>>, label: string) => Promise<Result<T>>

export interface ImportDeps {
  readonly store: DurableStore
  /** A data change saved with today's snapshot (handlers.ts). */
  readonly save: Save
  readonly context: () => ChangeContext
}

const fromFile = (fileName: string | undefined) => (fileName ? ` from “${fileName}”` : '')

export function previewImport(file: NetworkFile, read: ReadImport, fileName: string | undefined, ctx: ChangeContext): ImportPreview {
  if (read.format === 'kith-json') {
    const plan = planRestore(file, read.backup, fileName)
    const upgraded =
      read.migratedFrom < read.backup.schemaVersion
        ? [`The backup was saved in file format ${read.migratedFrom}; it is upgraded to format ${read.backup.schemaVersion} as it is restored.`]
        : []
    return { format: 'kith-json', create: plan.create, update: plan.update, skipped: [], warnings: [...plan.warnings, ...upgraded] }
  }
  // Ids are not shown in a preview, so none are spent on it.
  const plan = planContactImport(file, read.format, read.outcome, { ...ctx, newId: () => 'preview' })
  return { format: read.format, create: plan.create, update: plan.update, skipped: plan.skipped, warnings: plan.warnings }
}

const resultOf = (plan: ContactImportPlan): ImportResult => ({
  created: plan.createdIds.length,
  updated: plan.updatedIds.length,
  skipped: plan.skipped.length,
  createdIds: plan.createdIds,
  updatedIds: plan.updatedIds,
})

export function applyImport({ store, save, context }: ImportDeps, read: ReadImport, fileName: string | undefined): Promise<Result<ImportResult>> {
  if (read.format === 'kith-json') {
    const backup = read.backup
    // store.update, not save: the backup is restored exactly as exported, without today's snapshot on top.
    return store.update((file) => {
      const plan = planRestore(file, backup, fileName)
      const value: ImportResult = {
        created: plan.createdIds.length,
        updated: plan.updatedIds.length,
        skipped: 0,
        createdIds: plan.createdIds,
        updatedIds: plan.updatedIds,
      }
      return ok({ file: plan.changed ? backup : file, value })
    }, fileName ? `restoring the backup “${fileName}”` : 'restoring a backup')
  }
  // Planned once against the network as it is now, for the undo label; planned again only if the network
  // changed before this change's turn in the store's queue.
  const ctx = context()
  const planned = store.data
  const first = planContactImport(planned, read.format, read.outcome, ctx)
  const label = `importing ${plural(first.createdIds.length + first.updatedIds.length, 'contact')}${fromFile(fileName)}`
  return save((file) => {
    const plan = file === planned ? first : planContactImport(file, read.format, read.outcome, ctx)
    return ok({ file: plan.file, value: resultOf(plan) })
  }, label)
}
