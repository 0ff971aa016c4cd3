import { useId, useMemo, useState, type FormEvent } from 'react'
import { categoryCadence } from '../../core/cadence'
import type { Category } from '../../core/categories'
import type { InputOf } from '../../core/contract'
import type { IsoDate } from '../../core/dates'
import type { NetworkFile } from '../../core/network-file'
import type { Contact } from '../../core/schema'
import { isConverted, suggestStrength } from '../../core/tie-strength'
import { FormActions, FormSummary, useContractForm } from '../shared/contract-form'
import { CategoryChoices } from '../shared/CategoryChoices'
import { EnumSelect } from '../shared/EnumSelect'
import { plural } from '../shared/format'
import { FormField } from '../shared/FormField'
import { strengthLabel, STRENGTHS } from '../shared/labels'
import type { Mutate } from '../shared/view-props'
import { IntroducedBy } from './IntroducedBy'

interface Draft {
  name: string
  organization: string
  department: string
  industry: string
  role: string
  categories: Category[]
  tags: string
  tieStrength: number
  cadenceDays: string
  howMet: string
  introducedBy: string
  email: string
  phone: string
  linkedinUrl: string
  website: string
  onLaidOffList: boolean
  notes: string
}

const fromContact = (c: Contact | undefined): Draft => ({
  name: c?.name ?? '',
  organization: c?.organization ?? '',
  department: c?.department ?? '',
  industry: c?.industry ?? '',
  role: c?.role ?? '',
  categories: c ? [...c.categories] : [],
  tags: c?.tags.join(', ') ?? '',
  tieStrength: c?.tieStrength ?? 2,
  cadenceDays: c?.cadenceDays == null ? '' : String(c.cadenceDays),
  howMet: c?.howMet ?? '',
  introducedBy: c?.introducedBy ?? '',
  email: c?.email ?? '',
  phone: c?.phone ?? '',
  linkedinUrl: c?.linkedinUrl ?? '',
  website: c?.website ?? '',
  onLaidOffList: c?.onLaidOffList ?? false,
  notes: c?.notes ?? '',
})

/** The form's values as the contract expects them; the backend validates and explains what is wrong. */
const toInput = (d: Draft): InputOf<'contacts:create'> => ({
  ...d,
  tags: d.tags
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== ''),
  cadenceDays: d.cadenceDays.trim() === '' ? null : Number(d.cadenceDays),
  introducedBy: d.introducedBy === '' ? null : (d.introducedBy as Contact['id']),
})

/** When the user last spoke with someone they are adding: not yet (the default), today, or a day they pick. */
type LastSpoke = { readonly when: 'not-yet' | 'today' | 'day'; readonly day: string }
const LAST_SPOKE_CHOICES = [
  ['not-yet', 'Not yet'],
  ['today', 'Today'],
  ['day', 'On a day'],
] as const

const lastSpokeOn = (spoke: LastSpoke, today: IsoDate): string | null =>
  spoke.when === 'today' ? today : spoke.when === 'day' ? spoke.day : null

const TEXT_FIELDS = [
  ['organization', 'Organization'],
  ['department', 'Department'],
  ['industry', 'Industry'],
  ['role', 'Role'],
] as const

const CONTACT_FIELDS = [
  ['email', 'E-mail', 'email'],
  ['phone', 'Phone', 'tel'],
  ['linkedinUrl', 'LinkedIn', 'url'],
  ['website', 'Website', 'url'],
] as const

/** How the form closed, so the caller can select, deselect or leave the selection alone. */
export type FormOutcome = { kind: 'saved'; contact: Contact } | { kind: 'deleted' } | { kind: 'cancelled' }

