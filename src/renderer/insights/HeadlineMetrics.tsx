import type { Metrics } from '../../core/insight-schema'
import { headlineMetrics } from './headline-metrics'

/** The network in a few numbers, each with one line on what it means. */
export function HeadlineMetrics({ metrics }: { metrics: Metrics }) {
  return (
    <section className="insights-card" aria-labelledby="numbers-title">
      <h2 id="numbers-title">Your network in numbers</h2>
      <dl className="headline-grid">
        {headlineMetrics(metrics).map((h) => (
          <div key={h.id} className="headline">
            <dt>{h.label}</dt>
            <dd className="headline-value">{h.value}</dd>
            <dd className="headline-explanation">{h.explanation}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
