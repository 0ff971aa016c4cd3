import type { NetworkFile } from '../../core/network-file'
import type { Tie } from '../../core/schema'

const KIND_LABELS: Record<Tie['kind'], string> = { knows: 'know each other', 'works-with': 'work together', introduced: 'were introduced' }

/** A selected contact–contact tie, with the way to delete it. */
export function TiePanel(props: { network: NetworkFile; tie: Tie; onDelete: () => void; onClose: () => void }) {
  const name = (id: string) => props.network.contacts.find((c) => c.id === id)?.name ?? 'Someone'
  return (
    <aside className="contact-panel tie-panel" aria-label="Selected tie">
      <header>
        <h2>
          {name(props.tie.a)} and {name(props.tie.b)}
        </h2>
        <button type="button" className="modal-close" aria-label="Close details" onClick={props.onClose}>
          ×
        </button>
      </header>
      <p className="muted">They {KIND_LABELS[props.tie.kind]}.</p>
      <div className="panel-actions">
        <button type="button" className="danger" onClick={props.onDelete}>
          Delete tie
        </button>
      </div>
    </aside>
  )
}
