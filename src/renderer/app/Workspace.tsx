import { useCallback, useEffect, useEffectEvent, useState } from 'react'
import type { HostCommand } from '../../core/channels'
import type { HistoryStatus } from '../../core/contract'
import { dueFollowUps } from '../../core/follow-ups'
import type { Gap } from '../../core/insight-schema'
import { isDesktopHost, onHostCommand } from '../client/backend-client'
import { contactsFilterForGap, type RowFilter } from '../contacts/contact-rows'
import { ContactsView } from '../contacts/ContactsView'
import { EventsView } from '../events/EventsView'
import { FollowUpsView } from '../follow-ups/FollowUpsView'
import { InsightsView } from '../insights/InsightsView'
import { MapView, type MapFocus } from '../map/MapView'
import { PlanView } from '../plan/PlanView'
import { ProfileView } from '../profile/ProfileView'
import { TimelineView } from '../timeline/TimelineView'
import { useDialogs } from '../shared/dialogs'
import { useFocusRescue } from '../shared/focus'
import { plural, pluralWord } from '../shared/format'
import type { ImportedBatch } from '../shared/import-entry'
import { useModalStack } from '../shared/modal-stack'
import { YOUNG_NETWORK } from '../shared/next-steps'
import { NextStepsCard } from '../shared/NextStepsCard'
import { useCommand, useCommands, useRunCommand } from '../shared/shortcuts'
import { ShortcutsHelp } from '../shared/ShortcutsHelp'
import { isTextEntry } from '../shared/text-entry'
import type { ViewProps } from '../shared/view-props'
import { AppShell, type View } from './AppShell'
import { DialogHost } from './DialogHost'

/** The view each 'go' shortcut (G, then a letter) opens. */
const GO_COMMANDS_VIEWS = {
  'go-map': 'map',
  'go-insights': 'insights',
  'go-plan': 'plan',
  'go-contacts': 'contacts',
  'go-timeline': 'timeline',
  'go-follow-ups': 'follow-ups',
  'go-events': 'events',
  'go-profile': 'profile',
} as const satisfies Record<string, View>
const GO_COMMANDS = Object.keys(GO_COMMANDS_VIEWS) as (keyof typeof GO_COMMANDS_VIEWS)[]

interface WorkspaceProps extends ViewProps {
  readonly history: HistoryStatus
  /** Open the add-contact dialog on arrival: the first contact of a new network. */
  readonly startAdding: boolean
  readonly onStartedAdding: () => void
  readonly onSampleCleared: () => void
  /** The people the last import added or refreshed: a new batch opens the contacts table on just them. */
  readonly justImported: ImportedBatch | null
}

/** The app once a network is open: the shared dialog host around the views. */
export function Workspace(props: WorkspaceProps) {
  return (
    <DialogHost network={props.network} mutate={props.mutate} notify={props.notify} today={props.today}>
      <Views {...props} />
    </DialogHost>
  )
}

