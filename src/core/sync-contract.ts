import { z } from 'zod'
import { NetworkDeltaSchema } from './network-delta'
import { NetworkFile } from './network-file'

/*
 * The contract row that keeps a window's copy of the network current (issue 12): after a change, or when a
 * window comes back into view, it asks what changed since the revision it holds. contract.ts spreads it in.
 */

/** What Undo and Redo would take back or bring back now, by name; null when nothing. */
export const HistoryStatus = z.object({ undo: z.string().nullable(), redo: z.string().nullable() })
export type HistoryStatus = z.infer<typeof HistoryStatus>

/** One saved state of the network in this run of the backend; a restarted backend never repeats one. */
export const Revision = z.string({ error: 'Give the revision as text.' }).min(1, 'Give the revision as text.').max(100, 'That is not a revision Kith gave out.')

/** How to bring a copy at the asked revision up to date: nothing, the records that changed, or the whole network. */
export const NetworkChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('delta'), delta: NetworkDeltaSchema }),
  z.object({ kind: z.literal('full'), network: NetworkFile }),
])
export type NetworkChange = z.infer<typeof NetworkChange>

export const syncContract = {
  /**
   * The current revision and undo/redo labels, with what changed since `revision`: the whole network when
   * `revision` is null, unknown (another run of the backend, or too old) or when the change outweighs the file.
   */
  'network:since': {
    input: z.strictObject({ revision: Revision.nullable() }),
    output: z.object({ revision: Revision, history: HistoryStatus, change: NetworkChange }),
  },
} as const
