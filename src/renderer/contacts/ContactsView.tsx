import { useEffect, useMemo, useState } from 'react'
import { daysBetween, localIsoDate } from '../../core/dates'
import { lastContactIndex } from '../../core/last-contact'
import type { NetworkFile } from '../../core/network-file'
import type { Mutate } from '../app/use-kith'
import { categoryLabel, formatDaysAgo } from '../ui/format'
import { ContactDialogs, type ContactDialog } from './ContactDialogs'

/** Everyone in the network as a table; a row opens the contact for editing. */
export function ContactsView(props: {
  network: NetworkFile
  mutate: Mutate
  startAdding: boolean
  onStarted: () => void
}) {
  const { network, mutate, startAdding, onStarted } = props
  const [query, setQuery] = useState('')
  const [dialog, setDialog] = useState<ContactDialog | null>(startAdding ? { kind: 'add' } : null)
  useEffect(() => {
    if (startAdding) onStarted()
  }, [startAdding, onStarted])

  const today = localIsoDate(new Date())
  const last = useMemo(() => lastContactIndex(network.interactions), [network.interactions])
  const rows = useMemo(() => {
    const needle = query.trim().toLowerCase()
    return [...network.contacts]
      .filter((c) => needle === '' || [c.name, c.organization, c.role, ...c.tags].some((v) => v.toLowerCase().includes(needle)))
      .sort((a, b) => a.name.localeCompare(b.name))
  }, [network.contacts, query])

  return (
    <div className="contacts-view">
      <header className="toolbar">
        <h1>Contacts</h1>
        <input type="search" className="search" placeholder="Search name, organization, role, tag" aria-label="Search contacts" value={query} onChange={(e) => setQuery(e.target.value)} />
        <span className="muted" aria-live="polite">
          {rows.length === network.contacts.length ? `${rows.length} contacts` : `${rows.length} of ${network.contacts.length} shown`}
        </span>
        <span className="spacer" />
        <button type="button" onClick={() => setDialog({ kind: 'log', contactIds: [] })}>
          Log interaction
        </button>
        <button type="button" className="primary" onClick={() => setDialog({ kind: 'add' })}>
          Add contact
        </button>
      </header>
      {network.contacts.length === 0 ? (
        <p className="empty-state">No contacts yet. Add the first person you would like to stay in touch with.</p>
      ) : (
        <div className="table-wrap">
          <table className="contacts-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Organization</th>
                <th scope="col">Role</th>
                <th scope="col">Categories</th>
                <th scope="col">Strength</th>
                <th scope="col">Last contact</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => {
                const seen = last.get(c.id)
                return (
                  <tr key={c.id}>
                    <td>
                      <button type="button" className="link" onClick={() => setDialog({ kind: 'edit', id: c.id })}>
                        {c.name}
                      </button>
                    </td>
                    <td>{c.organization}</td>
                    <td>{c.role}</td>
                    <td>{c.categories.map(categoryLabel).join(', ')}</td>
                    <td>{c.tieStrength}</td>
                    <td>{formatDaysAgo(seen ? daysBetween(seen, today) : null)}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
      <ContactDialogs dialog={dialog} network={network} mutate={mutate} onClose={() => setDialog(null)} />
    </div>
  )
}
