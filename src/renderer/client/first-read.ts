import type { OutputOf } from '../../core/contract'
import type { Result } from '../../core/result'
import { hasBackendAccess, send } from './transport'

export interface FirstRead {
  readonly status: Promise<Result<OutputOf<'store:status'>>>
  readonly network: Promise<Result<OutputOf<'network:since'>>>
}

/**
 * The store's status and the whole network, asked for as soon as the page's first, small script runs
 * (main.ts), so the backend reads and sends the network while the app's own script loads and starts.
 */
let pending: FirstRead | null = null

/** Starts the first read (main.ts, once the app's own script is requested). */
export function startFirstRead(): void {
  if (hasBackendAccess()) pending = { status: send('store:status', {}), network: send('network:since', { revision: null }) }
}

/** The read started at load, once; null when it was taken already (later loads ask again). */
export function takeFirstRead(): FirstRead | null {
  const read = pending
  pending = null
  return read
}
