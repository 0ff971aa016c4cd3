import type { Core } from 'cytoscape'
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react'
import type { Contact } from '../../core/schema'
import { formatNumber } from '../shared/format'
import { panCentring } from './map-labels'
import { countOnMap, peopleOnMap, windowStart } from './people-list'
import './people-on-map.css'

/** Rows drawn at once; the window follows the selection, so a map of thousands stays quick. */
const WINDOW = 200
/** How far Page Up and Page Down move. */
const PAGE = 10

/**
 * The people on the map as a list, for the keyboard and screen readers: the same people the map shows
 * (filter and search), by name. The arrow keys select the next person on the map and bring them into view;
 * Enter moves to their details.
 */
export function PeopleOnMap(props: {
  contacts: readonly Contact[]
  visibleIds: ReadonlySet<string>
  /** While a search is typed, the ids it found on the map; null otherwise. */
  matchIds: readonly string[] | null
  selectedId: string | null
  onSelect: (id: string) => void
  cy: RefObject<Core | null>
}) {
  const { contacts, visibleIds, matchIds, selectedId, onSelect, cy } = props
  const [open, setOpen] = useState(false)
  const baseId = useId()
  const listRef = useRef<HTMLUListElement>(null)
  // Sorting every name waits until the list is opened: at 30,000 people it would tax every edit on the map.
  const people = useMemo(() => (open ? peopleOnMap(contacts, visibleIds, matchIds) : []), [open, contacts, visibleIds, matchIds])
  const total = useMemo(() => (open ? people.length : countOnMap(contacts, visibleIds, matchIds)), [open, people, contacts, visibleIds, matchIds])
  const active = useMemo(() => (selectedId ? people.findIndex((c) => c.id === selectedId) : -1), [people, selectedId])
  const start = windowStart(active, people.length, WINDOW)
  const rows = people.slice(start, start + WINDOW)
  const optionId = (index: number) => `${baseId}-person-${index}`

  useEffect(() => {
    if (open && active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' })
    // optionId only depends on baseId, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, active, start])

  const select = (index: number) => {
    const person = people[Math.max(0, Math.min(index, people.length - 1))]
    if (!person) return
    onSelect(person.id)
    const map = cy.current
    const node = map?.getElementById(person.id)
    if (!map || !node || node.empty()) return
    // The newest key press wins: earlier glides stop where they are.
    map.stop(true, false)
    // Centred on the person, not their name: names sit beside their node.
    const zoom = Math.max(map.zoom(), 1)
    map.animate({ zoom, pan: panCentring(map, node.position(), zoom) }, { duration: 150 })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active < 0 ? people.length - 1 : active - 1,
      Home: 0,
      End: people.length - 1,
      PageDown: active + PAGE,
      PageUp: active - PAGE,
    }
    if (Object.hasOwn(moves, event.key)) {
      event.preventDefault()
      return select(moves[event.key] ?? 0)
    }
    if (event.key === 'Enter' && active >= 0) {
      event.preventDefault()
      // The details panel is the map's; its heading says whose they are.
      const heading = document.querySelector<HTMLElement>('.contact-panel h2')
      if (heading) {
        heading.tabIndex = -1
        heading.focus()
      }
    }
  }

  const count = formatNumber(total)
  return (
    <section className="people-on-map" aria-label="People on the map">
      <button type="button" className="people-toggle" aria-expanded={open} aria-controls={`${baseId}-list`} onClick={() => setOpen(!open)}>
        People on the map ({count})
      </button>
      {open &&
        (people.length === 0 ? (
          <p id={`${baseId}-list`} className="muted small people-empty">
            Nobody on the map matches the filter and search.
          </p>
        ) : (
          <>
            <p className="muted small people-help" id={`${baseId}-help`}>
              ↑ and ↓ select someone on the map, Enter goes to their details.
              {people.length > WINDOW && ` Search the map to narrow the ${count} down.`}
            </p>
            <ul
              ref={listRef}
              id={`${baseId}-list`}
              className="people-listbox"
              role="listbox"
              aria-label={`People on the map, by name (${count})`}
              aria-describedby={`${baseId}-help`}
              aria-activedescendant={active >= 0 ? optionId(active) : undefined}
              tabIndex={0}
              onKeyDown={onKeyDown}
            >
              {rows.map((person, i) => (
                // Focus stays on the list (aria-activedescendant); a click selects like the arrow keys.
                // eslint-disable-next-line jsx-a11y/click-events-have-key-events
                <li
                  key={person.id}
                  id={optionId(start + i)}
                  role="option"
                  aria-selected={start + i === active}
                  aria-posinset={start + i + 1}
                  aria-setsize={people.length}
                  className={start + i === active ? 'person active' : 'person'}
                  onClick={() => select(start + i)}
                >
                  <span>{person.name}</span>
                  {person.organization && <span className="muted small"> · {person.organization}</span>}
                </li>
              ))}
            </ul>
          </>
        ))}
    </section>
  )
}
