import { randomUUID } from 'node:crypto'
import type { Channel } from '../../src/core/channels'
import type { OutputOf, ParsedInputOf } from '../../src/core/contract'
import * as bulk from '../../src/core/bulk-ops'
import * as events from '../../src/core/event-ops'
import { dismissGap, restoreGap } from '../../src/core/gap-decisions'
import { mergeContacts, mergeLabel } from '../../src/core/merge-contacts'
import type { NetworkFile } from '../../src/core/network-file'
import * as ops from '../../src/core/network-ops'
import { fail, ok, type Result } from '../../src/core/result'
import { buildSampleNetwork, SAMPLE_ME } from '../../src/core/sample-network'
import { localIsoDate } from '../../src/core/dates'
import { plural } from '../../src/core/wording'
import { isoDateTime, type Clock } from './clock'
import { exportData } from './export/export-data'
import { chooseImportFile, type PickImportFile } from './import/choose-file'
import { applyImport, previewImport } from './import/import-handlers'
import { rememberingReader } from './import/read-import'
import type { DurableStore } from './durable-store'
import { DaySnapshot } from './day-snapshot'
import { InsightsMemo } from './insights-memo'
import { routineHandlers } from './routine-handlers'
import { syncHandlers } from './sync-handlers'
import { planAfterFollowUp, planAfterInteraction } from '../../src/core/plan-follow-through'

/** What only the host can do (open a folder in the file manager, a native file dialog). */
export interface HostCapabilities {
  /** Shows `dir` in the system file manager; false when this host cannot. */
  revealFolder(dir: string): Promise<boolean>
  /**
   * Asks the user where to save `bytes` (suggesting `fileName`) and writes them; the chosen path, or null
   * when cancelled. Absent where the page saves files itself (the browser host: a download).
   */
  saveFile?(fileName: string, bytes: Uint8Array): Promise<string | null>
  /** The native open dialog for a file to import (see import/choose-file.ts). Absent in the browser host: the page picks files itself. */
  pickImportFile?: PickImportFile
}

export type Handler<C extends Channel> = (input: ParsedInputOf<C>) => Promise<Result<OutputOf<C>>>
/** One handler per channel; a channel without one fails to compile. */
export type Handlers = { readonly [C in Channel]: Handler<C> }

export interface HandlerDeps {
  readonly store: DurableStore
  readonly clock: Clock
  readonly host: HostCapabilities
  readonly newId?: () => string
  /** Shared with openBackend's snapshot at start, so the first `insights:get` reuses it. */
  readonly insights?: InsightsMemo
  /** Records the day's snapshot after every save; openBackend records what is due before closing. */
  readonly daySnapshot?: DaySnapshot
}

