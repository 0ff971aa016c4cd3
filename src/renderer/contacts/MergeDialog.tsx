import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { IsoDate } from '../../core/dates'
import { mergeContacts, mergeLabel, suggestKeep } from '../../core/merge-contacts'
import type { NetworkFile } from '../../core/network-file'
import type { Contact, ContactId } from '../../core/schema'
import { formatDay, plural } from '../shared/format'
import { categoryLabel } from '../shared/labels'
import { Modal } from '../shared/Modal'
import type { Mutate } from '../shared/view-props'
import { mergeSummary } from './merge-summary'
import './merge.css'

/** A merge that landed: who was kept and who went, and the undo label it was saved under. */
export interface DoneMerge {
  readonly keepId: ContactId
  readonly mergeId: ContactId
  readonly message: string
  readonly label: string
}

/** One record, as the user compares it with the other: enough to tell which is the fuller one. */
function RecordCard(props: { contact: Contact; interactions: number; chosen: boolean; onChoose: () => void }) {
  const c = props.contact
  const id = useId()
  const rows: [string, string][] = [
    ['Organization', [c.organization, c.role].filter(Boolean).join(' · ')],
    ['E-mail', c.email],
    ['Phone', c.phone],
    ['LinkedIn', c.linkedinUrl.replace(/^https?:\/\/(www\.)?/, '')],
    ['Categories', c.categories.map(categoryLabel).join(', ')],
    ['Tags', c.tags.join(', ')],
    ['Interactions', plural(props.interactions, 'interaction')],
    ['In Kith since', formatDay(c.createdAt.slice(0, 10))],
  ]
  return (
    <label className={props.chosen ? 'merge-record chosen' : 'merge-record'}>
      <span className="merge-record-head">
        <input type="radio" name="merge-keep" aria-labelledby={`${id}-name`} aria-describedby={`${id}-fields`} checked={props.chosen} onChange={props.onChoose} />
        <span>
          <strong id={`${id}-name`}>{c.name}</strong>
          <span className="muted small">{props.chosen ? 'Keep this one' : 'Merge into the other'}</span>
        </span>
      </span>
      <dl id={`${id}-fields`}>
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd className={value ? undefined : 'muted'}>{value || '—'}</dd>
          </div>
        ))}
      </dl>
    </label>
  )
}

/**
 * Two records of one person side by side: the user picks the one to keep (the fuller, older one is picked
 * for them), sees what will move, be filled in and go into the notes, then merges in one undoable step.
 */
export function MergeDialog(props: { network: NetworkFile; ids: readonly [string, string]; today: IsoDate; mutate: Mutate; onDone: (done: DoneMerge | null) => void }) {
  const { network } = props
  const [first, second] = props.ids.map((id) => network.contacts.find((c) => c.id === id))
  const [keepId, setKeepId] = useState(() => (first && second ? suggestKeep(network, first, second).keep.id : props.ids[0]))
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // The dialog focuses its first field; in a radio group the focus belongs on the chosen one.
  const choiceRef = useRef<HTMLFieldSetElement>(null)
  useEffect(() => choiceRef.current?.querySelector<HTMLInputElement>('input:checked')?.focus(), [])
  const counts = useMemo(() => {
    const n = new Map<string, number>()
    for (const i of network.interactions) for (const id of i.contactIds) if (props.ids.includes(id)) n.set(id, (n.get(id) ?? 0) + 1)
    return n
  }, [network.interactions, props.ids])

  // The same pure change the backend will make, run here only to say what it will do (once per choice: at
  // 30,000 contacts it takes tens of milliseconds).
  const mergeId = first && second ? (keepId === first.id ? second.id : first.id) : null
  const preview = useMemo(
    () => (mergeId === null ? null : mergeContacts(network, keepId as ContactId, mergeId, { now: `${props.today}T00:00:00.000Z`, today: props.today, newId: () => 'preview' })),
    [network, keepId, mergeId, props.today],
  )

  if (!first || !second || !preview) {
    return (
      <Modal title="Merge two contacts" onClose={() => props.onDone(null)}>
        <p className="callout error" role="alert">
          One of the two contacts no longer exists; it may have been deleted or merged already.
        </p>
        <div className="form-actions">
          <span className="spacer" />
          <button type="button" onClick={() => props.onDone(null)}>
            Close
          </button>
        </div>
      </Modal>
    )
  }
  const keep = keepId === first.id ? first : second
  const merge = keep === first ? second : first

  const run = async () => {
    setBusy(true)
    const result = await props.mutate('contacts:merge', { keepId: keep.id, mergeId: merge.id })
    setBusy(false)
    if (!result.ok) return setError(result.error.message)
    props.onDone({ keepId: keep.id, mergeId: merge.id, label: mergeLabel(keep.name, merge.name), message: `Merged ${merge.name} into ${keep.name}.` })
  }

  return (
    <Modal title="Merge two contacts" onClose={() => props.onDone(null)} wide>
      <fieldset ref={choiceRef} className="merge-choice">
        <legend>Which record do you want to keep?</legend>
        <div className="merge-records">
          {[first, second].map((c) => (
            <RecordCard key={c.id} contact={c} interactions={counts.get(c.id) ?? 0} chosen={c.id === keep.id} onChoose={() => setKeepId(c.id)} />
          ))}
        </div>
      </fieldset>
      <section className="merge-preview" aria-label="What the merge does" aria-live="polite">
        {preview.ok ? (
          <ul>
            {mergeSummary(preview.value.value, keep, merge).map((line) => (
              <li key={line}>{line}</li>
            ))}
            <li>
              {merge.name} is then removed; {keep.name} keeps their name.
            </li>
          </ul>
        ) : (
          <p className="callout error">{preview.error.message}</p>
        )}
      </section>
      {error && (
        <p className="callout error" role="alert">
          {error}
        </p>
      )}
      <p className="muted small">Changed your mind afterwards? Undo brings both back as they were.</p>
      <div className="form-actions">
        <span className="spacer" />
        <button type="button" onClick={() => props.onDone(null)}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={busy || !preview.ok} onClick={() => void run()}>
          {busy ? 'Merging…' : `Merge into ${keep.name}`}
        </button>
      </div>
    </Modal>
  )
}
