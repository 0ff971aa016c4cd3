import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { LAYOUT_LABELS, type LayoutId } from '../../core/layouts'
import { neighbourhood, tieIndex } from '../../core/neighbourhood'
import type { ContactId, TieId } from '../../core/schema'
import type { CommandId } from '../shared/commands'
import { useDialogs } from '../shared/dialogs'
import { useTheme } from '../shared/theme'
import { plural } from '../shared/format'
import { useCommands, useRunCommand } from '../shared/shortcuts'
import type { ViewProps } from '../shared/view-props'
import { ContactPanel } from './ContactPanel'
import { ExportDialog } from './ExportDialog'
import { FilterPanel } from './FilterPanel'
import { IntroductionsDialog } from './IntroductionsDialog'
import { pathFocus } from './path-focus'
import { isFilterActive, NO_FILTER, passesFilter, type MapFilter } from './filters'
import { Legend } from './Legend'
import { legendContent } from './legend-content'
import { MapToolbar } from './MapToolbar'
import { MapTooltip } from './MapTooltip'
import { PeopleOnMap } from './PeopleOnMap'
import { searchContacts } from '../shared/search'
import { statusesOf } from '../shared/statuses'
import { TiePanel } from './TiePanel'
import { aggregate, OVERVIEW_ABOVE } from './overview/aggregate'
import { overviewElements } from './overview/bubble-elements'
import { ALL_COLLAPSED, ALL_EXPANDED, collapseGroup, expandGroups, type Expansion } from './overview/expansion'
import { jumpGroups, SEARCH_OPENS_UP_TO } from './overview/jump'
import { standouts } from './overview/standouts'
import { ME_ID, toCyElements } from './to-cy-elements'
import { useCytoscape } from './use-cytoscape'
import { useMapExport } from './use-map-export'
import { useMapHighlights } from './use-map-highlights'
import { useMapLayout } from './use-map-layout'
import { useMapViewport } from './use-map-viewport'
import { useTieDrawing } from './use-tie-drawing'

/** A request from elsewhere in the app to show some people: faded around them, or one of them selected. */
export interface MapFocus {
  readonly ids: readonly string[]
  /** Why these people, for the banner: a gap's title. */
  readonly reason: string
  /** Select the first of them (details panel open) instead of fading everyone else. */
  readonly select?: boolean
  /** Pairs of ids (ME_ID for the user) whose links are drawn highlighted: an introduction path. */
  readonly links?: readonly (readonly [string, string])[]
}

const LAYOUT_COMMANDS = { 'layout-orbit': 'orbit', 'layout-organization': 'by-organization', 'layout-category': 'by-category' } as const

const MAP_COMMANDS = [
  'search',
  'escape',
  'fit',
  'zoom-in',
  'zoom-out',
  'layout-orbit',
  'layout-organization',
  'layout-category',
  'tie-mode',
  'add-contact',
  'log',
  'export',
] as const satisfies readonly CommandId[]