export function createHandlers({
  store,
  clock,
  host,
  newId = randomUUID,
  insights = new InsightsMemo(),
  daySnapshot = new DaySnapshot(store, insights, clock),
}: HandlerDeps): Handlers {
  const imports = rememberingReader()
  const { revisions, ...sync } = syncHandlers(store)
  const nameOf = (id: string): string => store.data.contacts.find((c) => c.id === id)?.name ?? 'a contact'
  const context = (): ops.ChangeContext => {
    const now = clock.now()
    return { now: isoDateTime(now), today: localIsoDate(now), newId }
  }
  /** A data change; today's snapshot of the headline metrics follows it once changes pause (see DaySnapshot). */
  const save = <T>(change: (file: NetworkFile) => Result<ops.Change<T>>, label: string): Promise<Result<T>> => store.update(change, label)
  return {
    ...routineHandlers({ store, context, save, nameOf }),
    ...sync,
    'network:get': async () => store.unavailable() ?? ok(store.data),
    'contacts:create': (draft) => save((file) => ops.createContact(file, draft, context()), `adding ${draft.name}`),
    'contacts:update': ({ id, patch }) => save((file) => ops.updateContact(file, id, patch, context()), `editing ${nameOf(id)}`),
    'contacts:delete': ({ id }) => save((file) => ops.deleteContact(file, id), `deleting ${nameOf(id)}`),
    'contacts:bulk-update': ({ ids, ...edit }) =>
      save((file) => bulk.bulkUpdateContacts(file, ids, edit, context()), `editing ${plural(ids.length, 'contact')}`),
    'contacts:bulk-delete': ({ ids }) =>
      save((file) => bulk.bulkDeleteContacts(file, ids), `deleting ${plural(ids.length, 'contact')}`),
    'contacts:merge': ({ keepId, mergeId }) =>
      save((file) => {
        const merged = mergeContacts(file, keepId, mergeId, context())
        return merged.ok ? ok({ file: merged.value.file, value: merged.value.value.contact }) : merged
      }, mergeLabel(nameOf(keepId), nameOf(mergeId))),
    'ties:create': (draft) => save((file) => ops.createTie(file, draft, context()), 'adding a tie'),
    'ties:delete': ({ id }) => save((file) => ops.deleteTie(file, id), 'deleting a tie'),
    'interactions:create': (draft) =>
      save((file) => {
        const logged = ops.createInteraction(file, draft, context())
        return logged.ok ? ok({ file: planAfterInteraction(logged.value.file, logged.value.value).file, value: logged.value.value }) : logged
      }, 'logging an interaction'),
    'interactions:update': ({ id, patch }) => save((file) => ops.updateInteraction(file, id, patch, context()), 'editing an interaction'),
    'interactions:delete': ({ id }) => save((file) => ops.deleteInteraction(file, id), 'deleting an interaction'),
    'events:create': (draft) => save((file) => events.createEvent(file, draft, context()), `adding ${draft.name}`),
    'events:update': ({ id, patch }) => save((file) => events.updateEvent(file, id, patch), 'editing an event'),
    'events:delete': ({ id }) => save((file) => events.deleteEvent(file, id), 'deleting an event'),
    'follow-ups:complete': ({ id, done }) =>
      save((file) => {
        const completed = events.completeFollowUp(file, id, done, context().today)
        return completed.ok ? ok({ file: planAfterFollowUp(completed.value.file, completed.value.value), value: completed.value.value }) : completed
      }, done ? 'completing a follow-up' : 'reopening a follow-up'),
    'follow-ups:delete': ({ id }) => save((file) => events.deleteFollowUp(file, id), 'deleting a follow-up'),
    'me:update': (patch) => save((file) => ops.updateMe(file, patch), 'editing your profile'),
    'settings:update': (patch) => save((file) => ops.updateSettings(file, patch), 'changing settings'),
    'layout:pin': ({ layout, pins }) => store.update((file) => ops.pinPositions(file, layout, pins), 'moving a contact'),
    'layout:reset': ({ layout }) => store.update((file) => ops.resetLayout(file, layout), 'resetting the layout'),
    'sample:load': () =>
      save((file) => {
        const { now, today } = context()
        return ops.loadSample(file, buildSampleNetwork(today, now, newId))
      }, 'opening the sample'),
    'insights:get': async ({ asOf }) => {
      // The answer's trend then ends with today's numbers as they are now, and the file has them too.
      await daySnapshot.now()
      return store.unavailable() ?? ok(insights.insightsOf(store.data, asOf ?? context().today))
    },
    'gaps:dismiss': ({ id, until }) => store.update((file) => dismissGap(file, id, until, context().today), until ? 'snoozing a gap' : 'dismissing a gap'),
    'gaps:restore': ({ id }) => store.update((file) => restoreGap(file, id), 'showing a gap again'),
    'sample:clear': () => store.update((file) => ops.clearSample(file, SAMPLE_ME), 'clearing the sample'),
    'store:status': async () => ok(await store.status()),
    'store:restore': async ({ name }) => {
      const restored = await store.restore(name)
      if (restored.ok) revisions.startOver(store.data)
      return restored
    },
    'store:reveal': async () => ok({ opened: await host.revealFolder(store.dataDir), path: store.dataDir }),
    'export:data': async ({ format }) => {
      const now = clock.now()
      return store.unavailable() ?? ok(exportData(store.data, format, localIsoDate(now), now))
    },
    'import:preview': async (input) => {
      const refused = store.unavailable()
      if (refused) return refused
      const read = imports.read(input)
      if (!read.ok) return read
      return ok(previewImport(store.data, read.value, input.fileName, context()))
    },
    'import:apply': async (input) => {
      const read = imports.read(input)
      imports.forget()
      if (!read.ok) return read
      return applyImport({ store, save, context }, read.value, input.fileName)
    },
    'import:choose-file': () => chooseImportFile(host.pickImportFile),
    'history:status': async () => store.unavailable() ?? ok(store.historyStatus()),
    'history:undo': () => store.undo(),
    'history:redo': () => store.redo(),
    'export:save': async ({ fileName, base64 }) => {
      if (!host.saveFile) return fail('CONFLICT', 'In the browser, Kith saves exported files as downloads.')
      try {
        return ok({ path: await host.saveFile(fileName, Buffer.from(base64, 'base64')) })
      } catch (error) {
        return fail('WRITE_FAILED', `The file could not be saved: ${error instanceof Error ? error.message : String(error)}`)
      }
    },
  }
}
