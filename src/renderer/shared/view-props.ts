import type { Channel } from '../../core/channels'
import type { InputOf, OutputOf } from '../../core/contract'
import type { IsoDate } from '../../core/dates'
import type { NetworkFile } from '../../core/network-file'
import type { Result } from '../../core/result'

/** A change through the backend; on success the app applies what changed (network:since), so the views redraw what it touched. */
export type Mutate = <C extends Channel>(channel: C, input: InputOf<C>) => Promise<Result<OutputOf<C>>>

/** Shows a message; `kind: 'info'` for good news, errors otherwise. */
export type Notify = (message: string, kind?: 'error' | 'info') => void

/** What every main view receives: the network, the way to change it, a way to tell the user, and the day. */
export interface ViewProps {
  readonly network: NetworkFile
  readonly mutate: Mutate
  readonly notify: Notify
  /** The user's calendar day; it rolls over at midnight (see use-today.ts), so staleness follows the calendar. */
  readonly today: IsoDate
}
