import { useEffect, useState } from 'react'
import type { OutputOf } from '../../core/contract'
import type { NetworkFile } from '../../core/network-file'
import type { PlanMonth } from '../../core/plan-schema'
import { call } from '../client/backend-client'

type Proposal = OutputOf<'plan:suggest'>

export interface SuggestionsState {
  /** The last answer for this month; kept on screen while a newer one is on its way. */
  readonly proposal: Proposal | null
  readonly error: string | null
  readonly loading: boolean
}

/**
 * The month's suggestions from the backend, asked again after every change (each change makes a new network
 * object), so someone just added or planned nearby drops out. `wanted` false skips the call: a full month
 * has nothing to suggest.
 */
export function useSuggestions(network: NetworkFile, month: PlanMonth, wanted: boolean): SuggestionsState {
  const [answer, setAnswer] = useState<{ network: NetworkFile; month: PlanMonth; proposal: Proposal | null; error: string | null } | null>(null)
  useEffect(() => {
    if (!wanted) return
    let active = true
    void call('plan:suggest', { month }).then((result) => {
      if (!active) return
      setAnswer((previous) => ({
        network,
        month,
        proposal: result.ok ? result.value : previous?.month === month ? previous.proposal : null,
        error: result.ok ? null : result.error.message,
      }))
    })
    return () => {
      active = false
    }
  }, [network, month, wanted])
  if (!wanted) return { proposal: null, error: null, loading: false }
  const current = answer?.month === month ? answer : null
  return { proposal: current?.proposal ?? null, error: current?.error ?? null, loading: current?.network !== network }
}
