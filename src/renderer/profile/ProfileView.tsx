import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { IsoDate } from '../../core/dates'
import { PRESENCE_ITEMS, type Me, type PresenceItem } from '../../core/schema'
import { FormActions, FormSummary, useContractForm } from '../shared/contract-form'
import { FormField } from '../shared/FormField'
import { humanDays } from '../shared/format'
import type { Mutate, Notify, ViewProps } from '../shared/view-props'
import { AppearanceCard } from './AppearanceCard'
import { PartnerCard } from './PartnerCard'
import { YourDataCard } from './YourDataCard'
import { PRESENCE_TEXT, presenceProgress, reviewStatus } from './profile-status'
import './profile.css'

/** The fields of `me` the form edits; the checklist and the review date are saved on their own. */
const FIELDS = [
  { key: 'name', label: 'Name', type: 'text', autoComplete: 'name', wide: true },
  { key: 'role', label: 'Role', type: 'text', autoComplete: 'organization-title' },
  { key: 'department', label: 'Department', type: 'text', autoComplete: 'off' },
  {
    key: 'organization',
    label: 'Organization',
    type: 'text',
    autoComplete: 'organization',
    hint: 'Contacts at this organization count as your own colleagues.',
  },
  {
    key: 'industry',
    label: 'Industry',
    type: 'text',
    autoComplete: 'off',
    hint: 'Contacts in any other industry count as reaching beyond your field.',
  },
  {
    key: 'linkedinUrl',
    label: 'LinkedIn URL',
    type: 'url',
    autoComplete: 'url',
    hint: 'The address of your public profile, such as https://www.linkedin.com/in/your-name.',
    wide: true,
  },
] as const

type Draft = Record<(typeof FIELDS)[number]['key'], string>

const fromMe = (me: Me): Draft => ({
  name: me.name,
  role: me.role,
  organization: me.organization,
  department: me.department,
  industry: me.industry,
  linkedinUrl: me.linkedinUrl,
})

/**
 * The user's own profile: who they are, how complete their online presence is, when they last looked at it,
 * and their data to take away. `showData` scrolls to that card and focuses it (File → Export Data…).
 */
export function ProfileView(props: ViewProps & { readonly showData?: boolean; readonly onDataShown?: () => void }) {
  const { network, mutate, notify, today } = props
  const { me } = network
  // A saved change (or an undo) brings a fresh form holding what is on disk.
  const savedKey = JSON.stringify(fromMe(me))

  return (
    <div className="profile-view">
      <header className="toolbar">
        <h1>Your profile</h1>
      </header>
      <div className="profile-body">
        <div className="profile-column">
          <ProfileSummary me={me} />
          <ProfileForm key={savedKey} me={me} mutate={mutate} notify={notify} />
        </div>
        <div className="profile-column">
          <PresenceChecklist presence={me.presence} mutate={mutate} notify={notify} />
          <ProfileReview
            reviewedOn={me.profileReviewedOn}
            intervalDays={network.settings.insightThresholds.profileReviewDays}
            today={today}
            mutate={mutate}
            notify={notify}
          />
          <PartnerCard partner={network.settings.partner} mutate={mutate} notify={notify} />
          <AppearanceCard theme={network.settings.theme} mutate={mutate} notify={notify} />
          <YourDataCard focusOnArrival={props.showData ?? false} onArrived={props.onDataShown} />
        </div>
      </div>
    </div>
  )
}

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words
  return letters.map((w) => w?.charAt(0).toUpperCase() ?? '').join('')
}

function ProfileSummary({ me }: { me: Me }) {
  const headingId = useId()
  const work = [me.role, me.department, me.organization].filter((part) => part.trim() !== '').join(' · ')
  return (
    <section className="profile-card profile-summary" aria-labelledby={headingId}>
      <div className="profile-avatar" aria-hidden="true">
        {initials(me.name) || '?'}
      </div>
      <div className="profile-identity">
        <h2 id={headingId}>{me.name || 'Your name is not set yet'}</h2>
        {work ? <p>{work}</p> : <p className="muted">Add your role and organization below.</p>}
        {me.industry && <p className="muted small">Industry: {me.industry}</p>}
        {me.linkedinUrl ? (
          <p>
            <a className="profile-link" href={me.linkedinUrl} target="_blank" rel="noopener noreferrer">
              Open your LinkedIn profile
              <span className="visually-hidden"> (opens in your browser)</span>
              <span aria-hidden="true"> ↗</span>
            </a>
          </p>
        ) : (
          <p className="muted small">Add your LinkedIn URL below to open your profile from here.</p>
        )}
      </div>
    </section>
  )
}

