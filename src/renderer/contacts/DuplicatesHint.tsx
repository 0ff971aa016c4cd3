import { useMemo, useState } from 'react'
import { findLikelyDuplicates, type DuplicateGroup } from '../../core/likely-duplicates'
import type { Contact } from '../../core/schema'
import { formatNumber, plural } from '../shared/format'
import { indexById } from '../shared/index-by-id'

/** Groups listed at once; more on request, so a network full of namesakes stays quick. */
const PAGE = 50

const REASONS: Readonly<Record<string, string>> = { email: 'same e-mail', name: 'same name', 'email,name': 'same name and e-mail' }

/**
 * A quiet line above the table when some people look like they are in Kith twice; opened, it lists them,
 * each group with a button that opens the merge dialog for its first two.
 */
export function DuplicatesHint(props: { contacts: readonly Contact[]; onMerge: (ids: readonly [string, string]) => void }) {
  const groups = useMemo(() => findLikelyDuplicates(props.contacts), [props.contacts])
  const byId = useMemo(() => indexById(props.contacts), [props.contacts])
  const [open, setOpen] = useState(false)
  const [shown, setShown] = useState(PAGE)
  if (groups.length === 0) return null

  const describe = (group: DuplicateGroup) => group.ids.map((id) => byId.get(id)).filter((c): c is Contact => c !== undefined)
  return (
    <div className="duplicates-hint" role="region" aria-label="Possible duplicates">
      <button type="button" className="link" aria-expanded={open} aria-controls="duplicate-groups" onClick={() => setOpen(!open)}>
        {plural(groups.length, 'possible duplicate')}
      </button>
      <span className="muted small">{open ? 'People who share an e-mail address or a name.' : 'Review and merge them.'}</span>
      {open && (
        <ul id="duplicate-groups" className="duplicate-groups">
          {groups.slice(0, shown).map((group) => {
            const people = describe(group)
            const [a, b] = people
            if (!a || !b) return null
            return (
              <li key={group.ids.join(' ')}>
                <span className="duplicate-names">
                  {people.map((c, i) => (
                    <span key={c.id}>
                      {i === 0 ? '' : i === people.length - 1 ? 'and ' : ''}
                      <strong>{c.name}</strong>
                      {(c.organization || c.email) && <span className="muted small"> ({c.organization || c.email})</span>}
                      {i < people.length - 2 ? ',' : ''}
                    </span>
                  ))}
                </span>
                <span className="muted small">{REASONS[group.reasons.join(',')]}</span>
                <button type="button" aria-label={`Merge ${a.name} and ${b.name}…`} onClick={() => props.onMerge([a.id, b.id])}>
                  Merge…
                </button>
              </li>
            )
          })}
          {groups.length > shown && (
            <li>
              <button type="button" className="link" onClick={() => setShown((n) => n + PAGE)}>
                Show {formatNumber(Math.min(PAGE, groups.length - shown))} more of {formatNumber(groups.length - shown)}
              </button>
            </li>
          )}
        </ul>
      )}
    </div>
  )
}
