import { useState, type ReactNode } from 'react'
import type { HistoryStatus } from '../../core/contract'
import type { NetworkFile } from '../../core/network-file'
import { plural } from '../shared/format'
import { SkipLink } from '../shared/SkipLink'

export type View = 'map' | 'insights' | 'contacts' | 'timeline' | 'follow-ups' | 'events' | 'profile'

const NAV: readonly { view: View; label: string }[] = [
  { view: 'map', label: 'Map' },
  { view: 'insights', label: 'Insights' },
  { view: 'contacts', label: 'Contacts' },
  { view: 'timeline', label: 'Timeline' },
  { view: 'follow-ups', label: 'Follow-ups' },
  { view: 'events', label: 'Events' },
  { view: 'profile', label: 'Profile' },
]

/** Navigation on the left, the current view on the right. */
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
  const { view, onNavigate, network, children, history } = props
  return (
    <div className="shell">
      <SkipLink />
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
