import { useDeferredValue, useMemo, useState } from 'react'
import type { Contact } from '../../core/schema'
import { formatNumber } from '../shared/format'
import { nameWithWhere } from '../shared/person-label'
import { introducerChoices, LIST_EVERYONE_UP_TO, MATCHES_SHOWN } from './introducer-choices'
import './introduced-by.css'

/** Rows of the list of matches shown at once while searching. */
const LIST_ROWS = 8

/** The "Introduced by" choice: a plain list, with a name search in front of it once the network is large. */
export function IntroducedBy(props: {
  others: readonly Contact[]
  value: string
  onChange: (id: string) => void
  attrs: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }
}) {
  const { others, value, onChange, attrs } = props
  const [query, setQuery] = useState('')
  const deferred = useDeferredValue(query)
  const { offered, matched } = useMemo(() => introducerChoices(others, value, deferred), [others, value, deferred])
  const large = others.length > LIST_EVERYONE_UP_TO
  const statusId = `${attrs.id}-found`
  const status =
    deferred.trim() === ''
      ? `Type part of a name to choose among ${formatNumber(others.length)} people.`
      : matched === 0
        ? `Nobody matches “${deferred.trim()}” by name, organization, role or tag.`
        : matched > MATCHES_SHOWN
          ? `${formatNumber(matched)} found; the first ${MATCHES_SHOWN} by name are listed. Type more to narrow them.`
          : `${formatNumber(matched)} found.`
  const describedBy = [attrs['aria-describedby'], large ? statusId : undefined].filter(Boolean).join(' ') || undefined
  return (
    <>
      {large && (
        <input
          type="search"
          className="introducer-search"
          aria-label="Find who introduced them"
          placeholder="Find a person"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          autoComplete="off"
        />
      )}
      {/* While a search has matches, they show as an open list: one click chooses, no second drop-down to open. */}
      <select
        {...attrs}
        className={large ? 'introducer-list' : undefined}
        aria-describedby={describedBy}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...(large && matched > 0 && deferred.trim() !== '' ? { size: Math.min(LIST_ROWS, offered.length + 1) } : {})}
      >
        <option value="">Nobody</option>
        {offered.map((c) => (
          <option key={c.id} value={c.id}>
            {large ? nameWithWhere(c) : c.name}
          </option>
        ))}
      </select>
      {large && (
        <p className="field-hint" id={statusId} aria-live="polite">
          {status}
        </p>
      )}
    </>
  )
}
