import { useId, useMemo, useState, type KeyboardEvent, type Ref } from 'react'
import type { Contact } from '../../core/schema'
import { formatNumber } from '../shared/format'
import { findPeople, SEARCH_SHOWN, type Searchable } from './plan-board'

/**
 * "Add someone": a search box over the whole network with a list of at most SEARCH_SHOWN matches (a
 * combobox: ↑ and ↓ move through the matches, Enter adds, Escape clears). People already in the month are
 * listed but cannot be picked twice.
 */
export function AddPerson({
  inputRef,
  ...props
}: {
  inputRef?: Ref<HTMLInputElement>
  people: readonly Searchable[]
  monthName: string
  /** Contacts already in this month. */
  planned: ReadonlySet<string>
  onAdd: (contact: Contact) => Promise<boolean>
}) {
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const [adding, setAdding] = useState(false)
  const baseId = useId()
  const { shown, total } = useMemo(() => findPeople(props.people, query), [props.people, query])
  const open = query.trim() !== ''
  const optionId = (i: number) => `${baseId}-option-${i}`
  const current = Math.min(active, shown.length - 1)

  const add = async (contact: Contact | undefined) => {
    if (!contact || adding || props.planned.has(contact.id)) return
    setAdding(true)
    const added = await props.onAdd(contact)
    setAdding(false)
    if (added) setQuery('')
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, PageDown: current + 10, PageUp: current - 10 }
    if (open && Object.hasOwn(moves, event.key)) {
      event.preventDefault()
      setActive(Math.max(0, Math.min(moves[event.key] ?? 0, shown.length - 1)))
    } else if (event.key === 'Enter' && open) {
      event.preventDefault()
      void add(shown[current])
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault()
      event.stopPropagation()
      setQuery('')
    }
  }

  return (
    <div className="plan-add">
      <label htmlFor={`${baseId}-input`} className="small">
        Add someone
      </label>
      <input
        ref={inputRef}
        id={`${baseId}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        placeholder="Type a name or organization"
        aria-label={`Add someone to ${props.monthName}`}
        aria-expanded={open && shown.length > 0}
        aria-controls={`${baseId}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && current >= 0 ? optionId(current) : undefined}
        value={query}
        disabled={adding}
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={`${baseId}-list`} role="listbox" aria-label={`Matches for ${props.monthName}`} className="plan-matches" hidden={!open || shown.length === 0}>
        {shown.map((contact, i) => {
          const already = props.planned.has(contact.id)
          return (
            // The focus stays in the box (aria-activedescendant); a click adds like Enter.
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <li
              key={contact.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              aria-disabled={already}
              className={`plan-match${i === current ? ' active' : ''}${already ? ' already' : ''}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => void add(contact)}
            >
              <span>{contact.name}</span>
              <span className="muted small">{already ? ' · already this month' : contact.organization ? ` · ${contact.organization}` : ''}</span>
            </li>
          )
        })}
      </ul>
      {open && (
        <p className="muted small plan-add-status" role="status">
          {total === 0
            ? `Nobody matches “${query.trim()}”.`
            : total > SEARCH_SHOWN
              ? `Showing ${formatNumber(SEARCH_SHOWN)} of ${formatNumber(total)}: keep typing to narrow them down.`
              : ''}
        </p>
      )}
    </div>
  )
}
