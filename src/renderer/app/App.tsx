import { useEffect, useEffectEvent, useState } from 'react'
import { localIsoDate } from '../../core/dates'
import { dueFollowUps } from '../../core/follow-ups'
import type { Gap } from '../../core/insight-schema'
import { isDesktopHost, onHostCommand } from '../client/backend-client'
import { ContactDialogs, type ContactDialog } from '../contacts/ContactDialogs'
import type { RowFilter } from '../contacts/contact-rows'
import { ContactsView } from '../contacts/ContactsView'
import { EventsView } from '../events/EventsView'
import { FollowUpsView } from '../follow-ups/FollowUpsView'
import { contactsFilterFor } from '../insights/gap-list'
import { InsightsView } from '../insights/InsightsView'
import { MapView, type MapFocus } from '../map/MapView'
import { ProfileView } from '../profile/ProfileView'
import { RecoveryView } from '../recovery/RecoveryView'
import { TimelineView } from '../timeline/TimelineView'
import { Notices, useNotices } from '../ui/Notices'
import { isTextEntry } from '../ui/text-entry'
import { WelcomeView } from '../welcome/WelcomeView'
import { AppShell, type View } from './AppShell'
import { useKith } from './use-kith'

export function App() {
  const { state, mutate, reload } = useKith()
  const notices = useNotices()
  const [view, setView] = useState<View>('map')
  const [welcomeDismissed, setWelcomeDismissed] = useState(false)
  const [startAdding, setStartAdding] = useState(false)
  const [dialog, setDialog] = useState<ContactDialog | null>(null)
  const [dueDismissed, setDueDismissed] = useState(false)
  const [exportOpen, setExportOpen] = useState(false)
  // What the insights asked another view to show: people on the map, or the contacts table filtered.
  const [mapFocus, setMapFocus] = useState<MapFocus | null>(null)
  const [contactsFilter, setContactsFilter] = useState<Partial<RowFilter> | null>(null)

  /** Going somewhere from the sidebar shows that view as it is, without what the insights asked for. */
  const navigate = (next: View) => {
    setMapFocus(null)
    setContactsFilter(null)
    setView(next)
  }
  const showOnMap = (focus: MapFocus) => {
    setMapFocus(focus)
    setView('map')
  }
  /** A gap's action button goes where the gap says. */
  const followGap = (gap: Gap) => {
    const { target } = gap
    switch (target.kind) {
      case 'add-contact':
        return setDialog({ kind: 'add', ...(target.category ? { categories: [target.category] } : {}) })
      case 'contacts':
        setContactsFilter(contactsFilterFor(target))
        return setView('contacts')
      case 'log':
        return setDialog({ kind: 'log', contactIds: target.contactIds })
      case 'map':
        return showOnMap({ ids: target.contactIds, reason: gap.title })
      case 'events':
      case 'profile':
      case 'follow-ups':
        return navigate(target.kind)
    }
  }

  const travel = async (direction: 'undo' | 'redo') => {
    if (state.phase !== 'ready') return
    const label = direction === 'undo' ? state.history.undo : state.history.redo
    const result = await mutate(direction === 'undo' ? 'history:undo' : 'history:redo', {})
    if (result.ok) notices.push(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${label}.`, 'info')
    else notices.push(result.error.message)
  }

  /** Undo/redo from the keyboard or the Edit menu: inside a text field it edits the text, elsewhere the data. */
  const onHistoryKey = useEffectEvent((direction: 'undo' | 'redo', fromMenu: boolean) => {
    const focused = document.activeElement as HTMLElement | null
    if (focused && isTextEntry(focused)) {
      if (fromMenu) document.execCommand(direction)
      return false
    }
    void travel(direction)
    return true
  })
  const onLogKey = useEffectEvent((): boolean => {
    if (state.phase !== 'ready' || view === 'map' || dialog) return false
    setDialog({ kind: 'log', contactIds: [] })
    return true
  })

  useEffect(() => {
    const handler = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey
      const key = event.key.toLowerCase()
      if (mod && (key === 'z' || key === 'y')) {
        if (document.querySelector('[role="dialog"]')) return
        if (onHistoryKey(key === 'y' || event.shiftKey ? 'redo' : 'undo', false)) event.preventDefault()
        return
      }
      const target = event.target as HTMLElement | null
      // preventDefault: the key must not also type an "l" into the dialog's first field once it has focus.
      if (!mod && !event.altKey && key === 'l' && !(target && isTextEntry(target)) && !document.querySelector('[role="dialog"]') && onLogKey()) {
        event.preventDefault()
      }
    }
    document.addEventListener('keydown', handler)
    const stop = onHostCommand((command) => {
      if (command === 'undo' || command === 'redo') onHistoryKey(command, true)
      // File → Export Map… from anywhere: go to the map and open its export, unless a dialog is in the way.
      if (command === 'export-map' && !document.querySelector('[role="dialog"]')) {
        setView('map')
        setExportOpen(true)
      }
    })
    return () => {
      document.removeEventListener('keydown', handler)
      stop()
    }
  }, [])

  const due = state.phase === 'ready' ? dueFollowUps(state.network.followUps, localIsoDate(new Date())) : []

  switch (state.phase) {
    case 'loading':
      return <p className="centered muted">Opening your network…</p>
    case 'no-access':
      return (
        <main className="centered narrow">
          <h1>Open Kith from its own link</h1>
          <p>
            This page needs the address that <code>npm run serve</code> printed when it last started, the one ending in{' '}
            <code>#token=…</code>. Copy that whole line into the address bar. A link from an earlier start no longer works.
          </p>
        </main>
      )
    case 'failed':
      return (
        <main className="centered narrow" role="alert">
          <h1>Kith is not answering</h1>
          <p>{state.message}</p>
          <button type="button" onClick={() => void reload()}>
            Try again
          </button>
        </main>
      )
    case 'unavailable':
      return <RecoveryView status={state.status} onRestored={reload} />
    case 'ready':
      break
  }

  const { network } = state
  // Once the user has a network, emptying it (deleting the last contact) keeps them in the app.
  if (network.contacts.length > 0 && !welcomeDismissed) setWelcomeDismissed(true)
  if (network.contacts.length === 0 && !welcomeDismissed) {
    return (
      <>
        <WelcomeView
          me={network.me}
          onExploreSample={async () => {
            const result = await mutate('sample:load', {})
            if (!result.ok) notices.push(result.error.message)
            else setView('map')
          }}
          onSaveMe={async (patch) => {
            const result = await mutate('me:update', patch)
            if (result.ok) return null
            return result.error.issues && result.error.issues.length > 0 ? result.error.issues : result.error.message
          }}
          onAddFirst={() => {
            setWelcomeDismissed(true)
            setStartAdding(true)
            setView('contacts')
          }}
        />
        <Notices notices={notices} />
      </>
    )
  }

  const viewProps = { network, mutate, notify: notices.push }
  return (
    <AppShell
      view={view}
      onNavigate={navigate}
      network={network}
      dueCount={due.length}
      history={state.history}
      onUndo={() => void travel('undo')}
      onRedo={() => void travel('redo')}
      onClearSample={async () => {
        const result = await mutate('sample:clear', {})
        if (!result.ok) return notices.push(result.error.message)
        setWelcomeDismissed(false)
        setView('map')
      }}
    >
      {/* The desktop app shows a system notification at start instead. */}
      {!isDesktopHost() && due.length > 0 && !dueDismissed && view !== 'follow-ups' && (
        <div className="due-notice" role="status">
          <span>
            {due.length} follow-up{due.length === 1 ? ' is' : 's are'} due: {due.map((f) => f.title).join('; ')}.
          </span>
          <button type="button" className="link" onClick={() => setView('follow-ups')}>
            Open follow-ups
          </button>
          <button type="button" aria-label="Dismiss" onClick={() => setDueDismissed(true)}>
            ×
          </button>
        </div>
      )}
      {view === 'map' && (
        <MapView {...viewProps} exportOpen={exportOpen} setExportOpen={setExportOpen} focus={mapFocus} onClearFocus={() => setMapFocus(null)} />
      )}
      {view === 'insights' && (
        <InsightsView
          {...viewProps}
          onGapAction={followGap}
          onShowOnMap={(ids, reason) => showOnMap({ ids, reason })}
          onOpenContact={(id) => showOnMap({ ids: [id], reason: 'Reach out today', select: true })}
          onLog={(contactIds) => setDialog({ kind: 'log', contactIds })}
        />
      )}
      {view === 'contacts' && (
        <ContactsView {...viewProps} startAdding={startAdding} onStarted={() => setStartAdding(false)} initialFilter={contactsFilter} />
      )}
      {view === 'timeline' && <TimelineView {...viewProps} />}
      {view === 'follow-ups' && <FollowUpsView {...viewProps} />}
      {view === 'events' && <EventsView {...viewProps} />}
      {view === 'profile' && <ProfileView {...viewProps} />}
      <ContactDialogs dialog={dialog} network={network} mutate={mutate} notify={notices.push} onClose={() => setDialog(null)} />
      <Notices notices={notices} />
    </AppShell>
  )
}
