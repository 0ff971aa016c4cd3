import { useCallback, useEffect, useState } from 'react'
import type { HistoryStatus } from '../../core/contract'
import type { NetworkFile } from '../../core/network-file'
import { call, hasBackendAccess } from '../client/backend-client'
import type { Unavailable } from '../recovery/RecoveryView'
import type { Mutate } from '../shared/view-props'

export type KithState =
  | { readonly phase: 'loading' }
  | { readonly phase: 'no-access' }
  | { readonly phase: 'unavailable'; readonly status: Unavailable }
  | { readonly phase: 'failed'; readonly message: string }
  | { readonly phase: 'ready'; readonly network: NetworkFile; readonly history: HistoryStatus }

async function loadState(): Promise<KithState> {
  if (!hasBackendAccess()) return { phase: 'no-access' }
  // All at once: the network is what takes time, and it is refused anyway when the store did not open.
  const [status, ready] = await Promise.all([call('store:status', {}), readNetwork()])
  if (!status.ok) return status.error.code === 'UNAUTHORIZED' ? { phase: 'no-access' } : { phase: 'failed', message: status.error.message }
  if (status.value.state !== 'ready') return { phase: 'unavailable', status: status.value }
  return ready
}

/** The network and what undo/redo would do now, read together after every change. */
async function readNetwork(): Promise<KithState> {
  const [network, history] = await Promise.all([call('network:get', {}), call('history:status', {})])
  if (!network.ok) return { phase: 'failed', message: network.error.message }
  return { phase: 'ready', network: network.value, history: history.ok ? history.value : { undo: null, redo: null } }
}

/** Loads the store's status and network, and runs changes; after each change the network is read again. */
export function useKith(): { state: KithState; mutate: Mutate; reload: () => Promise<void> } {
  const [state, setState] = useState<KithState>(() => (hasBackendAccess() ? { phase: 'loading' } : { phase: 'no-access' }))

  const reload = useCallback(async () => setState(await loadState()), [])

  useEffect(() => {
    let active = true
    void loadState().then((loaded) => active && setState(loaded))
    return () => {
      active = false
    }
  }, [])

  const mutate = useCallback<Mutate>(
    async (channel, input) => {
      const result = await call(channel, input)
      if (result.ok) {
        setState(await readNetwork())
      } else if (result.error.code === 'STORE_UNAVAILABLE' || result.error.code === 'UNAUTHORIZED') {
        await reload()
      }
      return result
    },
    [reload],
  )

  return { state, mutate, reload }
}
