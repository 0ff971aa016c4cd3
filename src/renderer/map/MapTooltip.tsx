import type { Contact } from '../../core/schema'
import type { ContactStatus } from '../../core/staleness'
import { ago, lastContactWords, plural } from '../shared/format'
import { categoryLabel, strengthLabel } from '../shared/labels'

/** What hovering a contact tells: organization, role, categories, last contact, cadence, strength. */
export function MapTooltip({ contact, status, x, y }: { contact: Contact; status: ContactStatus | undefined; x: number; y: number }) {
  return (
    <div className="map-tooltip" role="tooltip" style={{ left: x, top: y }}>
      <strong>{contact.name}</strong>
      {(contact.role || contact.organization) && <span>{[contact.role, contact.organization].filter(Boolean).join(' · ')}</span>}
      <span className="muted">{contact.categories.map(categoryLabel).join(', ')}</span>
      <span>
        Last contact: {status ? lastContactWords(status) : ago(null)}
        {status && ` · every ${plural(status.cadenceDays, 'day')}`}
      </span>
      <span>Strength {strengthLabel(contact.tieStrength)}</span>
      {contact.onLaidOffList && <span className="muted">On my laid-off list</span>}
    </div>
  )
}
