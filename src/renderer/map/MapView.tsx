import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react'
import { localIsoDate } from '../../core/dates'
import { LAYOUT_LABELS, type LayoutId } from '../../core/layouts'
import { neighbourhood, tieIndex } from '../../core/neighbourhood'
import type { ContactId, TieId } from '../../core/schema'
import { contactStatuses } from '../../core/staleness'
import type { ViewProps } from '../app/view-props'
import { ContactDialogs, type ContactDialog } from '../contacts/ContactDialogs'
import { isTextEntry } from '../ui/text-entry'
import { ContactPanel } from './ContactPanel'
import { ExportDialog, type ExportedImage, type ExportFormat, type ExportScale } from './ExportDialog'
import type { ExportBackground } from './export/export-layout'
import { exportMapPng } from './export/png-export'
import { exportMapSvg } from './export/svg-export'
import { FilterPanel } from './FilterPanel'
import { isFilterActive, NO_FILTER, passesFilter, type MapFilter } from './filters'
import { HelpOverlay } from './HelpOverlay'
import { Legend } from './Legend'
import { legendContent } from './legend-content'
import { commandForKey, type MapCommandId } from './map-commands'
import { MapToolbar } from './MapToolbar'
import { MapTooltip } from './MapTooltip'
import { searchContacts } from './search'
import { TiePanel } from './TiePanel'
import { ME_ID, toCyElements } from './to-cy-elements'
import type { CollectionReturnValue, Core } from 'cytoscape'
import { useCytoscape } from './use-cytoscape'
import { useMapLayout } from './use-map-layout'

declare global {
  interface Window {
    /** The map's image export, for automation and the benchmark. */
    kithMap?: { exportImage(options: { format: ExportFormat; scale: ExportScale; background: ExportBackground }): Promise<ExportedImage> }
  }
}

const LONG_DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' })

const LAYOUT_KEYS: Partial<Record<MapCommandId, LayoutId>> = {
  'layout-orbit': 'orbit',
  'layout-organization': 'by-organization',
  'layout-category': 'by-category',
}

/** Views up to this size animate zooms and fits; larger ones jump (animations stall big canvases). */
const ANIMATE_UP_TO = 1500

/** A request from elsewhere in the app to show some people: faded around them, or one of them selected. */
export interface MapFocus {
  readonly ids: readonly string[]
  /** Why these people, for the banner: a gap's title. */
  readonly reason: string
  /** Select the first of them (details panel open) instead of fading everyone else. */
  readonly select?: boolean
}

/** Fitting a handful of people zooms no closer than this. */
const FOCUS_MAX_ZOOM = 1.6

/** Fits `eles` in view, but a single match or a tight group stays at a readable zoom instead of filling the screen. */
function fitNoCloserThan(map: Core, eles: CollectionReturnValue, padding: number, animate: boolean): void {
  const box = eles.boundingBox()
  const fitZoom = Math.min((map.width() - 2 * padding) / Math.max(box.w, 1), (map.height() - 2 * padding) / Math.max(box.h, 1))
  const zoom = Math.max(map.minZoom(), Math.min(fitZoom, FOCUS_MAX_ZOOM))
  if (animate) map.animate({ zoom, center: { eles } }, { duration: 300 })
  else {
    map.zoom(zoom)
    map.center(eles)
  }
}

