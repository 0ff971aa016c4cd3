import { randomUUID } from 'node:crypto'
import type { Channel } from '../../src/core/channels'
import type { OutputOf, ParsedInputOf } from '../../src/core/contract'
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
  const context = (): ops.ChangeContext => {
    const now = clock.now()
    return { now: isoDateTime(now), today: localIsoDate(now), newId }
  }
  return {
    'network:get': async () => store.unavailable() ?? ok(store.data),
    'contacts:create': (draft) => store.update((file) => ops.createContact(file, draft, context())),
    'contacts:update': ({ id, patch }) => store.update((file) => ops.updateContact(file, id, patch, context())),
    'contacts:delete': ({ id }) => store.update((file) => ops.deleteContact(file, id)),
    'ties:create': (draft) => store.update((file) => ops.createTie(file, draft, context())),
    'ties:delete': ({ id }) => store.update((file) => ops.deleteTie(file, id)),
    'interactions:create': (draft) => store.update((file) => ops.createInteraction(file, draft, context())),
    'interactions:delete': ({ id }) => store.update((file) => ops.deleteInteraction(file, id)),
    'me:update': (patch) => store.update((file) => ops.updateMe(file, patch)),
    'settings:update': (patch) => store.update((file) => ops.updateSettings(file, patch)),
    'layout:pin': ({ layout, pins }) => store.update((file) => ops.pinPositions(file, layout, pins)),
    'layout:reset': ({ layout }) => store.update((file) => ops.resetLayout(file, layout)),
    'sample:load': () =>
      store.update((file) => {
        const { now, today } = context()
        return ops.loadSample(file, buildSampleNetwork(today, now, newId))
      }),
    'sample:clear': () => store.update((file) => ops.clearSample(file, SAMPLE_ME)),
    'store:status': async () => ok(await store.status()),
    'store:restore': ({ name }) => store.restore(name),
    'store:reveal': async () => ok({ opened: await host.revealFolder(store.dataDir), path: store.dataDir }),
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