/** Add or edit a contact; saving goes through the backend, whose messages appear beside each field. */
export function ContactForm(props: {
  network: NetworkFile
  today: IsoDate
  contact?: Contact
  /** A new contact's categories, ticked from the start. */
  initialCategories?: readonly Category[]
  mutate: Mutate
  onDone: (outcome: FormOutcome) => void
  /** Told when the user first edits the form, so closing can ask first. */
  onDirtyChange?: (dirty: boolean) => void
}) {
  const { network, contact, mutate, onDone, onDirtyChange, today } = props
  const [draft, setDraft] = useState<Draft>(() => (contact ? fromContact(contact) : { ...fromContact(undefined), categories: [...(props.initialCategories ?? [])] }))
  const form = useContractForm()
  const { attach: attachForm } = form
  const { errors } = form
  const [lastSpoke, setLastSpoke] = useState<LastSpoke>({ when: 'not-yet', day: '' })
  const [deleteProblem, setDeleteProblem] = useState<string | null>(null)
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }))
    // Told in the same event, so an Escape right after typing already asks before discarding.
    onDirtyChange?.(true)
  }
  const changeLastSpoke = (next: LastSpoke) => {
    setLastSpoke(next)
    onDirtyChange?.(true)
  }
  const others = useMemo(() => network.contacts.filter((c) => c.id !== contact?.id), [network.contacts, contact?.id])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const input = toInput(draft)
    void form.submit(
      () =>
        contact
          ? mutate('contacts:update', { id: contact.id, patch: input })
          : mutate('contacts:create', { ...input, lastSpokeOn: lastSpokeOn(lastSpoke, today) }),
      (saved) => onDone({ kind: 'saved', contact: saved }),
    )
  }

  const remove = async () => {
    if (!contact) return
    const result = await mutate('contacts:delete', { id: contact.id })
    if (result.ok) return onDone({ kind: 'deleted' })
    setDeleteProblem(result.error.message)
  }

  const cadenceHint =
    draft.categories.length > 0
      ? `Leave empty to use the category default: every ${categoryCadence(draft.categories, network.settings)} days.`
      : 'Leave empty to use the category default.'

  // What the last year of interactions says, beside the user's own rating.
  const history = contact ? network.interactions.filter((i) => i.contactIds.includes(contact.id)) : []
  const suggestion = contact ? suggestStrength(history, today) : null
  const strengthHint = suggestion
    ? suggestion.basedOn === 0
      ? 'No interactions in the last year, so Kith suggests 1.'
      : `You rated ${draft.tieStrength}; the last year (${plural(suggestion.basedOn, 'interaction')}) suggests ${suggestion.suggested}.`
    : undefined
  const converted = contact ? isConverted({ ...contact, categories: draft.categories }, history) : null

  const linkedTies = contact ? network.ties.filter((t) => t.a === contact.id || t.b === contact.id).length : 0
  const linkedInteractions = contact ? network.interactions.filter((i) => i.contactIds.includes(contact.id)).length : 0

  return (
    <form ref={attachForm} className="contact-form" onSubmit={submit} noValidate aria-label={contact ? `Edit ${contact.name}` : 'New contact'}>
      <FormSummary form={form} />
      {deleteProblem && (
        <p className="callout error" role="alert">
          {deleteProblem}
        </p>
      )}
      <div className="form-grid">
        <FormField label="Name" error={errors.name}>
          {(a) => <input {...a} value={draft.name} onChange={(e) => set('name', e.target.value)} autoComplete="off" required />}
        </FormField>
        {TEXT_FIELDS.map(([key, label]) => (
          <FormField key={key} label={label} error={errors[key]}>
            {(a) => <input {...a} value={draft[key]} onChange={(e) => set(key, e.target.value)} autoComplete="off" />}
          </FormField>
        ))}
      </div>

      <fieldset className={errors.categories ? 'categories has-error' : 'categories'}>
        <legend>Categories (at least one)</legend>
        <CategoryChoices chosen={draft.categories} onChange={(next) => set('categories', next)} />
        {errors.categories && <p className="field-error">{errors.categories}</p>}
      </fieldset>

      <div className="form-grid">
        <FormField label="Tie strength" error={errors.tieStrength} hint={strengthHint}>
          {(a) => (
            <EnumSelect {...a} value={draft.tieStrength} options={STRENGTHS} label={strengthLabel} onChange={(s) => set('tieStrength', s)} />
          )}
        </FormField>
        <FormField label="Keep in touch every (days)" error={errors.cadenceDays} hint={cadenceHint}>
          {(a) => <input {...a} inputMode="numeric" value={draft.cadenceDays} onChange={(e) => set('cadenceDays', e.target.value)} />}
        </FormField>
        <FormField label="Tags" error={errors.tags} hint="Separate tags with commas.">
          {(a) => <input {...a} value={draft.tags} onChange={(e) => set('tags', e.target.value)} />}
        </FormField>
        <FormField label="Introduced by" error={errors.introducedBy}>
          {(a) => <IntroducedBy attrs={a} others={others} value={draft.introducedBy} onChange={(id) => set('introducedBy', id)} />}
        </FormField>
        {CONTACT_FIELDS.map(([key, label, type]) => (
          <FormField key={key} label={label} error={errors[key]}>
            {(a) => <input {...a} type={type} value={draft[key]} onChange={(e) => set(key, e.target.value)} autoComplete="off" />}
          </FormField>
        ))}
        <FormField label="How you met" error={errors.howMet}>
          {(a) => <input {...a} value={draft.howMet} onChange={(e) => set('howMet', e.target.value)} />}
        </FormField>
      </div>
      {!contact && <LastSpokeField value={lastSpoke} today={today} error={errors.lastSpokeOn} onChange={changeLastSpoke} />}
      {converted !== null && (
        <p className={converted ? 'callout' : 'callout warn'} role="status">
          {converted
            ? 'Met in person or by video: this social-media tie has become a real relationship.'
            : 'Not met in person or by video yet. A coffee or a video call turns this online tie into a real one.'}
        </p>
      )}
      <label className="check">
        <input type="checkbox" checked={draft.onLaidOffList} onChange={(e) => set('onLaidOffList', e.target.checked)} />
        I would call them if I lost my job
      </label>
      <FormField label="Notes" error={errors.notes}>
        {(a) => <textarea {...a} rows={3} value={draft.notes} onChange={(e) => set('notes', e.target.value)} />}
      </FormField>

      <FormActions saving={form.saving} submitLabel={contact ? 'Save changes' : 'Add contact'} onCancel={() => onDone({ kind: 'cancelled' })}>
        {contact &&
          (confirmingDelete ? (
            <span className="confirm-delete" role="group" aria-label="Confirm deletion">
              Delete {contact.name}
              {linkedTies + linkedInteractions > 0 && ` with ${plural(linkedTies, 'tie')} and their part in ${plural(linkedInteractions, 'interaction')}`}?
              <button type="button" className="danger" onClick={() => void remove()}>
                Delete
              </button>
              <button type="button" onClick={() => setConfirmingDelete(false)}>
                Keep
              </button>
            </span>
          ) : (
            <button type="button" className="danger subtle" onClick={() => setConfirmingDelete(true)}>
              Delete contact
            </button>
          ))}
      </FormActions>
    </form>
  )
}