/** The network map: layouts, search, filters, focus, ties, details, and the dialogs it opens. */
export function MapView(
  props: ViewProps & { exportOpen: boolean; setExportOpen: (open: boolean) => void; focus: MapFocus | null; onClearFocus: () => void },
) {
  const { network, mutate, notify, onClearFocus } = props
  const container = useRef<HTMLDivElement>(null)
  const searchRef = useRef<HTMLInputElement>(null)
  const [layout, setLayout] = useState<LayoutId>('orbit')
  const [filter, setFilter] = useState<MapFilter>(NO_FILTER)
  const [filterOpen, setFilterOpen] = useState(false)
  const [query, setQuery] = useState('')
  const [selectedId, setSelectedId] = useState<string | null>(() => (props.focus?.select ? (props.focus.ids[0] ?? null) : null))
  const [selectedTieId, setSelectedTieId] = useState<string | null>(null)
  const [depth, setDepth] = useState<1 | 2>(1)
  const [tieMode, setTieMode] = useState(false)
  const [tieSource, setTieSource] = useState<string | null>(null)
  const [hover, setHover] = useState<{ id: string; x: number; y: number } | null>(null)
  const [dialog, setDialog] = useState<ContactDialog | null>(null)
  const [helpOpen, setHelpOpen] = useState(false)
  // Held by the app, so the desktop menu's File → Export Map… can open it from any view.
  const { exportOpen, setExportOpen } = props

  const statuses = useMemo(() => contactStatuses(network, localIsoDate(new Date())), [network])
  const placed = useMapLayout(network, layout)
  const elements = useMemo(
    () => toCyElements({ network, statuses, positions: placed.positions, mePosition: placed.mePosition, groups: placed.groups }),
    [network, statuses, placed],
  )
  const visibleIds = useMemo(
    () => new Set<string>(network.contacts.filter((c) => passesFilter(c, statuses.get(c.id), filter)).map((c) => c.id)),
    [network.contacts, statuses, filter],
  )
  const matches = useMemo(() => searchContacts(network.contacts, query), [network.contacts, query])
  const visibleMatches = useMemo(() => network.contacts.filter((c) => matches.has(c.id) && visibleIds.has(c.id)).map((c) => c.id as string), [network.contacts, matches, visibleIds])
  const ties = useMemo(() => tieIndex(network.ties), [network.ties])
  // A focus asked for from elsewhere (a gap): those people stay, everyone else fades, until "Show everyone".
  const requested = props.focus
  const focusedIds = useMemo(() => {
    if (!requested || requested.select) return null
    const wanted = new Set(requested.ids)
    return new Set(network.contacts.filter((c) => wanted.has(c.id)).map((c) => c.id as string))
  }, [requested, network.contacts])
  // Selecting someone shows their circle; without a selection, the requested focus (if any) holds.
  const focus = useMemo(() => (selectedId ? neighbourhood(ties, selectedId, depth) : focusedIds), [ties, selectedId, depth, focusedIds])
  const legend = useMemo(() => legendContent(network, statuses, filter, visibleIds), [network, statuses, filter, visibleIds])
  const tags = useMemo(() => [...new Set(network.contacts.flatMap((c) => c.tags))].sort(), [network.contacts])

  const selected = network.contacts.find((c) => c.id === selectedId)
  const selectedTie = network.ties.find((t) => t.id === selectedTieId)
  const hovered = hover ? network.contacts.find((c) => c.id === hover.id) : undefined

  const createTie = async (a: string, b: string) => {
    const result = await mutate('ties:create', { a: a as ContactId, b: b as ContactId })
    if (!result.ok) notify(result.error.message)
    setTieSource(null)
    setTieMode(false)
  }

  // A new key when the layout or its readiness changes, so the map glides into the finished positions.
  const cy = useCytoscape(container, elements, `${layout}:${placed.computing ? 'pending' : 'ready'}`, {
    onTapNode: (id) => {
      setSelectedTieId(null)
      if (id === ME_ID) return setSelectedId(null)
      if (tieMode) {
        if (!tieSource) return setTieSource(id)
        if (tieSource === id) return setTieSource(null)
        return void createTie(tieSource, id)
      }
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
    onDoubleTapNode: (id) => {
      const map = cy.current
      const node = map?.getElementById(id)
      if (!map || !node || node.empty()) return
      const target = { center: { eles: node }, zoom: Math.max(map.zoom(), 1.6) }
      if (map.nodes().length <= ANIMATE_UP_TO) map.animate(target, { duration: 300 })
      else map.zoom(target.zoom).center(node)
    },
    onHover: setHover,
    onDragged: async (id, position) => {
      const result = await mutate('layout:pin', { layout, pins: [{ id: id as ContactId, ...position }] })
      if (!result.ok) notify(result.error.message)
    },
  })

  // Filters hide, search highlights, focus fades: each element gets the classes it should have, and only
  // elements whose classes change are touched (restyling all 20,000 elements of a big map takes seconds).
  useEffect(() => {
    const map = cy.current
    if (!map) return
    const filterOn = isFilterActive(filter)
    const hiddenGroups = new Set(
      placed.groups.filter((g) => !g.memberIds.some((id) => visibleIds.has(id)) && !(g.empty && !filterOn)).map((g) => g.id),
    )
    const want = (ele: cytoscape.SingularElementArgument, name: string, on: boolean) => {
      if (ele.hasClass(name) !== on) ele.toggleClass(name, on)
    }
    map.batch(() => {
      map.nodes().forEach((n) => {
        const id = n.id()
        const kind = n.data('kind') as string
        if (kind === 'contact') {
          want(n, 'filtered-out', !visibleIds.has(id))
          want(n, 'match', matches.has(id))
          want(n, 'faded', focus !== null && !focus.has(id))
        } else if (kind === 'group') {
          want(n, 'filtered-out', hiddenGroups.has(id))
          want(n, 'faded', focus !== null)
        }
        want(n, 'tie-source', id === tieSource)
      })
      map.edges().forEach((e) => {
        const source = e.source().id()
        want(e, 'faded', focus !== null && (!(focus.has(source) || source === ME_ID) || !focus.has(e.target().id())))
      })
    })
  }, [cy, elements, placed.groups, filter, visibleIds, matches, focus, tieSource])

  useEffect(() => {
    const map = cy.current
    if (!map) return
    const chosen = selectedId ?? selectedTieId
    map.batch(() => {
      map.elements(':selected').filter((e) => e.id() !== chosen).unselect()
      if (chosen) map.getElementById(chosen).select()
    })
  }, [cy, elements, selectedId, selectedTieId])

  // Bring a requested focus into view once its people are on the map; when it ends, show everyone again.
  const fittedFocus = useRef<MapFocus | null>(null)
  useEffect(() => {
    const map = cy.current
    if (!map || fittedFocus.current === requested) return
    if (!requested) {
      fittedFocus.current = null
      map.fit(map.elements(':visible'), 40)
      return
    }
    const wanted = new Set(requested.ids)
    const people = map.nodes().filter((n) => wanted.has(n.id()))
    if (people.empty()) return
    fittedFocus.current = requested
    fitNoCloserThan(map, people, 90, false)
  }, [cy, elements, requested])

  // No dragging while clusters are computed: the positions on screen are not that layout's yet.
  useEffect(() => {
    cy.current?.autoungrabify(placed.computing)
  }, [cy, placed.computing])

  // Zoom to what the search found, once typing pauses; only when the query changes, not on every save.
  const zoomToMatches = useEffectEvent(() => {
    const map = cy.current
    const found = map?.nodes().filter((n) => matches.has(n.id()) && visibleIds.has(n.id()))
    if (!map || !found || found.empty()) return
    fitNoCloserThan(map, found, 120, map.nodes().length <= ANIMATE_UP_TO)
  })
  useEffect(() => {
    if (query.trim() === '') return
    const timer = setTimeout(zoomToMatches, 350)
    return () => clearTimeout(timer)
  }, [query])

  const zoom = (factor: number) => {
    const map = cy.current
    if (!map) return
    const box = map.container()?.getBoundingClientRect()
    map.zoom({ level: map.zoom() * factor, renderedPosition: { x: (box?.width ?? 0) / 2, y: (box?.height ?? 0) / 2 } })
  }
  const fit = () => cy.current?.fit(cy.current.elements(':visible'), 40)

  const run = (command: MapCommandId) => {
    const chosenLayout = LAYOUT_KEYS[command]
    if (chosenLayout) return setLayout(chosenLayout)
    switch (command) {
      case 'search':
        return searchRef.current?.focus()
      case 'escape':
        if (tieMode) {
          setTieMode(false)
          return setTieSource(null)
        }
        if (query) return setQuery('')
        if (!selectedId && !selectedTieId && focusedIds) return onClearFocus()
        setSelectedTieId(null)
        return setSelectedId(null)
      case 'fit':
        return fit()
      case 'zoom-in':
        return zoom(1.25)
      case 'zoom-out':
        return zoom(1 / 1.25)
      case 'tie-mode':
        setTieSource(null)
        return setTieMode((on) => !on)
      case 'add-contact':
        return setDialog({ kind: 'add' })
      case 'log':
        return setDialog({ kind: 'log', contactIds: selected ? [selected.id] : [] })
      case 'help':
        return setHelpOpen(true)
      case 'export':
        return setExportOpen(true)
    }
  }

  const onCommand = useEffectEvent(run)
  useEffect(() => {
    const handler = (event: KeyboardEvent) => {
      if (document.querySelector('[role="dialog"]')) return
      const target = event.target as HTMLElement | null
      const typing = !!target && isTextEntry(target)
      const command = commandForKey(event, typing)
      if (!command || (command === 'escape' && typing && target !== searchRef.current)) return
      event.preventDefault()
      onCommand(command)
      if (command === 'escape' && target === searchRef.current) searchRef.current?.blur()
    }
    document.addEventListener('keydown', handler)
    return () => document.removeEventListener('keydown', handler)
  }, [])

  const pinned = Object.keys(network.layoutPins[layout]).length

  // The image of what the map shows now: its layout, filters and legend, titled with the user's name and date.
  const makeImage = async (options: { format: ExportFormat; scale: ExportScale; background: ExportBackground }): Promise<ExportedImage> => {
    const map = cy.current
    if (!map) throw new Error('The map is not ready yet.')
    const today = localIsoDate(new Date())
    const header = {
      title: network.me.name ? `${network.me.name} — network map` : 'Network map',
      subtitle: [LONG_DATE.format(new Date()), LAYOUT_LABELS[layout], legend.filterNote && `Filter: ${legend.filterNote}`].filter(Boolean).join(' · '),
    }
    const fileName = `kith-network-map-${today}.${options.format}`
    // Search rings, the selection and tie mode are for working on the map, not for the picture.
    const marked = map.elements('.match, .tie-source')
    const chosen = map.elements(':selected')
    map.batch(() => {
      marked.removeClass('match tie-source')
      chosen.unselect()
    })
    try {
      if (options.format === 'svg') return { blob: exportMapSvg(map, legend, header, { background: options.background }).blob, fileName, reducedTo: null }
      const png = await exportMapPng(map, legend, header, { scale: options.scale, background: options.background })
      return { blob: png.blob, fileName, reducedTo: png.reduced ? png.scale : null }
    } finally {
      map.batch(() => {
        marked.filter((e) => matches.has(e.id())).addClass('match')
        marked.filter((e) => e.id() === tieSource).addClass('tie-source')
        chosen.select()
      })
    }
  }
  const makeImageEvent = useEffectEvent(makeImage)

  // A handle for automation and the benchmark.
  useEffect(() => {
    window.kithMap = { exportImage: (options) => makeImageEvent(options) }
    return () => {
      delete window.kithMap
    }
  }, [])

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
        tieMode={tieMode}
        onToggleTieMode={() => run('tie-mode')}
        pinned={pinned}
        onResetLayout={async () => {
          const result = await mutate('layout:reset', { layout })
          if (!result.ok) notify(result.error.message)
        }}
        onZoom={zoom}
        onFit={fit}
        onExport={() => run('export')}
        onHelp={() => setHelpOpen(true)}
        onLog={() => run('log')}
        onAdd={() => run('add-contact')}
      />
      {requested && focusedIds && (
        <div className="map-focus-banner" role="status">
          <span>
            Showing {focusedIds.size === 1 ? '1 person' : `${focusedIds.size} people`} from: <strong>{requested.reason}</strong>
          </span>
          <button type="button" className="link" onClick={onClearFocus}>
            Show everyone
          </button>
        </div>
      )}
      <div className="map-area">
        <div className="map-side">
          {filterOpen && <FilterPanel filter={filter} tags={tags} onChange={setFilter} />}
          <Legend legend={legend} onClearFilter={() => setFilter(NO_FILTER)} />
        </div>
        <div className="map-stage">
          <div
            ref={container}
            className={tieMode ? 'map-canvas tie-mode' : 'map-canvas'}
            role="img"
            aria-label={`Network map, ${LAYOUT_LABELS[layout]} layout: you and ${visibleIds.size} of ${network.contacts.length} contacts`}
          />
          {/* Always mounted, so screen readers announce its changes. */}
          <p className={placed.error ? 'map-status error' : placed.computing || tieMode ? 'map-status' : 'map-status idle'} role="status">
            {placed.error ?? (placed.computing ? `Arranging ${network.contacts.length} contacts into clusters…` : tieMode ? (tieSource ? 'Now click the person they know.' : 'Click the first of two people who know each other.') : '')}
          </p>
          {hovered && hover && <MapTooltip contact={hovered} status={statuses.get(hovered.id)} x={hover.x} y={hover.y} />}
        </div>
        {selected && (
          <ContactPanel
            network={network}
            contact={selected}
            depth={depth}
            onDepth={setDepth}
            onClose={() => setSelectedId(null)}
            onLog={() => setDialog({ kind: 'log', contactIds: [selected.id] })}
            onEdit={() => setDialog({ kind: 'edit', id: selected.id })}
            onEditInteraction={(id) => setDialog({ kind: 'edit-interaction', id })}
          />
        )}
        {selectedTie && (
          <TiePanel
            network={network}
            tie={selectedTie}
            onClose={() => setSelectedTieId(null)}
            onDelete={async () => {
              const result = await mutate('ties:delete', { id: selectedTie.id as TieId })
              if (!result.ok) notify(result.error.message)
              setSelectedTieId(null)
            }}
          />
        )}
      </div>
      <ContactDialogs
        dialog={dialog}
        network={network}
        mutate={mutate}
        notify={notify}
        onClose={() => setDialog(null)}
        onContactDone={(outcome) => {
          if (outcome.kind === 'saved') setSelectedId(outcome.contact.id)
          if (outcome.kind === 'deleted') setSelectedId(null)
        }}
      />
      {helpOpen && <HelpOverlay onClose={() => setHelpOpen(false)} />}
      {exportOpen && <ExportDialog make={makeImage} onClose={() => setExportOpen(false)} />}
    </div>
  )
}

