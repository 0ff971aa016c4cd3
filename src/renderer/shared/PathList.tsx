import type { IntroductionPath, PathLink } from '../../core/outreach/introduction-paths'
import type { Contact } from '../../core/schema'
import './intro-paths.css'

/** How the next person on a path knows the one before, as the end of "…, who …". */
function linkWords(link: PathLink, byId: ReadonlyMap<string, Contact>): string {
  switch (link.kind) {
    case 'knows':
      return 'who knows'
    case 'works-with':
      return 'who works with'
    case 'introduced':
      return 'who was introduced to'
    case 'introduced-by':
      // An introduction to the user: one of the two brought the other into the network.
      return byId.get(link.to)?.introducedBy === link.from ? 'who introduced you to' : 'whom you met through'
  }
}

/** A path in plain words: "Ask Ana (strong tie), who knows Ben, who works with Dana." */
export function pathSentence(path: IntroductionPath, byId: ReadonlyMap<string, Contact>): string {
  const name = (id: string) => byId.get(id)?.name ?? 'someone no longer in your network'
  const first = path.via[0]!
  const steps = path.links.map((l) => `${linkWords(l, byId)} ${name(l.to)}`)
  return `Ask ${name(first)}, ${steps.join(', ')}.`
}

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
