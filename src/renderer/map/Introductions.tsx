import { useMemo, useState } from 'react'
import type { NetworkFile } from '../../core/network-file'
import { introductionPaths, type IntroductionPath, type IntroductionTarget } from '../../core/outreach/introduction-paths'
import type { ContactId } from '../../core/schema'
import { graphOf } from '../shared/introduction-graph'
import { PathList } from '../shared/PathList'
import './introductions.css'
import { searchContacts } from '../shared/search'

/** Most people or organizations a search lists: enough to pick from, few enough to draw at once. */
const SHOWN = 50

/**
 * "Who could introduce me?": pick a person or an organization, read the ranked paths, and show one on the map.
 * With no path, says so and names the closest people at that organization or in that category.
 */
export function Introductions(props: {
  network: NetworkFile
  /** A person to start with (from their panel on the map). */
  initialContactId?: string
  onShow: (path: IntroductionPath, targetName: string) => void
}) {
  const { network } = props
  const byId = useMemo(() => new Map(network.contacts.map((c) => [c.id as string, c])), [network.contacts])
  const [kind, setKind] = useState<'person' | 'organization'>('person')
  const [query, setQuery] = useState(() => (props.initialContactId ? (byId.get(props.initialContactId)?.name ?? '') : ''))
  const [organization, setOrganization] = useState('')
  const [target, setTarget] = useState<IntroductionTarget | null>(() =>
    props.initialContactId && byId.has(props.initialContactId) ? { kind: 'person', contactId: props.initialContactId as ContactId } : null,
  )
  const [problem, setProblem] = useState<string | null>(null)

  const matches = useMemo(() => {
    if (query.trim() === '') return []
    const found = searchContacts(network.contacts, query)
    return network.contacts.filter((c) => found.has(c.id)).slice(0, SHOWN + 1)
  }, [network.contacts, query])
  const organizations = useMemo(() => {
    const names = new Map<string, string>()
    for (const c of network.contacts) {
      const name = c.organization.trim()
      if (name !== '' && !names.has(name.toLocaleLowerCase())) names.set(name.toLocaleLowerCase(), name)
    }
    return [...names.values()].sort((a, b) => a.localeCompare(b))
  }, [network.contacts])
  const suggestions = useMemo(() => {
    const typed = organization.trim().toLocaleLowerCase()
    return organizations.filter((o) => o.toLocaleLowerCase().includes(typed)).slice(0, SHOWN)
  }, [organizations, organization])

  const search = useMemo(() => (target ? introductionPaths(graphOf(network), target) : null), [network, target])
  const targetName = target === null ? '' : target.kind === 'person' ? (byId.get(target.contactId)?.name ?? '') : `someone at ${target.name.trim()}`

  const findOrganization = () => {
    if (organization.trim() === '') return setProblem('Type the name of an organization first.')
    setProblem(null)
    setTarget({ kind: 'organization', name: organization.trim() })
  }

  return (
    <div className="introductions">
      <fieldset className="intro-kind">
        <legend className="visually-hidden">Introduce me to</legend>
        <label className="check">
          <input type="radio" name="intro-kind" checked={kind === 'person'} onChange={() => setKind('person')} />A person
        </label>
        <label className="check">
          <input type="radio" name="intro-kind" checked={kind === 'organization'} onChange={() => setKind('organization')} />
          Someone at an organization
        </label>
      </fieldset>

      {kind === 'person' ? (
        <div>
          <div className="field">
            <label htmlFor="intro-person">Person</label>
            <input id="intro-person" type="search" value={query} placeholder="Type a name, organization or role" onChange={(e) => setQuery(e.target.value)} />
          </div>
          {query.trim() !== '' && matches.length === 0 && <p className="muted small">Nobody in your network matches “{query.trim()}”.</p>}
          {matches.length > 0 && (
            <ul className="intro-matches" aria-label="Matching people">
              {matches.slice(0, SHOWN).map((c) => (
                <li key={c.id}>
                  <button
                    type="button"
                    aria-pressed={target?.kind === 'person' && target.contactId === c.id}
                    onClick={() => setTarget({ kind: 'person', contactId: c.id })}
                  >
                    {c.name} <span className="muted small">{[c.role, c.organization].filter(Boolean).join(' · ')}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {matches.length > SHOWN && <p className="muted small">More than {SHOWN} match; type more of the name to narrow them down.</p>}
        </div>
      ) : (
        <form
          className="intro-search"
          onSubmit={(e) => {
            e.preventDefault()
            findOrganization()
          }}
        >
          <div className="field">
            <label htmlFor="intro-organization">Organization</label>
            <input
              id="intro-organization"
              list="intro-organizations"
              value={organization}
              aria-invalid={problem !== null}
              aria-describedby={problem ? 'intro-problem' : undefined}
              onChange={(e) => setOrganization(e.target.value)}
            />
            <datalist id="intro-organizations">
              {suggestions.map((o) => (
                <option key={o} value={o} />
              ))}
            </datalist>
          </div>
          <button type="submit" className="primary">
            Find paths
          </button>
        </form>
      )}
      {problem && kind === 'organization' && (
        <p id="intro-problem" className="field-error">
          {problem}
        </p>
      )}

      {search && target && target.kind === kind && (
        <section className="intro-result" aria-label="Introduction paths">
          <p className="intro-summary" role="status">
            {search.summary}
          </p>
          {search.paths.length > 0 && <PathList paths={search.paths} byId={byId} onShow={(p) => props.onShow(p, targetName)} />}
          {search.closest.length > 0 && (
            <>
              <h3>Closest people</h3>
              <ul className="intro-closest">
                {search.closest.map((c) => (
                  <li key={c.contactId}>
                    <strong>{byId.get(c.contactId)?.name}</strong> <span className="muted small">{c.reason}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </div>
  )
}
