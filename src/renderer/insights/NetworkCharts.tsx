import type { Insights } from '../../core/insight-schema'
import { plural } from '../shared/format'
import { BarChart } from './BarChart'
import { cadenceNote } from './card-notes'
import { bandBars, categoryBars, reciprocityBars } from './chart-data'
import { TrendChart } from './TrendChart'

/** The shape of the network in four small charts: who, how fresh, give and take, and the trend. */
export function NetworkCharts({ insights }: { insights: Insights }) {
  const { metrics, snapshots } = insights
  const { bands, reciprocity } = metrics
  const helped = reciprocity.gave + reciprocity.received + reciprocity.mutual
  return (
    <>
      <section className="insights-card" aria-labelledby="chart-categories">
        <h2 id="chart-categories">Contacts per category</h2>
        <p className="card-note">
          {metrics.contacts === 0
            ? 'Each bar grows as you add people; a category still empty is a kind of contact you have not added yet.'
            : 'Someone in two categories counts in both. An empty category is a gap in your network.'}
        </p>
        <BarChart title="Contacts per category" bars={categoryBars(metrics.categoryCounts)} labelWidth={140} />
      </section>
      <section className="insights-card" aria-labelledby="chart-bands">
        <h2 id="chart-bands">Last contact against cadence</h2>
        <p className="card-note">
          {cadenceNote(metrics)} Drawn as on the map.
        </p>
        <BarChart title="Contacts by staleness" bars={bandBars(bands)} labelWidth={180} />
      </section>
      <section className="insights-card" aria-labelledby="chart-reciprocity">
        <h2 id="chart-reciprocity">Who helped whom, last 12 months</h2>
        <p className="card-note">
          {helped === 0
            ? 'No help given or received was logged in the last year.'
            : `Of ${plural(helped, 'interaction')} where someone helped.`}
          {reciprocity.none > 0 && ` ${plural(reciprocity.none, 'other interaction')} had no help either way.`}
        </p>
        <BarChart title="Interactions in the last 12 months by who helped whom" bars={reciprocityBars(reciprocity)} labelWidth={150} />
      </section>
      <section className="insights-card" aria-labelledby="chart-trend">
        <h2 id="chart-trend">Health score over time</h2>
        <TrendChart snapshots={snapshots} />
      </section>
    </>
  )
}
