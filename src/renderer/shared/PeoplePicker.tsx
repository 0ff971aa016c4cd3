import { useEffect, useMemo, useRef, useState } from 'react'
import type { Contact } from '../../core/schema'
import { byName, formatNumber } from './format'
import { indexById } from './index-by-id'
import { nameWithWhere, roleAndOrganization, sharedNames } from './person-label'
import { drawnRows, keepFocusedRow, useVirtualRows } from './VirtualTable'

/** A person's line before it is measured. */
const ROW_HEIGHT = 30

/**
 * Choosing people for an interaction or an event: a search box over everyone, ticks, and a line naming
 * everyone chosen (also those the search hides), each a button that takes them off. Those chosen when the
 * picker opened stay at the top, in a fixed order, so ticking does not reorder the list under the pointer.
 */
export function PeoplePicker(props: {
  contacts: readonly Contact[]
  chosen: readonly string[]
  onChange: (chosen: string[]) => void
  /** The fieldset's question, e.g. "With whom"; the count chosen is added. */
  legend: string
  error?: string | undefined
}) {
  const { contacts, chosen, onChange } = props
  const [filter, setFilter] = useState('')
  const [chosenFirst] = useState(() => new Set(chosen))
  const sorted = useMemo(
    () => [...contacts].sort((a, b) => Number(chosenFirst.has(b.id)) - Number(chosenFirst.has(a.id)) || byName(a.name, b.name)),
    [contacts, chosenFirst],
  )
  const ticked = useMemo(() => new Set(chosen), [chosen])
  const matching = useMemo(() => {
    const needle = filter.trim().toLowerCase()
    return needle === '' ? sorted : sorted.filter((c) => ticked.has(c.id) || `${c.name} ${c.role} ${c.organization}`.toLowerCase().includes(needle))
  }, [sorted, filter, ticked])
  // Only the people in view are drawn, so a network of 30,000 opens as fast as one of 30 and scrolls as one list.
  const { virtualizer, scrollRef, keepRow } = useVirtualRows<HTMLLabelElement>({ count: matching.length, estimateRowHeight: ROW_HEIGHT, rowKey: (i) => matching[i]?.id ?? String(i) })
  const focus = keepFocusedRow(keepRow)
  const byId = useMemo(() => indexById(contacts), [contacts])
  const shared = useMemo(() => sharedNames(contacts), [contacts])
  // A chip names the person, and also their role and organization when someone else has the same name.
  const chipText = (id: string) => {
    const c = byId.get(id)
    if (!c) return 'Someone no longer in your network'
    return shared.has(c.name) ? nameWithWhere(c) : c.name
  }
  // A chip taken off with the keyboard hands the focus to the next one (or the search box), not to the page.
  const searchRef = useRef<HTMLInputElement>(null)
  const chipsRef = useRef<HTMLUListElement>(null)
  const refocusAt = useRef<number | null>(null)
  useEffect(() => {
    const at = refocusAt.current
    if (at === null) return
    refocusAt.current = null
    const chips = chipsRef.current?.querySelectorAll('button')
    const next = chips && chips.length > 0 ? chips[Math.min(at, chips.length - 1)] : searchRef.current
    next?.focus()
  }, [chosen])
  const remove = (id: string, at: number) => {
    refocusAt.current = at
    onChange(chosen.filter((other) => other !== id))
  }

  return (
    <fieldset className={props.error ? 'people has-error' : 'people'}>
      <legend>
        {props.legend} ({formatNumber(chosen.length)} chosen)
      </legend>
      {contacts.length === 0 ? (
        <p className="muted small">Add contacts first; you can come back and choose them here.</p>
      ) : (
        <>
          <input ref={searchRef} type="search" placeholder="Find a person" aria-label="Find a person" value={filter} onChange={(e) => setFilter(e.target.value)} />
          {chosen.length > 0 && (
            // Each chosen person can be taken off here, wherever they are in a list of thousands.
            <ul ref={chipsRef} className="chosen-people" aria-label="Chosen">
              {chosen.map((id, at) => (
                <li key={id}>
                  <button type="button" className="chip chosen-chip" onClick={() => remove(id, at)}>
                    <span className="visually-hidden">Remove </span>
                    {chipText(id)} <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="people-list" ref={scrollRef} onFocus={focus.onFocus} onBlur={focus.onBlur}>
            {drawnRows(
              virtualizer,
              (i) => {
                const c = matching[i] as Contact
                return (
                  <label key={c.id} className="person-option" ref={virtualizer.measureElement} data-index={i}>
                    <input
                      type="checkbox"
                      checked={ticked.has(c.id)}
                      onChange={(e) => onChange(e.target.checked ? [...chosen, c.id] : chosen.filter((id) => id !== c.id))}
                    />
                    <span>{c.name}</span>
                    {/* Role and organization tell apart two people of one name. */}
                    <span className="muted small">{roleAndOrganization(c)}</span>
                  </label>
                )
              },
              (key, height) => <div key={key} className="virtual-gap" aria-hidden="true" style={{ height }} />,
            )}
            {matching.length === 0 && <p className="muted small">Nobody matches “{filter.trim()}”.</p>}
          </div>
        </>
      )}
      {props.error && <p className="field-error">{props.error}</p>}
    </fieldset>
  )
}