/** The network map: layouts, search, filters, focus, ties, details; the work itself is in the use-map-* hooks. */
export function MapView(
  props: ViewProps & { exportOpen: boolean; setExportOpen: (open: boolean) => void; focus: MapFocus | null; onClearFocus: () => void },
) {
  const { network, mutate, notify, today, onClearFocus } = props
  // Held by the app, so the desktop menu's File → Export Map… can open it from any view.
  const { exportOpen, setExportOpen } = props
  const dialogs = useDialogs()
  const runCommand = useRunCommand()
  const container = useRef<HTMLDivElement>(null)
  const searchRef = useRef<HTMLInputElement>(null)
  const [layout, setLayout] = useState<LayoutId>('orbit')
  const [filter, setFilter] = useState<MapFilter>(NO_FILTER)
  const [filterOpen, setFilterOpen] = useState(false)
  const [query, setQuery] = useState('')
  const [selectedId, setSelectedId] = useState<string | null>(() => (props.focus?.select ? (props.focus.ids[0] ?? null) : null))
  const [selectedTieId, setSelectedTieId] = useState<string | null>(null)
  const [depth, setDepth] = useState<1 | 2>(1)
  const [hover, setHover] = useState<{ id: string; x: number; y: number } | null>(null)
  // Only narrow windows fold the legend (styles.css); wider ones always show it.
  const [legendOpen, setLegendOpen] = useState(false)
  const tie = useTieDrawing(mutate, notify)
  // "Who could introduce me?": open (with a person to start from, or none), and the path shown on the map.
  const [introducing, setIntroducing] = useState<{ contactId?: string } | null>(null)
  const [shownPath, setShownPath] = useState<MapFocus | null>(null)

  const { contacts, interactions, settings } = network
  // Only what staleness reads: a moved node or an edited template leaves the statuses as they were.
  const statuses = useMemo(() => statusesOf({ contacts, interactions, settings }, today), [contacts, interactions, settings, today])
  const placed = useMapLayout(network, layout)
  const visibleIds = useMemo(
    () => new Set<string>(network.contacts.filter((c) => passesFilter(c, statuses.get(c.id), filter)).map((c) => c.id)),
    [network.contacts, statuses, filter],
  )
  const matches = useMemo(() => searchContacts(network.contacts, query), [network.contacts, query])
  const visibleMatches = useMemo(() => network.contacts.filter((c) => matches.has(c.id) && visibleIds.has(c.id)).map((c) => c.id as string), [network.contacts, matches, visibleIds])
  const ties = useMemo(() => tieIndex(network.ties), [network.ties])
  // A focus asked for from elsewhere (a gap): those people stay, everyone else fades, until "Show everyone".
  const requested = shownPath ?? props.focus

  // A big network opens as an overview: groups as bubbles, the people who need the user drawn on their own.
  const large = network.contacts.length > OVERVIEW_ABOVE
  const [expansion, setExpansion] = useState<Expansion>(ALL_COLLAPSED)
  const valuedStrength = network.settings.insightThresholds.valuedStrength
  const standoutIds = useMemo(
    () => (large ? standouts(network.contacts, statuses, visibleIds, valuedStrength) : new Set<string>()),
    [large, network.contacts, statuses, visibleIds, valuedStrength],
  )
  // Jumping to someone inside a bubble (search, a selection, a gap's focus, an introduction path) opens
  // their group first, so they are on the map to be centred; the group stays open until folded again.
  const opening = useMemo(
    () => (large ? jumpGroups(network.contacts, layout, standoutIds, [selectedId, ...(requested?.ids ?? []), ...(query.trim() && visibleMatches.length <= SEARCH_OPENS_UP_TO ? visibleMatches : [])]) : []),
    [large, network.contacts, layout, standoutIds, selectedId, requested, query, visibleMatches],
  )
  const [opened, setOpened] = useState<readonly string[]>([])
  if (opened !== opening) {
    setOpened(opening)
    const next = expandGroups(expansion, opening)
    if (next !== expansion) setExpansion(next)
  }
  const overview = useMemo(
    () =>
      large
        ? aggregate({ contacts: network.contacts, layout, visibleIds, statuses, positions: placed.positions, mePosition: placed.mePosition, standouts: standoutIds, expansion })
        : null,
    [large, network.contacts, layout, visibleIds, statuses, placed, standoutIds, expansion],
  )
  const elements = useMemo(
    () => [
      ...toCyElements({ network, statuses, positions: placed.positions, mePosition: placed.mePosition, groups: placed.groups, ...(overview ? { shown: overview.individuals } : {}) }),
      ...(overview ? overviewElements(overview) : []),
    ],
    [network, statuses, placed, overview],
  )
  const bubbleMembers = useMemo(() => new Map((overview?.bubbles ?? []).map((b) => [b.id, b.memberIds])), [overview])
  // What the search found as the map shows it: a person, or the bubble that holds them.
  const foundOnMap = useMemo(() => [...new Set(visibleMatches.map((id) => overview?.bubbleOf.get(id) ?? id))], [visibleMatches, overview])
  const onTapGroup = (id: string) => {
    if (!overview) return
    const bubble = overview.bubbles.find((b) => b.id === id)
    if (bubble) return setExpansion((e) => expandGroups(e, [bubble.key]))
    const handle = overview.handles.find((h) => h.id === id)
    if (handle) setExpansion((e) => collapseGroup(e, handle.key, new Set(overview.groupOf.values())))
  }
  const clearFocus = () => {
    setShownPath(null)
    onClearFocus()
  }
  const focusedIds = useMemo(() => {
    if (!requested || requested.select) return null
    const wanted = new Set(requested.ids)
    return new Set(network.contacts.filter((c) => wanted.has(c.id)).map((c) => c.id as string))
  }, [requested, network.contacts])
  // Selecting someone shows their circle; without a selection, the requested focus (if any) holds.
  const focus = useMemo(() => (selectedId ? neighbourhood(ties, selectedId, depth) : focusedIds), [ties, selectedId, depth, focusedIds])
  const pathLinks = useMemo(() => (!selectedId && focusedIds && requested?.links ? requested.links : null), [selectedId, focusedIds, requested])
  // The legend's counts and the filter's tags follow a change a moment after the map does: at 30,000 people
  // counting everyone again would hold back the edit the user is waiting to see.
  const now = useMemo(() => ({ network, statuses, filter, visibleIds }), [network, statuses, filter, visibleIds])
  const later = useDeferredValue(now)
  const legend = useMemo(() => legendContent(later.network, later.statuses, later.filter, later.visibleIds), [later])
  const tags = useMemo(() => [...new Set(later.network.contacts.flatMap((c) => c.tags))].sort(), [later.network.contacts])

  const selected = network.contacts.find((c) => c.id === selectedId)
  const selectedTie = network.ties.find((t) => t.id === selectedTieId)
  const hovered = hover ? network.contacts.find((c) => c.id === hover.id) : undefined

  // A new key when the layout or its readiness changes, so the map glides into the finished positions.
  const cy = useCytoscape(container, elements, `${layout}:${placed.computing ? 'pending' : 'ready'}`, {
    onTapNode: (id) => {
      setSelectedTieId(null)
      if (id === ME_ID) return setSelectedId(null)
      if (tie.on) return tie.pick(id)
      setSelectedId(id)
    },
    onTapEdge: (id) => {
      setSelectedId(null)
      setSelectedTieId(id)
    },
    onTapBackground: () => {
      setSelectedId(null)
      setSelectedTieId(null)
    },
    onTapGroup,
    onDoubleTapNode: (id) => viewport.zoomTo(id),
    onHover: setHover,
    onDragged: (id, position) =>
      void mutate('layout:pin', { layout, pins: [{ id: id as ContactId, ...position }] }).then((result) => {
        if (!result.ok) notify(result.error.message)
      }),
  })
  useMapHighlights(cy, {
    elements,
    groups: placed.groups,
    bubbles: bubbleMembers,
    visibleIds,
    filterOn: isFilterActive(filter),
    matches,
    focus,
    pathLinks,
    tieSource: tie.source,
    selectedId: selectedId ?? selectedTieId,
  })
  const viewport = useMapViewport(cy, { elements, requested, query, found: foundOnMap, filter, selectedId })
  const screenTheme = useTheme()
  const makeImage = useMapExport(cy, { name: network.me.name, layout, legend, today, screenTheme })
  // No dragging while clusters are computed: the positions on screen are not that layout's yet.
  useEffect(() => {
    cy.current?.autoungrabify(placed.computing)
  }, [cy, placed.computing])

  const addContact = () => dialogs.open({ kind: 'add-contact', onSaved: (contact) => setSelectedId(contact.id) })
  const log = () => dialogs.open({ kind: 'log', contactIds: selected ? [selected.id] : [] })
  useCommands(MAP_COMMANDS, (command, { event, typing }) => {
    switch (command) {
      case 'layout-orbit':
      case 'layout-organization':
      case 'layout-category':
        return setLayout(LAYOUT_COMMANDS[command])
      case 'search':
        return searchRef.current?.focus()
      case 'escape': {
        const inSearch = event?.target === searchRef.current
        // Escape in another field (a filter) is that field's own.
        if (typing && !inSearch) return false
        if (inSearch) searchRef.current?.blur()
        if (tie.on) return tie.cancel()
        if (query) return setQuery('')
        if (!selectedId && !selectedTieId && focusedIds) return clearFocus()
        setSelectedTieId(null)
        return setSelectedId(null)
      }
      case 'fit':
        return viewport.fit()
      case 'zoom-in':
        return viewport.zoom(1.25)
      case 'zoom-out':
        return viewport.zoom(1 / 1.25)
      case 'tie-mode':
        return tie.toggle()
      case 'add-contact':
        return addContact()
      case 'log':
        return log()
      case 'export':
        return setExportOpen(true)
    }
  })

  return (
    <div className="map-view">
      <MapToolbar
        layout={layout}
        onLayout={setLayout}
        query={query}
        onQuery={setQuery}
        matchCount={visibleMatches.length}
        hiddenMatches={matches.size - visibleMatches.length}
        onSearchEnter={() => visibleMatches[0] && setSelectedId(visibleMatches[0])}
        searchRef={searchRef}
        filterOpen={filterOpen}
        filterActive={isFilterActive(filter)}
        onToggleFilter={() => setFilterOpen((open) => !open)}
        tieMode={tie.on}
        onToggleTieMode={tie.toggle}
        pinned={Object.keys(network.layoutPins[layout]).length}
        onResetLayout={() =>
          void mutate('layout:reset', { layout }).then((result) => {
            if (!result.ok) notify(result.error.message)
          })
        }
        onZoom={viewport.zoom}
        onFit={viewport.fit}
        overview={
          large && visibleIds.size > OVERVIEW_ABOVE
            ? { canExpand: !expansion.all && (overview?.bubbles.length ?? 0) > 0, canCollapse: expansion.all || expansion.open.size > 0, people: visibleIds.size }
            : null
        }
        onExpandAll={() => setExpansion(ALL_EXPANDED)}
        onCollapseAll={() => setExpansion(ALL_COLLAPSED)}
        onExport={() => setExportOpen(true)}
        onHelp={() => runCommand('help')}
        onIntroduce={() => setIntroducing({})}
        onLog={log}
        onAdd={addContact}
      />
      {requested && focusedIds && (
        <div className="map-focus-banner" role="status">
          <span>
            Showing {plural(focusedIds.size, 'person', 'people')} from: <strong>{requested.reason}</strong>
          </span>
          <button type="button" className="link" onClick={clearFocus}>
            Show everyone
          </button>
        </div>
      )}
      <div className="map-area">
        <div className={legendOpen ? 'map-side open' : 'map-side'}>
          <button type="button" className="legend-toggle" aria-expanded={legendOpen} onClick={() => setLegendOpen((open) => !open)}>
            {legendOpen ? 'Hide legend' : 'Legend'}
          </button>
          <PeopleOnMap
            contacts={network.contacts}
            visibleIds={visibleIds}
            matchIds={query.trim() ? visibleMatches : null}
            selectedId={selectedId}
            onSelect={(id) => {
              setSelectedTieId(null)
              setSelectedId(id)
            }}
            cy={cy}
          />
          {filterOpen && <FilterPanel filter={filter} tags={tags} onChange={setFilter} />}
          <Legend legend={legend} onClearFilter={() => setFilter(NO_FILTER)} />
        </div>
        <div className="map-stage">
          <div
            ref={container}
            className={tie.on ? 'map-canvas tie-mode' : 'map-canvas'}
            role="img"
            aria-label={`Network map, ${LAYOUT_LABELS[layout]} layout: you and ${visibleIds.size} of ${network.contacts.length} contacts${overview && overview.bubbles.length > 0 ? `, ${plural(overview.bubbles.length, 'group')} drawn as bubbles` : ''}`}
          />
          {/* Always mounted, so screen readers announce its changes. */}
          <p className={placed.error ? 'map-status error' : placed.computing || tie.on ? 'map-status' : 'map-status idle'} role="status">
            {placed.error ??
              (placed.computing
                ? `Arranging ${network.contacts.length} contacts into clusters…`
                : tie.on
                  ? tie.source
                    ? 'Now click the person they know.'
                    : 'Click the first of two people who know each other.'
                  : '')}
          </p>
          {visibleIds.size === 0 && isFilterActive(filter) && (
            <div className="map-empty-note" role="status">
              <p>Nobody on your map matches this filter.</p>
              <button type="button" onClick={() => setFilter(NO_FILTER)}>
                Show everyone
              </button>
            </div>
          )}
          {hovered && hover && <MapTooltip contact={hovered} status={statuses.get(hovered.id)} x={hover.x} y={hover.y} />}
        </div>
        {selected && (
          <ContactPanel
            network={network}
            contact={selected}
            status={statuses.get(selected.id)}
            today={today}
            depth={depth}
            onDepth={setDepth}
            onClose={() => setSelectedId(null)}
            onLog={() => dialogs.open({ kind: 'log', contactIds: [selected.id] })}
            onEdit={() => dialogs.open({ kind: 'edit-contact', id: selected.id, onDeleted: () => setSelectedId(null) })}
            onEditInteraction={(id) => dialogs.open({ kind: 'edit-interaction', id })}
            onBrief={() => dialogs.open({ kind: 'brief', contactId: selected.id })}
            onIntroduce={() => setIntroducing({ contactId: selected.id })}
          />
        )}
        {selectedTie && (
          <TiePanel
            network={network}
            tie={selectedTie}
            onClose={() => setSelectedTieId(null)}
            onDelete={() =>
              void mutate('ties:delete', { id: selectedTie.id as TieId }).then((result) => {
                if (!result.ok) notify(result.error.message)
                setSelectedTieId(null)
              })
            }
          />
        )}
      </div>
      {exportOpen && <ExportDialog make={makeImage} onClose={() => setExportOpen(false)} />}
      {introducing && (
        <IntroductionsDialog
          network={network}
          {...(introducing.contactId ? { initialContactId: introducing.contactId } : {})}
          onClose={() => setIntroducing(null)}
          onShow={(path, targetName) => {
            setIntroducing(null)
            setSelectedId(null)
            setSelectedTieId(null)
            setShownPath(pathFocus(network.contacts, path, targetName))
          }}
        />
      )}
    </div>
  )
}
