import type { NetworkFile } from '../../core/network-file'
import type { Mutate } from './use-kith'

/** What every main view receives: the network, the way to change it, and a way to tell the user. */
export interface ViewProps {
  readonly network: NetworkFile
  readonly mutate: Mutate
  /** Shows a message; `kind: 'info'` for good news, errors otherwise. */
  readonly notify: (message: string, kind?: 'error' | 'info') => void
}
