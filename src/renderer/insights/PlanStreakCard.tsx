import type { IsoDate } from '../../core/dates'
import type { NetworkFile } from '../../core/network-file'
import { monthOf } from '../../core/plan-months'
import { monthProgress, planStreak } from '../../core/plan-target'
import { formatNumber } from '../shared/format'
import { streakText } from '../shared/plan-streak'

/** The monthly plan in two lines: this month's meetings against the target, and the streak of months on target. */
export function PlanStreakCard({ network, today }: { network: NetworkFile; today: IsoDate }) {
  const month = monthOf(today)
  const progress = monthProgress(network.plan, month, network.settings)
  return (
    <section className="insights-card plan-streak-card" aria-labelledby="plan-streak-heading">
      <h2 id="plan-streak-heading">Monthly plan</h2>
      <p className="plan-streak-line">
        {progress.target === 0
          ? 'This month is marked off.'
          : `This month: ${formatNumber(progress.met)} of ${formatNumber(progress.target)} met, ${formatNumber(progress.planned)} planned.`}
      </p>
      <p className="card-note">{streakText(planStreak(network.plan, month, network.settings))}</p>
    </section>
  )
}
