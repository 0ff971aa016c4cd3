import { bandLook, MAP_COLORS } from '../shared/encodings'
import { formatNumber } from '../shared/format'
import { useTheme } from '../shared/theme'
import type { LegendContent } from './legend-content'

const DASH: Record<string, string> = { solid: 'none', dashed: '4 3', dotted: '1.5 2.5' }

/** Explains every encoding on the map, with counts of what is shown; says when a filter hides part of it. */
export function Legend({ legend, onClearFilter }: { legend: LegendContent; onClearFilter: () => void }) {
  // Rings and markers as the map draws them in this theme.
  const theme = useTheme()
  return (
    <aside className="legend" aria-label="Map legend">
      {legend.filterNote && (
        <div className="legend-filter" role="status">
          <strong>Filter on:</strong> {legend.filterNote}.{' '}
          <button type="button" className="link" onClick={onClearFilter}>
            Show everyone
          </button>
        </div>
      )}
      <h2>Colour: category</h2>
      <ul>
        {legend.categories.map((c) => (
          <li key={c.category} className={c.count === 0 && !legend.filterNote ? 'missing' : undefined}>
            <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
            {c.label} <span className="muted">{c.count === 0 && !legend.filterNote ? 'none yet' : formatNumber(c.count)}</span>
          </li>
        ))}
      </ul>
      {legend.multiCategory && <p className="muted small">Pie slices: someone in several categories.</p>}
      <h2>Line width: tie strength</h2>
      <div className="strength-scale" aria-label="Line width grows from strength 1 to 5">
        {legend.strengths.map((s) => (
          <span key={s.strength} className="strength-sample">
            <span className="line" style={{ height: s.width }} aria-hidden="true" />
            {s.strength}
          </span>
        ))}
      </div>
      <h2>Fading and border: last contact</h2>
      <ul>
        {legend.bands.map((b) => (
          <li key={b.band}>
            <svg className="band-sample" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
              <circle cx="8" cy="8" r="6" fill="#56B4E9" fillOpacity={b.look.fillOpacity} stroke={bandLook(b.band, theme).borderColor} strokeWidth={b.look.borderWidth} strokeDasharray={DASH[b.look.borderStyle]} />
            </svg>
            {b.label} <span className="muted">{formatNumber(b.count)}</span>
          </li>
        ))}
      </ul>
      <p className="muted small">Against each person’s keep-in-touch cadence: fresh under 75%, due soon to 100%, overdue to twice it. New: added lately, nothing logged yet (for up to a month).</p>
      {(legend.laidOff || legend.ties) && <h2>Markers</h2>}
      <ul>
        {legend.laidOff && (
          <li>
            <svg className="band-sample" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
              <circle cx="8" cy="8" r="4.5" fill="#56B4E9" />
              <circle cx="8" cy="8" r="7" fill="none" stroke={MAP_COLORS[theme].laidOff} strokeWidth="1.8" />
            </svg>
            On my laid-off list <span className="muted">{formatNumber(legend.laidOff.count)}</span>
          </li>
        )}
        {legend.ties && (
          <li>
            <span className="tie-sample" style={{ background: MAP_COLORS[theme].tie }} aria-hidden="true" />
            They know each other <span className="muted">{formatNumber(legend.ties.count)}</span>
          </li>
        )}
      </ul>
    </aside>
  )
}
