import { useState, type FormEvent } from 'react'
import type { IsoDate } from '../../core/dates'
import { EVENT_KINDS, EVENT_ROLES, type Event, type EventKind } from '../../core/event-schema'
import type { NetworkFile } from '../../core/network-file'
import { FormActions, FormSummary, useContractForm } from '../shared/contract-form'
import { EnumSelect } from '../shared/EnumSelect'
import { FormField } from '../shared/FormField'
import { PeoplePicker } from '../shared/PeoplePicker'
import type { Mutate } from '../shared/view-props'
import { EVENT_KIND_LABELS, EVENT_ROLE_LABELS, eventForm, eventInput, newEventForm, type EventFormState } from './event-list'

const KIND_HINTS: Readonly<Record<EventKind, string>> = {
  conference: 'A conference, forum or trade show.',
  committee: 'A committee, board or working group you sit on.',
  volunteering: 'Time you give: a charity, a mentoring scheme, a community day.',
  project: 'A project that brought you together with people outside your team.',
  association: 'A professional association, society or chapter.',
  hub: 'A group you run yourself: a club, a circle, a meetup or an online community.',
}

/** Add an event, or edit one: what it was, your part in it, when, and who you met there. */
export function EventForm(props: {
  network: NetworkFile
  today: IsoDate
  event?: Event
  mutate: Mutate
  onDone: (saved: string) => void
  onCancel: () => void
  onDirtyChange: (dirty: boolean) => void
}) {
  const { network, event, mutate, onDirtyChange } = props
  const [form, setForm] = useState<EventFormState>(() => (event ? eventForm(event) : newEventForm(props.today)))
  const contractForm = useContractForm()
  const { attach: attachForm } = contractForm
  const { errors } = contractForm

  /** Every edit goes through here, so closing after any change asks first. */
  const set = <K extends keyof EventFormState>(key: K, value: EventFormState[K]) => {
    setForm((current) => ({ ...current, [key]: value }))
    onDirtyChange(true)
  }

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const input = eventInput(form)
    void contractForm.submit(
      () => (event ? mutate('events:update', { id: event.id, patch: input }) : mutate('events:create', input)),
      (saved) => props.onDone(saved.name),
    )
  }

  return (
    <form ref={attachForm} className="event-form" onSubmit={submit} noValidate aria-label={event ? 'Edit event' : 'New event'}>
      <FormSummary form={contractForm} />
      <FormField label="Name" error={errors.name}>
        {(a) => <input {...a} value={form.name} onChange={(e) => set('name', e.target.value)} placeholder="e.g. Regional Healthcare Operations Conference" />}
      </FormField>
      <div className="form-grid pair">
        <FormField label="Kind" error={errors.kind} hint={KIND_HINTS[form.kind]}>
          {(a) => (
            <EnumSelect
              {...a}
              value={form.kind}
              options={EVENT_KINDS}
              label={(k) => (k === 'hub' ? 'Hub (a group you run)' : EVENT_KIND_LABELS[k])}
              onChange={(k) => set('kind', k)}
            />
          )}
        </FormField>
        <FormField label="Your role" error={errors.role}>
          {(a) => (
            <EnumSelect {...a} value={form.role} options={EVENT_ROLES} label={(r) => EVENT_ROLE_LABELS[r]} onChange={(r) => set('role', r)} />
          )}
        </FormField>
      </div>
      <div className="form-grid pair">
        <FormField label="Start" error={errors.startOn}>
          {(a) => <input {...a} type="date" value={form.startOn} onChange={(e) => set('startOn', e.target.value)} />}
        </FormField>
        <FormField label="End (optional)" error={errors.endOn} hint="Leave empty for a one-day event or one that is still going on.">
          {(a) => <input {...a} type="date" value={form.endOn} min={form.startOn || undefined} onChange={(e) => set('endOn', e.target.value)} />}
        </FormField>
      </div>
      <PeoplePicker
        contacts={network.contacts}
        chosen={form.contactIds}
        onChange={(ids) => set('contactIds', ids)}
        legend="People you met or worked with there"
        error={errors.contactIds}
      />
      <FormField label="Notes" error={errors.notes}>
        {(a) => (
          <textarea
            {...a}
            rows={3}
            value={form.notes}
            onChange={(e) => set('notes', e.target.value)}
            placeholder="What you went for, what you took away, who you still mean to follow up with"
          />
        )}
      </FormField>
      <FormActions saving={contractForm.saving} submitLabel={event ? 'Save changes' : 'Add event'} onCancel={props.onCancel} />
    </form>
  )
}
