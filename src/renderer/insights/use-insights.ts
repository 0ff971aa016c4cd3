import { useCallback, useEffect, useState } from 'react'
import type { IsoDate } from '../../core/dates'
import type { Insights } from '../../core/insight-schema'
import type { NetworkFile } from '../../core/network-file'
import { call } from '../client/backend-client'

interface Answer {
  /** The network, day and attempt this answer was asked for. */
  readonly network: NetworkFile
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
 * The insights of the network on screen: asked for again whenever the network changes (every change makes
 * a new network object), so a gap the user just closed disappears without a reload, and when the day turns.
 */
export function useInsights(network: NetworkFile, today: IsoDate): InsightsState {
  const [attempt, setAttempt] = useState(0)
  const [answer, setAnswer] = useState<Answer | null>(null)

  useEffect(() => {
    let active = true
    void call('insights:get', { asOf: today }).then((result) => {
      if (!active) return
      setAnswer((previous) => ({
        network,
        today,
        attempt,
        error: result.ok ? null : result.error.message,
        insights: result.ok ? result.value : (previous?.insights ?? null),
      }))
    })
    return () => {
      active = false
    }
  }, [network, today, attempt])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  return {
    insights: answer?.insights ?? null,
    error: answer?.error ?? null,
    loading: answer === null || answer.network !== network || answer.today !== today || answer.attempt !== attempt,
    retry,
  }
}
