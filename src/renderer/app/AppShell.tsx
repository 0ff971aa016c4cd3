import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { HistoryStatus } from '../../core/contract'
import type { NetworkFile } from '../../core/network-file'
import { plural } from '../shared/format'
import { SkipLink } from '../shared/SkipLink'

export type View = 'map' | 'insights' | 'plan' | 'contacts' | 'timeline' | 'follow-ups' | 'events' | 'profile'

const NAV: readonly { view: View; label: string }[] = [
  { view: 'map', label: 'Map' },
  { view: 'insights', label: 'Insights' },
  { view: 'plan', label: 'Plan' },
  { view: 'contacts', label: 'Contacts' },
  { view: 'timeline', label: 'Timeline' },
  { view: 'follow-ups', label: 'Follow-ups' },
  { view: 'events', label: 'Events' },
  { view: 'profile', label: 'Profile' },
]

/**
 * Navigation on the left, the current view on the right. In a narrow window (styles.css, 800 px) the
 * navigation folds behind a Menu button on a thin rail and opens over the view; choosing a view closes it.
 */
export function AppShell(props: {
  view: View
  onNavigate: (view: View) => void
  network: NetworkFile
  /** Open follow-ups due today or earlier, shown on the Follow-ups item. */
  dueCount: number
  history: HistoryStatus
  onUndo: () => void
  onRedo: () => void
  onClearSample: () => Promise<void>
  children: ReactNode
}) {
  const { view, network, children, history } = props
  const [menuOpen, setMenuOpen] = useState(false)
  const menuButton = useRef<HTMLButtonElement>(null)
  const onNavigate = (next: View) => {
    setMenuOpen(false)
    props.onNavigate(next)
  }
  const closeMenu = () => {
    setMenuOpen(false)
    menuButton.current?.focus()
  }
  // Escape closes the open menu, before any view's own Escape (capture phase, ahead of shortcuts.tsx).
  useEffect(() => {
    if (!menuOpen) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      event.stopPropagation()
      setMenuOpen(false)
      menuButton.current?.focus()
    }
    document.addEventListener('keydown', onKey, true)
    return () => document.removeEventListener('keydown', onKey, true)
  }, [menuOpen])
  return (
    <div className={menuOpen ? 'shell menu-open' : 'shell'}>
      <SkipLink />
      <div className="rail">
        <button ref={menuButton} type="button" className="menu-button" aria-label="Menu" aria-expanded={menuOpen} aria-controls="main-nav" onClick={() => setMenuOpen((open) => !open)}>
          <span aria-hidden="true">☰</span>
          {props.dueCount > 0 && <span className="badge" aria-hidden="true">{props.dueCount}</span>}
        </button>
      </div>
      {menuOpen && <button type="button" className="menu-backdrop" aria-label="Close menu" tabIndex={-1} onClick={closeMenu} />}
      <nav id="main-nav" className="sidebar" aria-label="Main">
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
                {item.view === 'follow-ups' && props.dueCount > 0 && (
                  <span className="badge" aria-label={`${props.dueCount} due today or overdue`} title="Due today or overdue">
                    {props.dueCount}
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
        <div className="history-buttons" role="group" aria-label="Undo and redo">
          <button type="button" disabled={!history.undo} onClick={props.onUndo} title={history.undo ? `Undo ${history.undo} (Ctrl/⌘+Z)` : 'Nothing to undo'}>
            Undo
          </button>
          <button type="button" disabled={!history.redo} onClick={props.onRedo} title={history.redo ? `Redo ${history.redo} (Shift+Ctrl/⌘+Z)` : 'Nothing to redo'}>
            Redo
          </button>
        </div>
        {network.sampleLoaded && <SampleNotice onClear={props.onClearSample} />}
        <p className="sidebar-footer">
          {network.me.name || 'You'} · {plural(network.contacts.length, 'contact')}
        </p>
      </nav>
      <main className="content" id="main-content">{children}</main>
    </div>
  )
}

/** While the sample is loaded: say so, and offer to clear it (after a confirmation) to start one's own. */
function SampleNotice({ onClear }: { onClear: () => Promise<void> }) {
  const [confirming, setConfirming] = useState(false)
  return (
    <div className="sample-notice" role="group" aria-label="Sample network">
      <p>You are exploring the sample network.</p>
      {confirming ? (
        <>
          <p>This removes the sample and anything you added to it.</p>
          <div className="sample-actions">
            <button type="button" className="danger" onClick={() => void onClear()}>
              Clear sample
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </div>
        </>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          Start my own network
        </button>
      )}
    </div>
  )
}
