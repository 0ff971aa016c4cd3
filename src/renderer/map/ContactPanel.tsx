import type { IsoDate } from '../../core/dates'
import type { NetworkFile } from '../../core/network-file'
import type { Contact } from '../../core/schema'
import type { ContactStatus } from '../../core/staleness'
import { isConverted } from '../../core/tie-strength'
import { BandPill } from '../shared/BandPill'
import { useDialogs } from '../shared/dialogs'
import { dueLabel, formatDay, lastContactWords, plural } from '../shared/format'
import { categoryLabel, CHANNEL_LABELS, interactionName, strengthLabel } from '../shared/labels'

/** Details of the contact selected on the map, with its latest interactions and the next actions. */
export function ContactPanel(props: {
  network: NetworkFile
  contact: Contact
  /** Last contact and cadence, as the map computed them for everyone. */
  status: ContactStatus | undefined
  today: IsoDate
  depth: 1 | 2
  onDepth: (depth: 1 | 2) => void
  onLog: () => void
  onEdit: () => void
  onBrief: () => void
  /** "Who could introduce me?" with them as the target. */
  onIntroduce: () => void
  /** Opens the correction of one of the listed interactions. */
  onEditInteraction: (id: string) => void
  onClose: () => void
}) {
  const { network, contact } = props
  const dialogs = useDialogs()
  const history = network.interactions.filter((i) => i.contactIds.includes(contact.id)).sort((a, b) => b.date.localeCompare(a.date))
  const converted = isConverted(contact, history)
  const nameOf = (id: string) => network.contacts.find((c) => c.id === id)?.name ?? 'Someone no longer in your network'
  const events = network.events.filter((e) => e.contactIds.includes(contact.id)).sort((a, b) => b.startOn.localeCompare(a.startOn))
  return (
    <aside className="contact-panel" aria-label={`Details of ${contact.name}`}>
      <header>
        <h2>{contact.name}</h2>
        <button type="button" className="modal-close" aria-label="Close details" onClick={props.onClose}>
          ×
        </button>
      </header>
      <p className="muted">{[contact.role, contact.organization].filter(Boolean).join(' · ') || 'No role or organization yet'}</p>
      <ul className="chips">
        {contact.categories.map((c) => (
          <li key={c} className="chip">
            {categoryLabel(c)}
          </li>
        ))}
        {contact.onLaidOffList && <li className="chip accent">On my laid-off list</li>}
      </ul>
      <dl className="facts">
        <dt>Tie strength</dt>
        <dd>{strengthLabel(contact.tieStrength)}</dd>
        {props.status && (
          <>
            <dt>Last contact</dt>
            <dd>
              {lastContactWords(props.status)} <BandPill band={props.status.band} />
            </dd>
            <dt>Next due</dt>
            <dd>
              <time dateTime={props.status.dueOn} title={formatDay(props.status.dueOn)}>
                {dueLabel(props.status.dueOn, props.today)}
              </time>
            </dd>
            <dt>Keep in touch</dt>
            <dd>every {plural(props.status.cadenceDays, 'day')}</dd>
          </>
        )}
        {converted !== null && (
          <>
            <dt>Met</dt>
            <dd>{converted ? 'Yes, in person or by video' : 'Not yet: online only'}</dd>
          </>
        )}
        {contact.email && (
          <>
            <dt>E-mail</dt>
            <dd>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </dd>
          </>
        )}
        {(contact.linkedinUrl || contact.website) && (
          <>
            <dt>Links</dt>
            <dd className="links">
              {contact.linkedinUrl && (
                <a href={contact.linkedinUrl} target="_blank" rel="noopener noreferrer">
                  LinkedIn
                </a>
              )}
              {contact.website && (
                <a href={contact.website} target="_blank" rel="noopener noreferrer">
                  Website
                </a>
              )}
            </dd>
          </>
        )}
      </dl>
      <div className="panel-actions">
        <button type="button" className="primary" onClick={props.onLog}>
          Log interaction
        </button>
        <button type="button" onClick={() => dialogs.open({ kind: 'compose', contactId: contact.id })}>
          Write to them
        </button>
        <button type="button" onClick={props.onEdit}>
          Edit
        </button>
        <button type="button" onClick={props.onBrief}>
          Prep brief
        </button>
        <button type="button" onClick={props.onIntroduce}>
          Who could introduce me?
        </button>
      </div>
      <fieldset className="focus-depth">
        <legend>Highlight who they know</legend>
        {([1, 2] as const).map((d) => (
          <label key={d} className="check">
            <input type="radio" name="focus-depth" checked={props.depth === d} onChange={() => props.onDepth(d)} />
            {d === 1 ? 'Direct ties' : 'Two steps'}
          </label>
        ))}
      </fieldset>
      {events.length > 0 && (
        <>
          <h3>Events</h3>
          <ul className="panel-events">
            {events.map((e) => (
              <li key={e.id}>
                {e.name} <span className="muted small">· {formatDay(e.startOn)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Recent interactions</h3>
      {history.length === 0 ? (
        <p className="muted small">None logged yet.</p>
      ) : (
        <ol className="timeline">
          {history.slice(0, 5).map((i) => (
            <li key={i.id}>
              <span className="interaction-head">
                <span className="muted small">
                  {formatDay(i.date)} · {CHANNEL_LABELS[i.channel]}
                </span>
                <button type="button" className="link small" aria-label={`Edit ${interactionName(i.date, i.contactIds.map(nameOf))}`} onClick={() => props.onEditInteraction(i.id)}>
                  Edit
                </button>
              </span>
              <span>{i.summary || '—'}</span>
            </li>
          ))}
        </ol>
      )}
    </aside>
  )
}
