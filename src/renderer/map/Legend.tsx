import { CATEGORIES } from '../../core/categories'
import type { NetworkFile } from '../../core/network-file'
import { categoryLabel } from '../ui/format'
import { CATEGORY_COLORS, strengthWidth } from './map-style'

/** Explains every encoding on the map; categories nobody is in are listed as missing. */
export function Legend({ network }: { network: NetworkFile }) {
  const counts = new Map<string, number>()
  for (const c of network.contacts) {
    const main = c.categories[0]
    if (main) counts.set(main, (counts.get(main) ?? 0) + 1)
  }
  return (
    <aside className="legend" aria-label="Map legend">
      <h2>Colour: main category</h2>
      <ul>
        {CATEGORIES.map((c) => {
          const n = counts.get(c) ?? 0
          return (
            <li key={c} className={n === 0 ? 'missing' : undefined}>
              <span className="swatch" style={{ background: CATEGORY_COLORS[c] }} aria-hidden="true" />
              {categoryLabel(c)} <span className="muted">{n === 0 ? 'none yet' : n}</span>
            </li>
          )
        })}
      </ul>
      <h2>Line width: tie strength</h2>
      <div className="strength-scale" aria-label="Line width grows from strength 1 to 5">
        {[1, 2, 3, 4, 5].map((s) => (
          <span key={s} className="strength-sample">
            <span className="line" style={{ height: strengthWidth(s) }} aria-hidden="true" />
            {s}
          </span>
        ))}
      </div>
      <p className="muted small">Rings: closest ties inside. Dotted lines: contacts who know each other.</p>
    </aside>
  )
}
