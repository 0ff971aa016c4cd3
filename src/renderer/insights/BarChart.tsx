import { barLength, niceMax } from './chart-geometry'
import { describeBars, type Bar } from './chart-data'

const ROW = 24
const BAR = 14
const VALUE_ROOM = 48

/** A horizontal bar chart with its labels on the bars, so it needs no separate legend. */
export function BarChart(props: { title: string; bars: readonly Bar[]; labelWidth?: number; width?: number }) {
  const { bars, labelWidth = 150, width = 420 } = props
  const span = width - labelWidth - VALUE_ROOM
  const max = niceMax(Math.max(...bars.map((b) => b.value), 1))
  const height = bars.length * ROW + 4
  return (
    <svg className="chart" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={describeBars(props.title, bars)}>
      <line className="chart-axis" x1={labelWidth} x2={labelWidth} y1={0} y2={height} />
      {bars.map((bar, i) => {
        const y = 2 + i * ROW
        const barY = y + (ROW - BAR) / 2
        const length = barLength(bar.value, max, span)
        return (
          <g key={bar.key}>
            <text className="chart-label" x={labelWidth - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="central">
              {bar.label}
            </text>
            {bar.missing ? (
              <>
                <rect className="chart-missing-box" x={labelWidth + 1} y={barY} width={22} height={BAR} rx={2} />
                <text className="chart-missing" x={labelWidth + 30} y={y + ROW / 2} dominantBaseline="central">
                  none
                </text>
              </>
            ) : (
              <>
                <rect
                  x={labelWidth + 1}
                  y={barY}
                  width={length}
                  height={BAR}
                  rx={2}
                  fill={bar.fill}
                  fillOpacity={bar.fillOpacity}
                  stroke={bar.stroke ?? 'none'}
                  strokeWidth={bar.strokeWidth}
                  strokeDasharray={bar.dash ?? undefined}
                />
                <text className="chart-value" x={labelWidth + 1 + length + 6} y={y + ROW / 2} dominantBaseline="central">
                  {bar.value}
                </text>
              </>
            )}
          </g>
        )
      })}
    </svg>
  )
}
