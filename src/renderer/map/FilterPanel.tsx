import { CATEGORIES } from '../../core/categories'
import { STALENESS_BANDS, STALENESS_LABELS } from '../../core/staleness'
import { EnumSelect } from '../shared/EnumSelect'
import { categoryLabel, STRENGTHS } from '../shared/labels'
import { NO_FILTER, isFilterActive, type MapFilter } from './filters'

const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] => (on ? [...list, item] : list.filter((x) => x !== item))

/** Narrow the map down: categories, strength, staleness, tags, laid-off list. Hidden contacts are not drawn. */
export function FilterPanel(props: { filter: MapFilter; tags: readonly string[]; onChange: (filter: MapFilter) => void }) {
  const { filter, onChange } = props
  return (
    <section className="filter-panel" aria-label="Filter the map">
      <header>
        <h2>Filter</h2>
        <button type="button" className="link" disabled={!isFilterActive(filter)} onClick={() => onChange(NO_FILTER)}>
          Clear filter
        </button>
      </header>
      <fieldset>
        <legend>Categories</legend>
        {CATEGORIES.map((c) => (
          <label key={c} className="check">
            <input type="checkbox" checked={filter.categories.includes(c)} onChange={(e) => onChange({ ...filter, categories: toggle(filter.categories, c, e.target.checked) })} />
            {categoryLabel(c)}
          </label>
        ))}
      </fieldset>
      <fieldset className="strength-range">
        <legend>Tie strength</legend>
        <label>
          From
          <EnumSelect value={filter.minStrength} options={STRENGTHS} label={String} onChange={(s) => onChange({ ...filter, minStrength: Math.min(s, filter.maxStrength) })} />
        </label>
        <label>
          to
          <EnumSelect value={filter.maxStrength} options={STRENGTHS} label={String} onChange={(s) => onChange({ ...filter, maxStrength: Math.max(s, filter.minStrength) })} />
        </label>
      </fieldset>
      <fieldset>
        <legend>Staleness</legend>
        {STALENESS_BANDS.map((b) => (
          <label key={b} className="check">
            <input type="checkbox" checked={filter.bands.includes(b)} onChange={(e) => onChange({ ...filter, bands: toggle(filter.bands, b, e.target.checked) })} />
            {STALENESS_LABELS[b]}
          </label>
        ))}
      </fieldset>
      {props.tags.length > 0 && (
        <fieldset>
          <legend>Tags</legend>
          <div className="tag-options">
            {props.tags.map((t) => (
              <label key={t} className="check">
                <input type="checkbox" checked={filter.tags.includes(t)} onChange={(e) => onChange({ ...filter, tags: toggle(filter.tags, t, e.target.checked) })} />
                {t}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <label className="check">
        <input type="checkbox" checked={filter.laidOffOnly} onChange={(e) => onChange({ ...filter, laidOffOnly: e.target.checked })} />
        Only people on my laid-off list
      </label>
    </section>
  )
}
