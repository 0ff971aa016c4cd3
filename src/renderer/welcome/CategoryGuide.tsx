import { CATEGORIES } from '../../core/categories'
import { categoryDescription, categoryLabel } from '../shared/labels'

/** The eight kinds of people Kith sorts contacts into, each in a sentence, folded away until asked for. */
export function CategoryGuide() {
  return (
    <details className="category-guide">
      <summary>The eight kinds of people Kith asks about</summary>
      <p className="muted small">A balanced network has someone of each kind. You choose one or more for every contact.</p>
      <dl>
        {CATEGORIES.map((c) => (
          <div key={c}>
            <dt>{categoryLabel(c)}</dt>
            <dd>{categoryDescription(c)}</dd>
          </div>
        ))}
      </dl>
    </details>
  )
}
