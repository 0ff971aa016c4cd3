import { useState } from 'react'
import type { ContactId } from '../../core/schema'
import type { Mutate, Notify } from '../shared/view-props'

export interface TieDrawing {
  /** Tie mode is on: clicks on people pick the two ends of a new tie. */
  readonly on: boolean
  /** The first person picked, waiting for the second. */
  readonly source: string | null
  toggle(): void
  cancel(): void
  /** A click on a person in tie mode: the first end, a change of mind (the same person again), or the second end. */
  pick(id: string): void
}

/** Drawing a tie between two people on the map: pick one, then the other; the tie is saved at once. */
export function useTieDrawing(mutate: Mutate, notify: Notify): TieDrawing {
  const [on, setOn] = useState(false)
  const [source, setSource] = useState<string | null>(null)
  const cancel = () => {
    setOn(false)
    setSource(null)
  }
  const create = async (a: string, b: string) => {
    const result = await mutate('ties:create', { a: a as ContactId, b: b as ContactId })
    if (!result.ok) notify(result.error.message)
    cancel()
  }
  return {
    on,
    source,
    toggle: () => {
      setSource(null)
      setOn((was) => !was)
    },
    cancel,
    pick: (id) => {
      if (!source) return setSource(id)
      if (source === id) return setSource(null)
      void create(source, id)
    },
  }
}
