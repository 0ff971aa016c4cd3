import { useState, type FormEvent } from 'react'
import type { IsoDate } from '../../core/dates'
import { defaultFollowUp } from '../../core/follow-ups'
import type { NetworkFile } from '../../core/network-file'
import { INTERACTION_CHANNELS, type ContactId, type EventId, type Interaction, type InteractionChannel } from '../../core/schema'
import { FormActions, FormSummary, useContractForm } from '../shared/contract-form'
import { EnumSelect } from '../shared/EnumSelect'
import { formatDay } from '../shared/format'
import { FormField } from '../shared/FormField'
import { PeoplePicker } from '../shared/PeoplePicker'
import { CHANNEL_LABELS, DIRECTION_LABELS } from '../shared/labels'
import type { Mutate } from '../shared/view-props'
import { blankValues, FORM_DIRECTIONS, hasChanges, interactionPatch, valuesOf, type InteractionValues } from './interaction-values'
import { thankYouProposal, type ThankYouProposal } from './thank-you-proposal'

/** How the form closed: `saved` after a change reached the backend, `cancelled` otherwise (also when an edit changed nothing). */
export type InteractionOutcome = 'saved' | 'cancelled'

/**
 * Record a conversation, meeting or message with one or more contacts, or, given `interaction`,
 * correct one already logged: then only the changed fields are sent, and follow-ups stay in their own view.
 */
export function InteractionForm(props: {
  network: NetworkFile
  today: IsoDate
  /** People ticked from the start of a new interaction; ignored when editing. */
  initialContactIds?: readonly string[]
  /** The interaction to correct; without it the form logs a new one. */
  interaction?: Interaction
  mutate: Mutate
  onDone: (outcome: InteractionOutcome) => void
  onDirtyChange?: (dirty: boolean) => void
}) {
  const { network, interaction, mutate, onDone, onDirtyChange, today } = props
  const [original] = useState(() => (interaction ? valuesOf(interaction) : blankValues(props.initialContactIds ?? [], today)))
  const [values, setValues] = useState<InteractionValues>(original)
  const { contactIds, date, channel, direction, summary, eventId } = values
  const form = useContractForm()
  const { attach: attachForm } = form
  const { errors } = form
  // The follow-up follows the channel and date (a thank-you after meeting in person) until the user edits it.
  const [followUp, setFollowUp] = useState(() => followUpFor(original.channel, original.date, today, interaction ? null : thankYouProposal(network, original)))
  const [followUpEdited, setFollowUpEdited] = useState(false)

  /**
   * Every edit goes through here, so closing after a change asks first. Told in the same event, so an
   * Escape right after typing already asks; an edit put back as it was no longer asks.
   */
  const change = (patch: Partial<InteractionValues>) => {
    const next = { ...values, ...patch }
    setValues(next)
    if (interaction) onDirtyChange?.(hasChanges(interactionPatch(interaction, next)))
    else onDirtyChange?.(true)
    if (!interaction && !followUpEdited && (patch.channel !== undefined || patch.date !== undefined || patch.contactIds !== undefined)) {
      setFollowUp(followUpFor(next.channel, next.date, today, thankYouProposal(network, next)))
    }
  }
  // Someone in the plan: the thank-you is proposed by name, with why.
  const proposal = interaction ? null : thankYouProposal(network, values)


  const editFollowUp = (patch: Partial<typeof followUp>) => {
    setFollowUp((f) => ({ ...f, ...patch }))
    setFollowUpEdited(true)
    onDirtyChange?.(true)
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const saved = () => onDone('saved')
    if (interaction) {
      const patch = interactionPatch(interaction, values)
      if (!hasChanges(patch)) return onDone('cancelled')
      return void form.submit(() => mutate('interactions:update', { id: interaction.id, patch }), saved)
    }
    const draft = {
      contactIds: contactIds as ContactId[],
      date,
      channel,
      direction,
      summary,
      eventId: eventId === '' ? null : (eventId as EventId),
      followUp: followUp.on ? { title: followUp.title, dueOn: followUp.dueOn } : null,
    }
    void form.submit(() => mutate('interactions:create', draft), saved)
  }

  return (
    <form ref={attachForm} className="interaction-form" onSubmit={submit} noValidate aria-label={interaction ? 'Edit interaction' : 'Log an interaction'}>
      <FormSummary form={form} />
      <PeoplePicker contacts={network.contacts} chosen={contactIds} onChange={(ids) => change({ contactIds: ids })} legend="With whom" error={errors.contactIds} />
      <div className="form-grid">
        <FormField label="Date" error={errors.date}>
          {(a) => <input {...a} type="date" value={date} onChange={(e) => change({ date: e.target.value })} />}
        </FormField>
        <FormField label="How" error={errors.channel}>
          {(a) => (
            <EnumSelect {...a} value={channel} options={INTERACTION_CHANNELS} label={(c) => CHANNEL_LABELS[c]} onChange={(c) => change({ channel: c })} />
          )}
        </FormField>
        <FormField label="Who helped whom" error={errors.direction}>
          {(a) => (
            <EnumSelect {...a} value={direction} options={FORM_DIRECTIONS} label={(d) => DIRECTION_LABELS[d]} onChange={(d) => change({ direction: d })} />
          )}
        </FormField>
      </div>
      <FormField label="Summary" error={errors.summary}>
        {(a) => <textarea {...a} rows={3} value={summary} onChange={(e) => change({ summary: e.target.value })} placeholder="What did you talk about? What did you promise?" />}
      </FormField>
      {network.events.length > 0 && (
        <FormField label="At an event" error={errors.eventId}>
          {(a) => (
            <select {...a} value={eventId} onChange={(e) => change({ eventId: e.target.value })}>
              <option value="">None</option>
              {[...network.events]
                .sort((x, y) => y.startOn.localeCompare(x.startOn))
                .map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name} ({formatDay(e.startOn)})
                  </option>
                ))}
            </select>
          )}
        </FormField>
      )}
      {!interaction && (
        <fieldset className="follow-up">
          <legend>
            <label className="check">
              <input type="checkbox" checked={followUp.on} onChange={(e) => editFollowUp({ on: e.target.checked })} />
              Follow up afterwards
            </label>
          </legend>
          {followUp.on && proposal && <p className="field-hint plan-thank-you">{proposal.why}</p>}
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
      )}
      <FormActions saving={form.saving} submitLabel={interaction ? 'Save changes' : 'Log interaction'} onCancel={() => onDone('cancelled')} />
    </form>
  )
}

/**
 * The proposed follow-up for a channel and day: on, with a thank-you, after meeting in person (by name when
 * the person is in the plan); off otherwise.
 */
function followUpFor(channel: InteractionChannel, date: string, today: IsoDate, planned: ThankYouProposal | null): { on: boolean; title: string; dueOn: string } {
  // While the date field is being typed into it may not be a date yet.
  const proposal = /^\d{4}-\d{2}-\d{2}$/.test(date) ? defaultFollowUp(channel, date, today) : null
  if (proposal && planned) return { on: true, ...proposal, title: planned.title }
  return proposal ? { on: true, ...proposal } : { on: false, title: 'Send a thank-you', dueOn: date }
}
