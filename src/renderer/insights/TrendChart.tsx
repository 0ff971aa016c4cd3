import type { Snapshot } from '../../core/insight-schema'
import { formatDay } from '../shared/format'
import { linePoints, niceMax, pathThrough } from './chart-geometry'

const WIDTH = 420
const HEIGHT = 150
const PLOT = { x: 34, y: 10, width: WIDTH - 34 - 28, height: HEIGHT - 10 - 26 }

/** The other numbers kept each day, as small lines under the score. */
const SPARKS: readonly { key: keyof Omit<Snapshot, 'date' | 'score'>; label: string }[] = [
  { key: 'contacts', label: 'Contacts' },
  { key: 'pastCadence', label: 'Past their cadence' },
  { key: 'laidOffReady', label: 'Laid-off list in touch' },
  { key: 'gaps', label: 'Open gaps' },
]

/** The health score over the days Kith was used, with the other daily numbers as sparklines. */
export function TrendChart({ snapshots }: { snapshots: readonly Snapshot[] }) {
  if (snapshots.length < 2) {
    return (
      <p className="trend-empty">
        The trend appears after a few days of use: Kith notes your score once a day.
        {snapshots[0] && ` Today’s score, ${snapshots[0].score}, is the first point.`}
      </p>
    )
  }
  const points = linePoints(
    snapshots.map((s) => ({ date: s.date, value: s.score })),
    PLOT,
    100,
  )
  const first = points[0]
  const last = points.at(-1)
  if (!first || !last) return null
  return (
    <>
      <svg
        className="chart"
        width={WIDTH}
        height={HEIGHT}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`Health score over time: ${first.value} on ${formatDay(first.date)}, ${last.value} on ${formatDay(last.date)}, lowest ${Math.min(...points.map((p) => p.value))}, highest ${Math.max(...points.map((p) => p.value))}.`}
      >
        {[0, 50, 100].map((tick) => {
          const y = PLOT.y + PLOT.height - (tick / 100) * PLOT.height
          return (
            <g key={tick}>
              <line className="chart-grid" x1={PLOT.x} x2={PLOT.x + PLOT.width} y1={y} y2={y} />
              <text className="chart-tick" x={PLOT.x - 6} y={y} textAnchor="end" dominantBaseline="central">
                {tick}
              </text>
            </g>
          )
        })}
        <path className="trend-line" d={pathThrough(points)} />
        {points.map((p) => (
          <circle key={p.date} className="trend-dot" cx={p.x} cy={p.y} r={points.length > 40 ? 1.5 : 3} />
        ))}
        <text className="chart-value strong" x={last.x + 6} y={last.y} dominantBaseline="central">
          {last.value}
        </text>
        <text className="chart-tick" x={PLOT.x} y={HEIGHT - 6}>
          {formatDay(first.date)}
        </text>
        <text className="chart-tick" x={PLOT.x + PLOT.width} y={HEIGHT - 6} textAnchor="end">
          {formatDay(last.date)}
        </text>
      </svg>
      <ul className="sparks">
        {SPARKS.map(({ key, label }) => {
          const series = snapshots.map((s) => ({ date: s.date, value: s[key] }))
          const spark = linePoints(series, { x: 2, y: 3, width: 96, height: 18 }, niceMax(Math.max(...series.map((s) => s.value), 1)))
          const from = series[0]?.value ?? 0
          const to = series.at(-1)?.value ?? 0
          return (
            <li key={key}>
              <span>{label}</span>
              <svg width={100} height={24} viewBox="0 0 100 24" role="img" aria-label={`${label}: from ${from} to ${to}`}>
                <path className="spark-line" d={pathThrough(spark)} />
              </svg>
              <span className="spark-values">
                {from} → <strong>{to}</strong>
              </span>
            </li>
          )
        })}
      </ul>
    </>
  )
}
