import { useMemo, useState, type FormEvent } from 'react'
import { localIsoDate } from '../../core/dates'
import type { NetworkFile } from '../../core/network-file'
import { defaultFollowUp } from '../../core/follow-ups'
import { CHANNELS, DIRECTIONS, type ContactId, type Direction, type EventId, type InteractionChannel } from '../../core/schema'
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
  const [eventId, setEventId] = useState('')
  // The follow-up follows the channel and date (a thank-you after meeting in person) until the user edits it.
  const [followUp, setFollowUp] = useState(() => followUpFor('coffee', localIsoDate(new Date())))
  const [followUpEdited, setFollowUpEdited] = useState(false)
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

  const changeChannelOrDate = (next: { channel?: InteractionChannel; date?: string }) => {
    if (next.channel) setChannel(next.channel)
    if (next.date !== undefined) setDate(next.date)
    if (!followUpEdited) setFollowUp(followUpFor(next.channel ?? channel, next.date ?? date))
    onDirtyChange?.(true)
  }
  const editFollowUp = (patch: Partial<typeof followUp>) => {
    setFollowUp((f) => ({ ...f, ...patch }))
    setFollowUpEdited(true)
    onDirtyChange?.(true)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSaving(true)
    const result = await mutate('interactions:create', {
      contactIds: contactIds as ContactId[],
      date,
      channel,
      direction,
      summary,
      eventId: eventId === '' ? null : (eventId as EventId),
      followUp: followUp.on ? { title: followUp.title, dueOn: followUp.dueOn } : null,
    })
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
          {(a) => <input {...a} type="date" value={date} onChange={(e) => changeChannelOrDate({ date: e.target.value })} />}
        </FormField>
        <FormField label="How" error={errors.channel}>
          {(a) => (
            <select {...a} value={channel} onChange={(e) => changeChannelOrDate({ channel: e.target.value as InteractionChannel })}>
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
      {network.events.length > 0 && (
        <FormField label="At an event" error={errors.eventId}>
          {(a) => (
            <select {...a} value={eventId} onChange={(e) => edited(setEventId)(e.target.value)}>
              <option value="">None</option>
              {[...network.events]
                .sort((x, y) => y.startOn.localeCompare(x.startOn))
                .map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name} ({e.startOn})
                  </option>
                ))}
            </select>
          )}
        </FormField>
      )}
      <fieldset className="follow-up">
        <legend>
          <label className="check">
            <input type="checkbox" checked={followUp.on} onChange={(e) => editFollowUp({ on: e.target.checked })} />
            Follow up afterwards
          </label>
        </legend>
        {followUp.on && (
          <div className="form-grid">
            <FormField label="What to do" error={errors.followUp}>
              {(a) => <input {...a} value={followUp.title} onChange={(e) => editFollowUp({ title: e.target.value })} />}
            </FormField>
            <FormField label="By">
              {(a) => <input {...a} type="date" value={followUp.dueOn} onChange={(e) => editFollowUp({ dueOn: e.target.value })} />}
            </FormField>
          </div>
        )}
      </fieldset>
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

/** The proposed follow-up for a channel and day: on, with a thank-you, after meeting in person; off otherwise. */
function followUpFor(channel: InteractionChannel, date: string): { on: boolean; title: string; dueOn: string } {
  // While the date field is being typed into it may not be a date yet.
  const proposal = /^\d{4}-\d{2}-\d{2}$/.test(date) ? defaultFollowUp(channel, date, localIsoDate(new Date())) : null
  return proposal ? { on: true, ...proposal } : { on: false, title: 'Send a thank-you', dueOn: date }
}
