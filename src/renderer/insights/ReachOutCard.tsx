import type { Metrics, ReachOut } from '../../core/insight-schema'
import { reachOutEmptyNote } from './card-notes'

/** A handful of people to contact today, each with why; the name opens them on the map. */
export function ReachOutCard(props: { queue: readonly ReachOut[]; metrics: Metrics; onOpen: (id: string) => void; onLog: (id: string) => void }) {
  return (
    <section className="insights-card reach-out" aria-labelledby="reach-out-title">
      <h2 id="reach-out-title">Reach out today</h2>
      {props.queue.length === 0 ? (
        <p className="card-note">{reachOutEmptyNote(props.metrics)}</p>
      ) : (
        <>
          <p className="card-note">Who most needs a message, and why. Click a name to see them on the map.</p>
          <ol className="reach-out-list">
            {props.queue.map((person) => (
              <li key={person.contactId}>
                <div className="reach-out-who">
                  <button type="button" className="link" onClick={() => props.onOpen(person.contactId)}>
                    {person.name}
                  </button>
                  <p>{person.reasons.join(' · ')}</p>
                </div>
                <button type="button" aria-label={`Log interaction with ${person.name}`} onClick={() => props.onLog(person.contactId)}>
                  Log interaction
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}
