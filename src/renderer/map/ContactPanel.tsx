import { daysBetween, localIsoDate } from '../../core/dates'
import { effectiveCadenceDays } from '../../core/last-contact'
import type { NetworkFile } from '../../core/network-file'
import type { Contact } from '../../core/schema'
import { categoryLabel, CHANNEL_LABELS, formatDaysAgo, STRENGTH_LABELS } from '../ui/format'

/** Details of the contact selected on the map, with its latest interactions and the next actions. */
export function ContactPanel(props: {
  network: NetworkFile
  contact: Contact
  depth: 1 | 2
  onDepth: (depth: 1 | 2) => void
  onLog: () => void
  onEdit: () => void
  onClose: () => void
}) {
  const { network, contact } = props
  const history = network.interactions.filter((i) => i.contactIds.includes(contact.id)).sort((a, b) => b.date.localeCompare(a.date))
  const today = localIsoDate(new Date())
  const last = history[0]
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
        <dd>{STRENGTH_LABELS[contact.tieStrength]}</dd>
        <dt>Last contact</dt>
        <dd>{formatDaysAgo(last ? daysBetween(last.date, today) : null)}</dd>
        <dt>Keep in touch</dt>
        <dd>every {effectiveCadenceDays(contact, network.settings)} days</dd>
        {contact.email && (
          <>
            <dt>E-mail</dt>
            <dd>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </dd>
          </>
        )}
      </dl>
      <div className="panel-actions">
        <button type="button" className="primary" onClick={props.onLog}>
          Log interaction
        </button>
        <button type="button" onClick={props.onEdit}>
          Edit
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
      <h3>Recent interactions</h3>
      {history.length === 0 ? (
        <p className="muted small">None logged yet.</p>
      ) : (
        <ol className="timeline">
          {history.slice(0, 5).map((i) => (
            <li key={i.id}>
              <span className="muted small">
                {i.date} · {CHANNEL_LABELS[i.channel]}
              </span>
              <span>{i.summary || '—'}</span>
            </li>
          ))}
        </ol>
      )}
    </aside>
  )
}
