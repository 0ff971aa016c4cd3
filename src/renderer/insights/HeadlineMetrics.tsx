import type { Metrics } from '../../core/insight-schema'
import { headlineMetrics } from './headline-metrics'

/** The network in a few numbers, each with one line on what it means; measures from the research can be unfolded. */
export function HeadlineMetrics({ metrics }: { metrics: Metrics }) {
  return (
    <section className="insights-card" aria-labelledby="numbers-title">
      <h2 id="numbers-title">Your network in numbers</h2>
      {metrics.contacts === 0 ? (
        <p className="card-note">
          The numbers appear once you have added someone: how many of the eight categories you cover, how many industries and employers your
          contacts come from, and who you would call if you lost your job.
        </p>
      ) : (
        <dl className="headline-grid">
          {headlineMetrics(metrics).map((h) => (
            <div key={h.id} className="headline">
              <dt>{h.label}</dt>
              <dd className="headline-value">{h.value}</dd>
              <dd className="headline-explanation">{h.explanation}</dd>
              {h.more && (
                <dd className="headline-more">
                  <details>
                    <summary>How is this measured?</summary>
                    <p>{h.more}</p>
                  </details>
                </dd>
              )}
            </div>
          ))}
        </dl>
      )}
    </section>
  )
}
