import { useState } from 'react'
import type { Gap, Insights } from '../../core/insight-schema'
import { useDialogs } from '../shared/dialogs'
import { formatDay, plural } from '../shared/format'
import { YOUNG_NETWORK } from '../shared/next-steps'
import { NextStepsCard } from '../shared/NextStepsCard'
import type { ViewProps } from '../shared/view-props'
import type { GapGroup } from './gap-groups'
import { GapList } from './GapList'
import { snoozeUntil } from './gap-list'
import { HeadlineMetrics } from './HeadlineMetrics'
import { HealthCard } from './HealthCard'
import { NetworkCharts } from './NetworkCharts'
import { PlanStreakCard } from './PlanStreakCard'
import { ReachOutCard } from './ReachOutCard'
import { ThresholdsCard } from './ThresholdsCard'
import { useInsights } from './use-insights'
import './insights.css'

/** Where the insights view sends the user; the app decides how (dialogs, other views, the map). */
export interface InsightsNavigation {
  /** A gap's action button. */
  readonly onGapAction: (gap: Gap) => void
  /** Show these people on the map, faded around them, titled with why. */
  readonly onShowOnMap: (ids: readonly string[], reason: string) => void
  /** Open one contact on the map. */
  readonly onOpenContact: (id: string) => void
}

/** Below this many contacts, the view says the gaps are mostly about who has not been added yet. */
const EARLY_DAYS_CONTACTS = 10

/** How the network is doing, in ten seconds: the score, who to contact today, the gaps, and the shape of it. */
export function InsightsView(props: ViewProps & InsightsNavigation) {
  const { network, mutate, notify, today } = props
  const dialogs = useDialogs()
  const { insights, error, loading, retry } = useInsights(network, today)
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set())

  /** Hides or restores the gaps of one card, one by one; the network changes, so the insights are read again. */
  const decide = async (key: string, ids: readonly string[], change: (id: string) => ReturnType<typeof mutate>, done: string) => {
    setBusy((keys) => new Set(keys).add(key))
    let problem: string | null = null
    for (const id of ids) {
      const result = await change(id)
      if (!result.ok) {
        problem = result.error.message
        break
      }
    }
    setBusy((keys) => {
      const next = new Set(keys)
      next.delete(key)
      return next
    })
    notify(problem ?? done, problem ? 'error' : 'info')
  }
  const snooze = ({ key, ids, lead }: GapGroup<Gap>) => {
    const until = snoozeUntil(today)
    void decide(key, ids, (id) => mutate('gaps:dismiss', { id, until }), `Snoozed “${lead.title}” until ${formatDay(until)}.`)
  }
  const dismiss = ({ key, ids, lead }: GapGroup<Gap>) =>
    void decide(key, ids, (id) => mutate('gaps:dismiss', { id, until: null }), `Dismissed “${lead.title}”. It is listed under hidden gaps.`)
  const restore = ({ key, ids, lead }: GapGroup<Insights['hidden'][number]>) =>
    void decide(key, ids, (id) => mutate('gaps:restore', { id }), `“${lead.title}” is back in the list.`)

  return (
    <div className="insights-view">
      <header className="toolbar">
        <h1>Insights</h1>
        {insights && (
          <span className="muted">
            As of {formatDay(insights.asOf)} · {plural(insights.metrics.contacts, 'contact')}
          </span>
        )}
        <span className="spacer" />
        <span className="muted small" role="status">
          {insights && loading ? 'Updating…' : ''}
        </span>
      </header>
      <div className="insights-body">
        {error && (
          <div className="callout error insights-error" role="alert">
            <span>Kith could not work out your insights: {error}</span>
            <button type="button" onClick={retry} disabled={loading}>
              {loading ? 'Retrying…' : 'Retry'}
            </button>
          </div>
        )}
        {!insights ? (
          !error && (
            <p className="muted" role="status">
              Looking at your network…
            </p>
          )
        ) : (
          <div className="insights-grid">
            {insights.metrics.contacts < YOUNG_NETWORK ? (
              <div className="insights-early">
                <NextStepsCard
                  network={network}
                  title={insights.metrics.contacts === 0 ? 'Your network is empty so far' : 'Next steps'}
                  {...(insights.metrics.contacts > 0 && {
                    intro: `With ${plural(insights.metrics.contacts, 'contact')} so far, most of what follows is simply people not added yet. These help most now:`,
                  })}
                />
              </div>
            ) : insights.metrics.contacts < EARLY_DAYS_CONTACTS && (
              <p className="callout insights-early">
                With {plural(insights.metrics.contacts, 'contact')} so far, most of what follows is simply people not added yet. Add the
                people you already work with and rely on first; the score and the gaps sharpen as the map fills.
              </p>
            )}
            <div className="insights-column">
              <HealthCard health={insights.metrics.health} contacts={insights.metrics.contacts} />
              <GapList
                gaps={insights.gaps}
                hidden={insights.hidden}
                busy={busy}
                contacts={insights.metrics.contacts}
                onAction={props.onGapAction}
                onShow={(gap) => props.onShowOnMap(gap.contactIds, gap.title)}
                onSnooze={snooze}
                onDismiss={dismiss}
                onRestore={restore}
              />
              <ThresholdsCard thresholds={network.settings.insightThresholds} mutate={mutate} notify={notify} />
            </div>
            <div className="insights-column">
              <ReachOutCard queue={insights.reachOut} metrics={insights.metrics} onOpen={props.onOpenContact} onLog={(id) => dialogs.open({ kind: 'log', contactIds: [id] })} />
              <PlanStreakCard network={network} today={today} />
              <HeadlineMetrics metrics={insights.metrics} />
              <NetworkCharts insights={insights} />
            </div>
          </div>
        )}
      </div>
    </div>
  )
}
