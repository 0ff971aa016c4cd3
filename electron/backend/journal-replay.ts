import { applyDelta, NetworkDeltaSchema, type NetworkDelta } from '../../src/core/network-delta'
import { integrityProblems, type NetworkFile } from '../../src/core/network-file'
import { parseJournal } from './journal-format'

export type Replay =
  /** The journal belongs to this kith.json: `file` has its changes; append from `goodBytes` on. */
  | { readonly kind: 'replayed'; readonly file: NetworkFile; readonly deltas: number; readonly goodBytes: number; readonly torn: boolean }
  /** Only a prefix could be trusted: `file` has it; the journal must be kept aside, then started fresh. */
  | { readonly kind: 'damaged'; readonly file: NetworkFile; readonly deltas: number; readonly why: string }
  /** The journal names another kith.json (a backup restored by hand, say): it must never be replayed here. */
  | { readonly kind: 'foreign'; readonly deltas: number }

/**
 * kith.json (`file`, whose bytes hash to `fileHash`) with the changes its journal holds.
 *
 * Every delta is checked like the file's own rows, and the result must keep its references whole; the
 * first one that fails ends the replay there, as a damaged line does.
 */
export function replayJournal(file: NetworkFile, fileHash: string, journalText: string): Replay {
  const parsed = parseJournal(journalText)
  if (!parsed.bases.has(fileHash)) return { kind: 'foreign', deltas: parsed.deltas.length }
  let current = file
  let applied = 0
  for (const raw of parsed.deltas) {
    const delta = NetworkDeltaSchema.safeParse(raw)
    if (!delta.success) return { kind: 'damaged', file: current, deltas: applied, why: `change ${applied + 1} in the journal does not match Kith's format` }
    // zod leaves absent optional fields absent, which is what NetworkDelta means.
    current = applyDelta(current, delta.data as NetworkDelta)
    applied++
  }
  const broken = applied > 0 ? integrityProblems(current) : []
  if (broken.length > 0) return { kind: 'damaged', file, deltas: 0, why: `replaying it would break references (${broken[0]})` }
  if (parsed.damage) return { kind: 'damaged', file: current, deltas: applied, why: parsed.damage }
  return { kind: 'replayed', file: current, deltas: applied, goodBytes: parsed.goodBytes, torn: parsed.torn }
}
