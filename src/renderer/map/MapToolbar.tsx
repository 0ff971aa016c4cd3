import type { RefObject } from 'react'
import { LAYOUT_LABELS, LAYOUTS, type LayoutId } from '../../core/layouts'
import { EnumSelect } from '../shared/EnumSelect'
import { formatNumber } from '../shared/format'

export interface MapToolbarProps {
  layout: LayoutId
  onLayout: (layout: LayoutId) => void
  query: string
  onQuery: (query: string) => void
  matchCount: number
  /** Matches a filter hides. */
  hiddenMatches: number
  onSearchEnter: () => void
  searchRef: RefObject<HTMLInputElement | null>
  filterOpen: boolean
  filterActive: boolean
  onToggleFilter: () => void
  tieMode: boolean
  onToggleTieMode: () => void
  pinned: number
  onResetLayout: () => void
  onZoom: (factor: number) => void
  onFit: () => void
  /** On a big network: whether groups can be opened all at once or folded back, and how many people that is. */
  overview: { canExpand: boolean; canCollapse: boolean; people: number } | null
  onExpandAll: () => void
  onCollapseAll: () => void
  onExport: () => void
  onHelp: () => void
  /** "Who could introduce me?" */
  onIntroduce: () => void
  onLog: () => void
  onAdd: () => void
}

/** The map's controls; every one has an accessible name and, where it has one, its shortcut in the title. */
export function MapToolbar({ searchRef, ...p }: MapToolbarProps) {
  return (
    <header className="toolbar map-toolbar">
      <h1>Network map</h1>
      <div className="search-box">
        <input
          ref={searchRef}
          type="search"
          className="search"
          placeholder="Search people, organizations, roles, tags   /"
          aria-label="Search the map"
          value={p.query}
          onChange={(e) => p.onQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') p.onSearchEnter()
          }}
        />
        {p.query.trim() !== '' && (
          <span className="muted small" aria-live="polite">
            {p.matchCount === 0 ? 'no match' : `${p.matchCount} found`}
            {p.hiddenMatches > 0 && ` (${p.hiddenMatches} hidden by the filter)`}
          </span>
        )}
      </div>
      <span className="spacer" />
      <button type="button" onClick={p.onLog} title="Log an interaction (L)">
        Log interaction
      </button>
      <button type="button" className="primary" onClick={p.onAdd} title="Add a contact (N)">
        Add contact
      </button>
      <div className="map-controls" role="toolbar" aria-label="Map controls">
        <label className="layout-picker">
          Layout
          <EnumSelect value={p.layout} options={LAYOUTS} label={(l) => LAYOUT_LABELS[l]} onChange={p.onLayout} aria-label="Layout" />
        </label>
        <button type="button" aria-expanded={p.filterOpen} className={p.filterActive ? 'active-filter' : undefined} onClick={p.onToggleFilter}>
          {p.filterActive ? 'Filter (on)' : 'Filter'}
        </button>
        <button type="button" aria-pressed={p.tieMode} onClick={p.onToggleTieMode} title="Add a tie: click two contacts (T)">
          {p.tieMode ? 'Adding tie… (Esc)' : 'Add tie'}
        </button>
        {p.pinned > 0 && (
          <button type="button" onClick={p.onResetLayout} title="Let the layout place everyone again">
            Reset layout ({p.pinned} pinned)
          </button>
        )}
        {p.overview && (
          <>
            <button type="button" disabled={!p.overview.canExpand} onClick={p.onExpandAll} title={`Draw all ${formatNumber(p.overview.people)} people one by one (slower on a network this size)`}>
              Expand all
            </button>
            <button type="button" disabled={!p.overview.canCollapse} onClick={p.onCollapseAll} title="Fold every group back into its bubble">
              Collapse all
            </button>
          </>
        )}
        <span className="spacer" />
        <button type="button" aria-label="Zoom out" title="Zoom out (-)" onClick={() => p.onZoom(1 / 1.25)}>
          −
        </button>
        <button type="button" aria-label="Zoom in" title="Zoom in (+)" onClick={() => p.onZoom(1.25)}>
          +
        </button>
        <button type="button" onClick={p.onFit} title="Fit to screen (F)">
          Fit
        </button>
        <button type="button" onClick={p.onIntroduce} title="Find who could introduce you to someone">
          Who could introduce me?
        </button>
        <button type="button" onClick={p.onExport} title="Export image (Ctrl/⌘+E)">
          Export image
        </button>
        <button type="button" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={p.onHelp}>
          ?
        </button>
      </div>
    </header>
  )
}