/**
 * When the user last spoke with someone they are adding. Saved as an interaction on that day, so the
 * map, the table and the timeline agree from the start; "Not yet" leaves them new for a while.
 */
function LastSpokeField(props: { value: LastSpoke; today: IsoDate; error: string | undefined; onChange: (value: LastSpoke) => void }) {
  const { value, today, error, onChange } = props
  const messageId = useId()
  return (
    <fieldset className={error ? 'last-spoke has-error' : 'last-spoke'}>
      <legend>When did you last speak?</legend>
      <div className="last-spoke-choices">
        {LAST_SPOKE_CHOICES.map(([when, label]) => (
          <label key={when} className="check">
            <input type="radio" name="last-spoke" checked={value.when === when} onChange={() => onChange({ ...value, when })} />
            {label}
          </label>
        ))}
        <input
          type="date"
          aria-label="Day you last spoke"
          aria-invalid={Boolean(error)}
          aria-describedby={messageId}
          max={today}
          value={value.day}
          // Picking a day chooses "On a day".
          onChange={(e) => onChange({ when: 'day', day: e.target.value })}
        />
      </div>
      <p className={error ? 'field-error' : 'field-hint'} id={messageId}>
        {error ?? 'Kith logs it as a conversation on that day. Someone you have not spoken to yet counts as new for up to a month.'}
      </p>
    </fieldset>
  )
}
