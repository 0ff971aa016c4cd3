import type { HistoryStatus, OutputOf } from '../../core/contract'
import { applyDelta, type NetworkDelta } from '../../core/network-delta'
import type { NetworkFile } from '../../core/network-file'
import { fail, ok, type Result } from '../../core/result'
import { call } from './backend-client'

/** The network a window holds, and the backend revision it matches. */
export interface Held {
  readonly revision: string
  readonly network: NetworkFile
}

/**
 * Brings `held` up to the backend's current revision (`asked`: that question, when it is already on its way): unchanged (the same object) when nothing changed, the
 * changed records applied when that is what came back (untouched rows keep their identity, so views
 * memoized on them stay put), or the whole network at the start and whenever the revision jumped.
 */
export async function catchUp(
  held: Held | null,
  asked: Promise<Result<OutputOf<'network:since'>>> = call('network:since', { revision: held?.revision ?? null }),
): Promise<Result<{ held: Held; history: HistoryStatus }>> {
  const answer = await asked
  if (!answer.ok) return answer
  const { revision, history, change } = answer.value
  if (change.kind === 'full') return ok({ held: { revision, network: change.network }, history })
  // Only a copy the backend knows can be updated in part; it never answers that way to a window without one.
  if (!held) return fail('INTERNAL', 'Kith’s backend answered with changes to a network this window has not read yet. Reload the page.')
  // JSON has no `undefined`, so the contract's optional fields are simply absent, as NetworkDelta has them.
  const network = change.kind === 'delta' ? applyDelta(held.network, change.delta as NetworkDelta) : held.network
  return ok({ held: { revision, network }, history })
}
