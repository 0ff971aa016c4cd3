import { useId, useMemo, useState } from 'react'
import type { Contact } from '../../core/schema'
import { plural } from '../shared/format'
import { contactMatches, MATCH_LIMIT } from './compose-draft'

/** Who the message is to, and a search to write to someone else instead (at most 50 matches listed). */
export function ChooseContact(props: { contacts: readonly Contact[]; chosen: Contact; onChoose: (id: string) => void }) {
  const [searching, setSearching] = useState(false)
  const [query, setQuery] = useState('')
  const inputId = useId()
  const { matches, total } = useMemo(() => contactMatches(props.contacts, query), [props.contacts, query])
  const { chosen } = props

  if (!searching) {
    return (
      <p className="compose-recipient">
        <span className="muted">To</span> <strong>{chosen.name}</strong>
        {chosen.email ? <span className="muted"> · {chosen.email}</span> : <span className="muted"> · no e-mail address</span>}{' '}
        <button type="button" className="link small" onClick={() => setSearching(true)}>
          Write to someone else…
        </button>
      </p>
    )
  }
  return (
    <div className="compose-search">
      <div className="field">
        <label htmlFor={inputId}>Write to</label>
        {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the user just asked to search */}
        <input id={inputId} type="search" autoFocus value={query} placeholder="Name, organization, role or tag" onChange={(e) => setQuery(e.target.value)} />
      </div>
      <p className="muted small" role="status">
        {query.trim() === ''
          ? 'Type to find someone.'
          : total === 0
            ? 'Nobody matches.'
            : total > MATCH_LIMIT
              ? `${plural(total, 'match', 'matches')}; showing the first ${MATCH_LIMIT}. Type more to narrow it.`
              : `${plural(total, 'match', 'matches')}.`}
      </p>
      {matches.length > 0 && (
        <ul className="compose-matches" aria-label="Matching contacts">
          {matches.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className="link"
                onClick={() => {
                  props.onChoose(c.id)
                  setSearching(false)
                  setQuery('')
                }}
              >
                {c.name}
              </button>
              {c.organization && <span className="muted small"> · {c.organization}</span>}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => setSearching(false)}>
        Keep {chosen.name}
      </button>
    </div>
  )
}
