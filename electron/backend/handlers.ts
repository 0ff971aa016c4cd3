import { randomUUID } from 'node:crypto'
import type { Channel } from '../../src/core/channels'
import type { OutputOf, ParsedInputOf } from '../../src/core/contract'
import * as bulk from '../../src/core/bulk-ops'
import * as events from '../../src/core/event-ops'
import * as ops from '../../src/core/network-ops'
import { fail, ok, type Result } from '../../src/core/result'
import { buildSampleNetwork, SAMPLE_ME } from '../../src/core/sample-network'
import { localIsoDate } from '../../src/core/dates'
import { isoDateTime, type Clock } from './clock'
import type { DurableStore } from './durable-store'

/** What only the host can do (open a folder in the file manager). */
export interface HostCapabilities {
  /** Shows `dir` in the system file manager; false when this host cannot. */
  revealFolder(dir: string): Promise<boolean>
  /**
   * Asks the user where to save `bytes` (suggesting `fileName`) and writes them; the chosen path, or null
   * when cancelled. Absent where the page saves files itself (the browser host: a download).
   */
  saveFile?(fileName: string, bytes: Uint8Array): Promise<string | null>
}

export type Handler<C extends Channel> = (input: ParsedInputOf<C>) => Promise<Result<OutputOf<C>>>
/** One handler per channel; a channel without one fails to compile. */
export type Handlers = { readonly [C in Channel]: Handler<C> }

export interface HandlerDeps {
  readonly store: DurableStore
  readonly clock: Clock
  readonly host: HostCapabilities
  readonly newId?: () => string
}

export function createHandlers({ store, clock, host, newId = randomUUID }: HandlerDeps): Handlers {
  const nameOf = (id: string): string => store.data.contacts.find((c) => c.id === id)?.name ?? 'a contact'
  const context = (): ops.ChangeContext => {
    const now = clock.now()
    return { now: isoDateTime(now), today: localIsoDate(now), newId }
  }
  return {
    'network:get': async () => store.unavailable() ?? ok(store.data),
    'contacts:create': (draft) => store.update((file) => ops.createContact(file, draft, context()), `adding ${draft.name}`),
    'contacts:update': ({ id, patch }) => store.update((file) => ops.updateContact(file, id, patch, context()), `editing ${nameOf(id)}`),
    'contacts:delete': ({ id }) => store.update((file) => ops.deleteContact(file, id), `deleting ${nameOf(id)}`),
    'contacts:bulk-update': ({ ids, ...edit }) =>
      store.update((file) => bulk.bulkUpdateContacts(file, ids, edit, context()), `editing ${ids.length} contact${ids.length === 1 ? '' : 's'}`),
    'contacts:bulk-delete': ({ ids }) =>
      store.update((file) => bulk.bulkDeleteContacts(file, ids), `deleting ${ids.length} contact${ids.length === 1 ? '' : 's'}`),
    'ties:create': (draft) => store.update((file) => ops.createTie(file, draft, context()), 'adding a tie'),
    'ties:delete': ({ id }) => store.update((file) => ops.deleteTie(file, id), 'deleting a tie'),
    'interactions:create': (draft) => store.update((file) => ops.createInteraction(file, draft, context()), 'logging an interaction'),
    'interactions:delete': ({ id }) => store.update((file) => ops.deleteInteraction(file, id), 'deleting an interaction'),
    'events:create': (draft) => store.update((file) => events.createEvent(file, draft, context()), `adding ${draft.name}`),
    'events:update': ({ id, patch }) => store.update((file) => events.updateEvent(file, id, patch), 'editing an event'),
    'events:delete': ({ id }) => store.update((file) => events.deleteEvent(file, id), 'deleting an event'),
    'follow-ups:complete': ({ id, done }) =>
      store.update((file) => events.completeFollowUp(file, id, done, context().today), done ? 'completing a follow-up' : 'reopening a follow-up'),
    'follow-ups:delete': ({ id }) => store.update((file) => events.deleteFollowUp(file, id), 'deleting a follow-up'),
    'me:update': (patch) => store.update((file) => ops.updateMe(file, patch), 'editing your profile'),
    'settings:update': (patch) => store.update((file) => ops.updateSettings(file, patch), 'changing settings'),
    'layout:pin': ({ layout, pins }) => store.update((file) => ops.pinPositions(file, layout, pins), 'moving a contact'),
    'layout:reset': ({ layout }) => store.update((file) => ops.resetLayout(file, layout), 'resetting the layout'),
    'sample:load': () =>
      store.update((file) => {
        const { now, today } = context()
        return ops.loadSample(file, buildSampleNetwork(today, now, newId))
      }, 'opening the sample'),
    'sample:clear': () => store.update((file) => ops.clearSample(file, SAMPLE_ME), 'clearing the sample'),
    'store:status': async () => ok(await store.status()),
    'store:restore': ({ name }) => store.restore(name),
    'store:reveal': async () => ok({ opened: await host.revealFolder(store.dataDir), path: store.dataDir }),
    'history:status': async () => store.unavailable() ?? ok(store.historyStatus()),
    'history:undo': () => store.undo(),
    'history:redo': () => store.redo(),
    'export:save': async ({ fileName, base64 }) => {
      if (!host.saveFile) return fail('CONFLICT', 'In the browser, Kith saves images as downloads.')
      try {
        return ok({ path: await host.saveFile(fileName, Buffer.from(base64, 'base64')) })
      } catch (error) {
        return fail('WRITE_FAILED', `The image could not be saved: ${error instanceof Error ? error.message : String(error)}`)
      }
    },
  }
}
