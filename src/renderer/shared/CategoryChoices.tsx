import { useId } from 'react'
import { CATEGORIES, type Category } from '../../core/categories'
import { categoryDescription, categoryLabel } from './labels'

/**
 * The eight categories as checkboxes, each with its one-sentence meaning beside it (and as the box's
 * accessible description), so choosing a category never needs a guess about what it means.
 */
export function CategoryChoices(props: { chosen: readonly Category[]; onChange: (next: Category[]) => void }) {
  const baseId = useId()
  const { chosen, onChange } = props
  return (
    <div className="category-choices">
      {CATEGORIES.map((c) => {
        const id = `${baseId}-${c}`
        return (
          <div key={c} className="category-choice">
            <input
              type="checkbox"
              id={id}
              aria-describedby={`${id}-about`}
              checked={chosen.includes(c)}
              onChange={(e) => onChange(e.target.checked ? [...chosen, c] : chosen.filter((x) => x !== c))}
            />
            <label htmlFor={id}>{categoryLabel(c)}</label>
            <p id={`${id}-about`} className="category-about">
              {categoryDescription(c)}
            </p>
          </div>
        )
      })}
    </div>
  )
}
