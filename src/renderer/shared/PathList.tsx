import type { IntroductionPath } from '../../core/outreach/introduction-paths'
import type { Contact } from '../../core/schema'
import './intro-paths.css'
import { pathSentence } from './path-words'

/** Ranked introduction paths: the names along each, the weakest tie, and how each pair knows each other. */
export function PathList(props: {
  paths: readonly IntroductionPath[]
  byId: ReadonlyMap<string, Contact>
  /** Shows a path on the map; without it, the list only reads. */
  onShow?: (path: IntroductionPath) => void
}) {
  const name = (id: string) => props.byId.get(id)?.name ?? 'someone no longer in your network'
  return (
    <ol className="intro-paths">
      {props.paths.map((p) => (
        <li key={`${p.via.join(' ')}>${p.target}`} className="intro-path">
          <p className="intro-chain">
            <span className="muted">You</span>
            {[...p.via, p.target].map((id) => (
              <span key={id}>
                {' → '}
                <strong>{name(id)}</strong>
              </span>
            ))}
          </p>
          <p className="small">
            {pathSentence(p, props.byId)} <span className="muted">Weakest tie: {p.strength} of 5.</span>
          </p>
          {props.onShow && (
            <button type="button" className="small" onClick={() => props.onShow!(p)} aria-label={`Show on map: the path through ${name(p.via[0]!)}`}>
              Show on map
            </button>
          )}
        </li>
      ))}
    </ol>
  )
}