function ProfileForm({ me, mutate, notify }: { me: Me; mutate: Mutate; notify: Notify }) {
  const headingId = useId()
  const [draft, setDraft] = useState<Draft>(() => fromMe(me))
  const form = useContractForm()
  const { attach: attachForm } = form
  const { errors, saving } = form
  const saved = fromMe(me)
  const changed = FIELDS.some(({ key }) => draft[key] !== saved[key])

  const set = (key: keyof Draft, value: string) => {
    setDraft((d) => ({ ...d, [key]: value }))
    form.clearError(key)
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void form.submit(
      () => mutate('me:update', draft),
      () => notify('Your profile is saved.', 'info'),
    )
  }

  const discard = () => {
    setDraft(fromMe(me))
    form.reset()
  }

  return (
    <section className="profile-card" aria-labelledby={headingId}>
      <h2 id={headingId}>About you</h2>
      <p className="profile-why muted">
        Kith uses your organization and industry to tell who works in your own organization and who works in another
        industry, so it can show how far your network reaches beyond your everyday circle.
      </p>
      <form ref={attachForm} onSubmit={submit} noValidate aria-labelledby={headingId}>
        <FormSummary form={form} />
        <div className="profile-fields">
          {FIELDS.map((field) => (
            <div key={field.key} className={'wide' in field ? 'profile-field wide' : 'profile-field'}>
              <FormField label={field.label} error={errors[field.key]} hint={'hint' in field ? field.hint : undefined}>
                {(a) => (
                  <input
                    {...a}
                    type={field.type}
                    value={draft[field.key]}
                    onChange={(e) => set(field.key, e.target.value)}
                    autoComplete={field.autoComplete}
                  />
                )}
              </FormField>
            </div>
          ))}
        </div>
        {/* Nothing to cancel while the form holds what is saved: Discard appears once something changed. */}
        <FormActions saving={saving} submitLabel="Save profile" {...(changed ? { onCancel: discard, cancelLabel: 'Discard changes' } : {})} />
      </form>
    </section>
  )
}

function PresenceChecklist({ presence, mutate, notify }: { presence: Me['presence']; mutate: Mutate; notify: Notify }) {
  const headingId = useId()
  const baseId = useId()
  // Ticks show at once; saves run one after another, each sending the whole checklist as last ticked.
  const [pending, setPending] = useState<Me['presence'] | null>(null)
  const queue = useRef<Promise<void>>(Promise.resolve())
  const latest = useRef(0)
  const shown = pending ?? presence
  const progress = presenceProgress(shown)

  const toggle = (item: PresenceItem, on: boolean) => {
    const next = { ...shown, [item]: on }
    setPending(next)
    const ticket = ++latest.current
    queue.current = queue.current.then(async () => {
      const result = await mutate('me:update', { presence: next })
      if (!result.ok) notify(`Your checklist was not saved: ${result.error.message}`)
      if (ticket === latest.current) setPending(null)
    })
  }

  return (
    <section className="profile-card" aria-labelledby={headingId}>
      <h2 id={headingId}>Online presence</h2>
      <p className="muted">
        People look you up before they reply. Tick each part of your online profile that is up to date.
      </p>
      <div className="presence-progress">
        <p aria-live="polite">{progress.text}</p>
        <div className="presence-bar" aria-hidden="true">
          <span style={{ width: `${(progress.done / progress.total) * 100}%` }} />
        </div>
      </div>
      <ul className="presence-list">
        {PRESENCE_ITEMS.map((item) => {
          const id = `${baseId}-${item}`
          return (
            <li key={item} className={shown[item] ? 'done' : undefined}>
              <input
                type="checkbox"
                id={id}
                checked={shown[item]}
                onChange={(e) => toggle(item, e.target.checked)}
                aria-describedby={`${id}-hint`}
              />
              <div>
                <label htmlFor={id}>{PRESENCE_TEXT[item].label}</label>
                <p className="muted small" id={`${id}-hint`}>
                  {PRESENCE_TEXT[item].hint}
                </p>
              </div>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

function ProfileReview(props: { reviewedOn: Me['profileReviewedOn']; intervalDays: number; today: IsoDate; mutate: Mutate; notify: Notify }) {
  const { reviewedOn, intervalDays, today, mutate, notify } = props
  const headingId = useId()
  const [saving, setSaving] = useState(false)
  const status = reviewStatus(reviewedOn, today, intervalDays)
  // The button goes once the review is recorded: the focus moves to the status that replaces it.
  const done = useRef<HTMLParagraphElement>(null)
  const justMarked = useRef(false)
  useEffect(() => {
    if (!status.today || !justMarked.current) return
    justMarked.current = false
    done.current?.focus()
  }, [status.today])

  const markReviewed = async () => {
    setSaving(true)
    const result = await mutate('me:update', { profileReviewedOn: today })
    setSaving(false)
    justMarked.current = result.ok
    if (result.ok) notify(`Marked as reviewed today. The next review is suggested in ${humanDays(intervalDays)}.`, 'info')
    else notify(`The review date was not saved: ${result.error.message}`)
  }

  return (
    <section className={status.stale ? 'profile-card profile-review stale' : 'profile-card profile-review'} aria-labelledby={headingId}>
      <h2 id={headingId}>Profile review</h2>
      <dl className="review-facts">
        <dt>Profile reviewed on</dt>
        <dd>
          <strong>{status.reviewedOn}</strong>
          {status.ago && <span className="muted"> ({status.ago})</span>}
        </dd>
      </dl>
      {status.stale ? (
        <p className="review-warning">
          {reviewedOn === null
            ? 'You have not reviewed your profile yet. A quick look keeps your headline and experience current.'
            : `It has been more than ${humanDays(intervalDays)}. A quick look keeps your headline and experience current.`}
        </p>
      ) : (
        <p className="muted">
          {status.today ? 'All done for now.' : 'Looking good.'} Next review suggested by {status.nextDue}.
        </p>
      )}
      {/* Reviewed today is a state, shown as one; the button says what it does, and only while there is something to do. */}
      {status.today ? (
        <p className="review-done" role="status" ref={done} tabIndex={-1}>
          Marked as reviewed today.
        </p>
      ) : (
        <div className="form-actions">
          <button type="button" className={status.stale ? 'primary' : undefined} onClick={() => void markReviewed()} disabled={saving}>
            {saving ? 'Saving…' : 'Mark as reviewed today'}
          </button>
          <span className="muted small">Looked over your profile today? Record it here.</span>
        </div>
      )}
    </section>
  )
}