/** Navigation between the views, what one view asks another to show, undo and redo, and the menu's commands. */
function Views(props: WorkspaceProps) {
  const { network, mutate, notify, today, history } = props
  const dialogs = useDialogs()
  const modals = useModalStack()
  const runCommand = useRunCommand()
  const [view, setView] = useState<View>(props.startAdding ? 'contacts' : 'map')
  const [dueDismissed, setDueDismissed] = useState(false)
  const [exportOpen, setExportOpen] = useState(false)
  // What the insights asked another view to show: people on the map, or the contacts table filtered.
  const [mapFocus, setMapFocus] = useState<MapFocus | null>(null)
  const [contactsFilter, setContactsFilter] = useState<Partial<RowFilter> | null>(null)
  // File → Export Data… asked for the profile's "Your data" card.
  const [showData, setShowData] = useState(false)
  useFocusRescue(view)

  // A new import: the contacts table, showing just the people it brought in, all selected for a bulk edit.
  const { justImported } = props
  const [arrivedBatch, setArrivedBatch] = useState<number | null>(null)
  const [showImportedNow, setShowImportedNow] = useState(false)
  // An import taken back is no longer offered (the people it refreshed are still there, as they were before it).
  const [undoneBatch, setUndoneBatch] = useState<number | null>(null)
  const importUndone = justImported !== null && (justImported.batch === undoneBatch || (history.redo !== null && history.redo === justImported.undoLabel))
  if (justImported && justImported.batch !== arrivedBatch) {
    setArrivedBatch(justImported.batch)
    setShowImportedNow(true)
    setContactsFilter(null)
    setMapFocus(null)
    setView('contacts')
  }

  // The first contact of a new network: once saved, suggestions for what to do next, with the focus on them.
  const [firstContact, setFirstContact] = useState<string | null>(null)
  const { startAdding, onStartedAdding } = props
  useEffect(() => {
    if (!startAdding) return
    dialogs.open({ kind: 'add-contact', onSaved: (contact) => setFirstContact(contact.id) })
    onStartedAdding()
  }, [startAdding, onStartedAdding, dialogs])
  const welcomed = firstContact === null ? undefined : network.contacts.find((c) => c.id === firstContact)

  /** Going somewhere else: a dialog with typed input asks first; the view shows as it is, without what the insights asked for. */
  const navigate = (next: View, then?: () => void) =>
    modals.leave(() => {
      setMapFocus(null)
      setContactsFilter(null)
      setShowImportedNow(false)
      setFirstContact(null)
      setShowData(false)
      setView(next)
      then?.()
    })
  const showOnMap = (focus: MapFocus) =>
    modals.leave(() => {
      setMapFocus(focus)
      setView('map')
    })
  /** A gap's action button goes where the gap says. */
  const followGap = (gap: Gap) => {
    const { target } = gap
    switch (target.kind) {
      case 'add-contact':
        return dialogs.open({ kind: 'add-contact', ...(target.category ? { categories: [target.category] } : {}) })
      case 'contacts':
        setContactsFilter(contactsFilterForGap(target))
        return setView('contacts')
      case 'log':
        return dialogs.open({ kind: 'log', contactIds: target.contactIds })
      case 'map':
        return showOnMap({ ids: target.contactIds, reason: gap.title })
      case 'events':
      case 'profile':
      case 'follow-ups':
      case 'plan':
        return navigate(target.kind)
    }
  }

  const travel = async (direction: 'undo' | 'redo') => {
    const label = direction === 'undo' ? history.undo : history.redo
    const result = await mutate(direction === 'undo' ? 'history:undo' : 'history:redo', {})
    if (result.ok) notify(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${label}.`, 'info')
    else notify(result.error.message)
  }
  /** Inside a text field the keys undo and redo typing (the browser's own), elsewhere the data. */
  const historyCommand =
    (direction: 'undo' | 'redo') =>
    ({ typing }: { typing: boolean }) => {
      if (typing) return false
      void travel(direction)
    }
  useCommand('undo', historyCommand('undo'))
  useCommand('redo', historyCommand('redo'))
  useCommand('log', () => dialogs.open({ kind: 'log', contactIds: [] }))
  const [helpOpen, setHelpOpen] = useState(false)
  useCommand('help', () => setHelpOpen(true))
  useCommands(GO_COMMANDS, (command) => navigate(GO_COMMANDS_VIEWS[command]))

  // The desktop menu's commands: File → Export Map… and Export Data… from any view; Undo and Redo as their keys do, except
  // that the menu takes the keys before the page sees them, so in a text field (a dialog's too) it undoes the typing.
  const onMenu = useEffectEvent((command: HostCommand) => {
    if (command === 'export-map') return navigate('map', () => setExportOpen(true))
    if (command === 'export-data') return navigate('profile', () => setShowData(true))
    // File → Import… is the import host's (import/ImportHost.tsx, around the welcome screen too).
    if (command === 'import') return
    const focused = document.activeElement
    if (focused instanceof HTMLElement && isTextEntry(focused)) document.execCommand(command)
    else runCommand(command)
  })
  useEffect(() => onHostCommand((command) => onMenu(command)), [])

  const dataShown = useCallback(() => setShowData(false), [])

  const due = dueFollowUps(network.followUps, today)
  const viewProps = { network, mutate, notify, today }
  return (
    <AppShell
      view={view}
      onNavigate={navigate}
      network={network}
      dueCount={due.length}
      history={history}
      onUndo={() => void travel('undo')}
      onRedo={() => void travel('redo')}
      onClearSample={async () => {
        const result = await mutate('sample:clear', {})
        if (!result.ok) return notify(result.error.message)
        props.onSampleCleared()
      }}
    >
      {/* The desktop app shows a system notification at start instead. */}
      {!isDesktopHost() && due.length > 0 && !dueDismissed && view !== 'follow-ups' && (
        <div className="due-notice" role="status">
          <span>
            {plural(due.length, 'follow-up')} {pluralWord(due.length, 'is', 'are')} due: {due.map((f) => f.title).join('; ')}.
          </span>
          <button type="button" className="link" onClick={() => navigate('follow-ups')}>
            Open follow-ups
          </button>
          <button type="button" aria-label="Dismiss" onClick={() => setDueDismissed(true)}>
            ×
          </button>
        </div>
      )}
      {welcomed && network.contacts.length < YOUNG_NETWORK && (
        <NextStepsCard
          network={network}
          title={`${welcomed.name} is in your network. What next?`}
          recentId={welcomed.id}
          focusOnArrival
          onDismiss={() => {
            setFirstContact(null)
            focusViewHeading()
          }}
        />
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
        />
      )}
      {view === 'contacts' && (
        <ContactsView
          {...viewProps}
          key={justImported?.batch ?? 0}
          initialFilter={contactsFilter}
          justImported={
            justImported && !importUndone
              ? {
                  batch: justImported,
                  showNow: showImportedNow,
                  onUndo:
                    history.undo !== null && history.undo === justImported.undoLabel
                      ? () => {
                          setUndoneBatch(justImported.batch)
                          void travel('undo')
                        }
                      : null,
                }
              : null
          }
        />
      )}
      {view === 'plan' && <PlanView {...viewProps} />}
      {view === 'timeline' && <TimelineView {...viewProps} />}
      {view === 'follow-ups' && <FollowUpsView {...viewProps} />}
      {view === 'events' && <EventsView {...viewProps} />}
      {view === 'profile' && <ProfileView {...viewProps} showData={showData} onDataShown={dataShown} />}
      {helpOpen && <ShortcutsHelp onClose={() => setHelpOpen(false)} />}
    </AppShell>
  )
}

/** After the suggestions close, the user continues at the view's heading rather than at the top of the page. */
function focusViewHeading() {
  requestAnimationFrame(() => {
    const heading = document.querySelector<HTMLElement>('main.content h1')
    if (!heading) return
    heading.tabIndex = -1
    heading.focus()
  })
}
