import { useCallback, useEffect, useState } from 'react'
import type { Insights } from '../../core/insight-schema'
import type { NetworkFile } from '../../core/network-file'
import { call } from '../client/backend-client'

interface Answer {
  /** The network and attempt this answer was asked for. */
  readonly network: NetworkFile
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
 * a new network object), so a gap the user just closed disappears without a reload.
 */
export function useInsights(network: NetworkFile): InsightsState {
  const [attempt, setAttempt] = useState(0)
  const [answer, setAnswer] = useState<Answer | null>(null)

  useEffect(() => {
    let active = true
    void call('insights:get', {}).then((result) => {
      if (!active) return
      setAnswer((previous) => ({
        network,
        attempt,
        error: result.ok ? null : result.error.message,
        insights: result.ok ? result.value : (previous?.insights ?? null),
      }))
    })
    return () => {
      active = false
    }
  }, [network, attempt])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  return {
    insights: answer?.insights ?? null,
    error: answer?.error ?? null,
    loading: answer === null || answer.network !== network || answer.attempt !== attempt,
    retry,
  }
}
