import { useCallback, useEffect, useRef, useState } from 'react'
import type { HistoryStatus } from '../../core/contract'
import type { NetworkFile } from '../../core/network-file'
import { call, hasBackendAccess } from '../client/backend-client'
import { takeFirstRead, type FirstRead } from '../client/first-read'
import { catchUp, type Held } from '../client/network-sync'
import type { Unavailable } from '../recovery/RecoveryView'
import type { Mutate } from '../shared/view-props'

export type KithState =
  | { readonly phase: 'loading' }
  | { readonly phase: 'no-access' }
  | { readonly phase: 'unavailable'; readonly status: Unavailable }
  | { readonly phase: 'failed'; readonly message: string }
  | { readonly phase: 'ready'; readonly network: NetworkFile; readonly history: HistoryStatus }

type Loaded = { readonly state: KithState; readonly held: Held | null }

/** The store's status and the whole network; `first`, the read the page started at load, when it has one. */
async function loadState(first: FirstRead | null = null): Promise<Loaded> {
  if (!hasBackendAccess()) return { state: { phase: 'no-access' }, held: null }
  // Both at once: the network is what takes time, and it is refused anyway when the store did not open.
  const [status, caught] = await Promise.all([first?.status ?? call('store:status', {}), catchUp(null, first?.network)])
  if (!status.ok) return { state: status.error.code === 'UNAUTHORIZED' ? { phase: 'no-access' } : { phase: 'failed', message: status.error.message }, held: null }
  if (status.value.state !== 'ready') return { state: { phase: 'unavailable', status: status.value }, held: null }
  if (!caught.ok) return { state: { phase: 'failed', message: caught.error.message }, held: null }
  const { held, history } = caught.value
  return { state: { phase: 'ready', network: held.network, history }, held }
}

const sameHistory = (a: HistoryStatus, b: HistoryStatus) => a.undo === b.undo && a.redo === b.redo

/**
 * Loads the store's status and the whole network once, then keeps it current with what changed: after each
 * change made here, and when the window comes back into view (another window may have changed it).
 */
export function useKith(): { state: KithState; mutate: Mutate; reload: () => Promise<void> } {
  const [state, setState] = useState<KithState>(() => (hasBackendAccess() ? { phase: 'loading' } : { phase: 'no-access' }))
  /** The network this window holds and the revision it is at; null until it has one. */
  const held = useRef<Held | null>(null)
  /** Catching up runs one at a time, each from where the previous one left off. */
  const syncing = useRef<Promise<void>>(Promise.resolve())

  const show = useCallback((loaded: Loaded) => {
    held.current = loaded.held
    setState(loaded.state)
  }, [])

  const reload = useCallback(async () => show(await loadState()), [show])

  const sync = useCallback((): Promise<void> => {
    const next = syncing.current.then(async () => {
      const from = held.current
      if (!from) return
      const caught = await catchUp(from)
      if (!caught.ok) {
        if (caught.error.code === 'STORE_UNAVAILABLE' || caught.error.code === 'UNAUTHORIZED') show(await loadState())
        return
      }
      const { held: now, history } = caught.value
      held.current = now
      // Nothing changed: keep the same state object, so nothing re-renders.
      setState((shown) =>
        shown.phase === 'ready' && shown.network === now.network && sameHistory(shown.history, history) ? shown : { phase: 'ready', network: now.network, history },
      )
    })
    syncing.current = next.catch(() => undefined)
    return next
  }, [show])

  useEffect(() => {
    let active = true
    void loadState(takeFirstRead()).then((loaded) => active && show(loaded))
    const onVisible = () => {
      if (document.visibilityState === 'visible') void sync()
    }
    window.addEventListener('focus', onVisible)
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      active = false
      window.removeEventListener('focus', onVisible)
      document.removeEventListener('visibilitychange', onVisible)
    }
  }, [show, sync])

  const mutate = useCallback<Mutate>(
    async (channel, input) => {
      const result = await call(channel, input)
      if (result.ok) {
        await sync()
      } else if (result.error.code === 'STORE_UNAVAILABLE' || result.error.code === 'UNAUTHORIZED') {
        await reload()
      }
      return result
    },
    [reload, sync],
  )

  return { state, mutate, reload }
}
