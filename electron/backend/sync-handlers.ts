import { ok } from '../../src/core/result'
import type { NetworkChange } from '../../src/core/sync-contract'
import type { DurableStore } from './durable-store'
import type { Handler } from './handlers'
import { RevisionLog } from './revision-log'

/**
 * `network:since`, over a revision log the store feeds with every save. The renderer asks it after each of
 * its own changes and when its window comes back into view, so two windows on one backend both catch up.
 */
export function syncHandlers(store: DurableStore): { readonly revisions: RevisionLog; readonly 'network:since': Handler<'network:since'> } {
  const revisions = new RevisionLog(store.data)
  store.onSaved((before, after) => revisions.record(before, after))
  return {
    revisions,
    // The cast only drops `readonly`: a delta's rows are the saved ones, sent as they are.
    'network:since': async ({ revision }) =>
      store.unavailable() ?? ok({ revision: revisions.revision, history: store.historyStatus(), change: revisions.since(revision, store.data) as NetworkChange }),
  }
}
