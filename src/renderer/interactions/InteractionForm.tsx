import { useMemo, useState, type FormEvent } from 'react'
import { localIsoDate } from '../../core/dates'
import type { NetworkFile } from '../../core/network-file'
import { CHANNELS, DIRECTIONS, type ContactId, type Direction, type InteractionChannel } from '../../core/schema'
import type { Mutate } from '../app/use-kith'
import { formProblem } from '../ui/field-errors'
import { FormField } from '../ui/FormField'
import { CHANNEL_LABELS, DIRECTION_LABELS } from '../ui/format'

/** Record a conversation, meeting or message with one or more contacts. */
export function InteractionForm(props: {
  network: NetworkFile
  initialContactIds: readonly string[]
  mutate: Mutate
  onDone: () => void
  onDirtyChange?: (dirty: boolean) => void
}) {
  const { network, mutate, onDone, onDirtyChange } = props
  const [contactIds, setContactIds] = useState<string[]>([...props.initialContactIds])
  const [filter, setFilter] = useState('')
  const [date, setDate] = useState(() => localIsoDate(new Date()))
  const [channel, setChannel] = useState<InteractionChannel>('coffee')
  const [direction, setDirection] = useState<Direction>('mutual')
  const [summary, setSummary] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  /** Every edit goes through here, so closing after any change asks first. */
  const edited = <T,>(setter: (value: T) => void) => (value: T) => {
    setter(value)
    onDirtyChange?.(true)
  }

  const people = useMemo(() => {
    const needle = filter.trim().toLowerCase()
    return [...network.contacts]
      .sort((a, b) => a.name.localeCompare(b.name))
      .filter((c) => needle === '' || contactIds.includes(c.id) || `${c.name} ${c.organization}`.toLowerCase().includes(needle))
  }, [network.contacts, filter, contactIds])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSaving(true)
    const result = await mutate('interactions:create', { contactIds: contactIds as ContactId[], date, channel, direction, summary })
    setSaving(false)
    if (result.ok) return onDone()
    const problem = formProblem(result.error)
    setErrors(problem.fields)
    setMessage(problem.summary)
  }

  return (
    <form className="interaction-form" onSubmit={submit} noValidate aria-label="Log an interaction">
      {message && (
        <p className="callout error" role="alert">
          {message}
        </p>
      )}
      <fieldset className={errors.contactIds ? 'people has-error' : 'people'}>
        <legend>With whom ({contactIds.length} chosen)</legend>
        <input type="search" placeholder="Find a contact" aria-label="Find a contact" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <div className="people-list">
          {people.map((c) => (
            <label key={c.id} className="person-option">
              <input
                type="checkbox"
                checked={contactIds.includes(c.id)}
                onChange={(e) => edited(setContactIds)(e.target.checked ? [...contactIds, c.id] : contactIds.filter((id) => id !== c.id))}
              />
              <span>{c.name}</span>
              <span className="muted small">{c.organization}</span>
            </label>
          ))}
        </div>
        {errors.contactIds && <p className="field-error">{errors.contactIds}</p>}
      </fieldset>
      <div className="form-grid">
        <FormField label="Date" error={errors.date}>
          {(a) => <input {...a} type="date" value={date} onChange={(e) => edited(setDate)(e.target.value)} />}
        </FormField>
        <FormField label="How" error={errors.channel}>
          {(a) => (
            <select {...a} value={channel} onChange={(e) => edited(setChannel)(e.target.value as InteractionChannel)}>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {CHANNEL_LABELS[c]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label="Who helped whom" error={errors.direction}>
          {(a) => (
            <select {...a} value={direction} onChange={(e) => edited(setDirection)(e.target.value as Direction)}>
              {DIRECTIONS.map((d) => (
                <option key={d} value={d}>
                  {DIRECTION_LABELS[d]}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField label="Summary" error={errors.summary}>
        {(a) => <textarea {...a} rows={3} value={summary} onChange={(e) => edited(setSummary)(e.target.value)} placeholder="What did you talk about? What did you promise?" />}
      </FormField>
      <div className="form-actions">
        <span className="spacer" />
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Log interaction'}
        </button>
      </div>
    </form>
  )
}
