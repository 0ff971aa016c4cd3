import type { ReactNode } from 'react'
import type { NetworkFile } from '../../core/network-file'

export type View = 'map' | 'contacts'

const NAV: readonly { view: View; label: string }[] = [
  { view: 'map', label: 'Map' },
  { view: 'contacts', label: 'Contacts' },
]

/** Navigation on the left, the current view on the right. */
export function AppShell(props: { view: View; onNavigate: (view: View) => void; network: NetworkFile; children: ReactNode }) {
  const { view, onNavigate, network, children } = props
  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Main">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Kith
        </div>
        <ul>
          {NAV.map((item) => (
            <li key={item.view}>
              <button
                type="button"
                className={item.view === view ? 'nav-item active' : 'nav-item'}
                aria-current={item.view === view ? 'page' : undefined}
                onClick={() => onNavigate(item.view)}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
        <p className="sidebar-footer">
          {network.me.name || 'You'} · {network.contacts.length} contact{network.contacts.length === 1 ? '' : 's'}
        </p>
      </nav>
      <main className="content">{children}</main>
    </div>
  )
}
