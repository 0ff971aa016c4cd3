import { useCallback, useEffect, useMemo, useState } from 'react'
import type { IsoDate } from '../../core/dates'
import type { Insights } from '../../core/insight-schema'
import type { NetworkFile } from '../../core/network-file'
import { call } from '../client/backend-client'

/** The parts of the network the insights read, the same array while each part is the same object. */
function useInputs(network: NetworkFile) {
  const { contacts, ties, interactions, events, followUps, me, settings, plan, gapDecisions, snapshots } = network
  // Changes never mutate, they replace what they touch: a moved node or an edited template leaves these alone.
  return useMemo(
    () => [contacts, ties, interactions, events, followUps, me, settings, plan, gapDecisions, snapshots] as const,
    [contacts, ties, interactions, events, followUps, me, settings, plan, gapDecisions, snapshots],
  )
}
type Inputs = ReturnType<typeof useInputs>

interface Answer {
  /** The inputs, day and attempt this answer was asked for. */
  readonly inputs: Inputs
  readonly today: IsoDate
  readonly attempt: number
  readonly error: string | null
  /** The last good insights, kept on screen while a newer answer is on its way or failed. */
  readonly insights: Insights | null
}

export interface InsightsState {
  readonly insights: Insights | null
  readonly error: string | null
  readonly loading: boolean
  readonly retry: () => void
}

/**
 * The insights of the network on screen: asked for again whenever a part they read changes (a change
 * replaces the records it touches and keeps the rest), so a gap the user just closed disappears without a
 * reload, and when the day turns; never when nothing they read changed.
 */
export function useInsights(network: NetworkFile, today: IsoDate): InsightsState {
  const [attempt, setAttempt] = useState(0)
  const [answer, setAnswer] = useState<Answer | null>(null)
  const inputs = useInputs(network)

  useEffect(() => {
    let active = true
    void call('insights:get', { asOf: today }).then((result) => {
      if (!active) return
      setAnswer((previous) => ({
        inputs,
        today,
        attempt,
        error: result.ok ? null : result.error.message,
        insights: result.ok ? result.value : (previous?.insights ?? null),
      }))
    })
    return () => {
      active = false
    }
  }, [inputs, today, attempt])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  return {
    insights: answer?.insights ?? null,
    error: answer?.error ?? null,
    loading: answer === null || answer.inputs !== inputs || answer.today !== today || answer.attempt !== attempt,
    retry,
  }
}
