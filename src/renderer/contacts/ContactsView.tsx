import { useDeferredValue, useMemo, useState } from 'react'
import { CATEGORIES } from '../../core/categories'
import { STALENESS_BANDS, STALENESS_LABELS } from '../../core/staleness'
import { useDialogs } from '../shared/dialogs'
import { useImportEntry } from '../shared/import-entry'
import { EnumSelect } from '../shared/EnumSelect'
import { formatNumber, plural } from '../shared/format'
import { categoryLabel } from '../shared/labels'
import type { ViewProps } from '../shared/view-props'
import { BulkDeleteDialog, BulkEditDialog } from './BulkDialogs'
import { ALL_ROWS, contactRows, filterRows, sortRows, type RowFilter, type Sort, type SortKey } from './contact-rows'
import { ContactsTable } from './ContactsTable'
import { DuplicatesHint } from './DuplicatesHint'
import { importedStillThere, rowsOf, type JustImportedOffer } from './just-imported'
import { JustImportedBar } from './JustImportedBar'
import { MergeDialog, type DoneMerge } from './MergeDialog'
import { MergeNotice } from './MergeNotice'

/** Everyone in the network as a sortable, filterable table, with bulk edit and delete of a selection. */
export function ContactsView(props: ViewProps & { initialFilter?: Partial<RowFilter> | null; justImported?: JustImportedOffer | null }) {
  const { network, mutate, notify, today } = props
  const offer = props.justImported ?? null
  const dialogs = useDialogs()
  const importEntry = useImportEntry()
  // Another view (a gap in the insights) can open the table already filtered.
  const [filter, setFilter] = useState<RowFilter>(() => ({ ...ALL_ROWS, ...props.initialFilter }))
  const [sort, setSort] = useState<Sort>({ key: 'name', descending: false })
  // Straight from an import: just the people it brought in, the new ones selected. People it only refreshed
  // already have their categories, and "Choose categories" replaces them: they are shown but left unticked.
  const [onlyImported, setOnlyImported] = useState(offer?.showNow ?? false)
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set(offer?.showNow ? offer.batch.createdIds : []))
  const [bulk, setBulk] = useState<'edit' | 'categorize' | 'delete' | null>(null)
  const [merging, setMerging] = useState<readonly [string, string] | null>(null)
  const [merged, setMerged] = useState<DoneMerge | null>(null)

  const rows = useMemo(() => contactRows(network, today), [network, today])
  // Selection only ever holds contacts that still exist.
  const existing = useMemo(() => new Set<string>(network.contacts.map((c) => c.id)), [network.contacts])
  const imported = useMemo(() => (offer ? importedStillThere(offer.batch, existing) : new Set<string>()), [offer, existing])
  const showingImported = onlyImported && imported.size > 0
  // Sorted once per network and column; typing then only filters, against the deferred text so the box never waits for the table.
  const sorted = useMemo(() => sortRows(showingImported ? rowsOf(rows, imported) : rows, sort), [rows, showingImported, imported, sort])
  const deferredFilter = useDeferredValue(filter)
  const visible = useMemo(() => filterRows(sorted, deferredFilter), [sorted, deferredFilter])
  const tags = useMemo(() => [...new Set(network.contacts.flatMap((c) => c.tags))].sort(), [network.contacts])
  const chosen = [...selected].filter((id) => existing.has(id))
  // The merge notice goes once its Undo could no longer mean the merge: the kept one gone, or the other back.
  const mergeNotice = merged && existing.has(merged.keepId) && !existing.has(merged.mergeId) ? merged : null

  const sortBy = (key: SortKey) => setSort((s) => (s.key === key ? { key, descending: !s.descending } : { key, descending: key === 'lastContact' || key === 'strength' }))
  const closeBulk = (message: string | null) => {
    setBulk(null)
    if (message) {
      notify(message, 'info')
      setSelected(new Set())
    }
  }

  return (
    <div className="contacts-view">
      <header className="toolbar contacts-toolbar">
        <h1>Contacts</h1>
        <input
          type="search"
          className="search"
          placeholder="Search name, organization, role, industry, tag"
          aria-label="Search contacts"
          value={filter.text}
          onChange={(e) => setFilter({ ...filter, text: e.target.value })}
        />
        <span className="spacer" />
        <button type="button" onClick={() => dialogs.open({ kind: 'log', contactIds: chosen })}>
          Log interaction
        </button>
        <button type="button" onClick={importEntry.chooseFile}>
          Import contacts…
        </button>
        <button type="button" className="primary" onClick={() => dialogs.open({ kind: 'add-contact' })}>
          Add contact
        </button>
        <div className="contacts-filters" role="group" aria-label="Filter contacts">
          <EnumSelect
            aria-label="Category"
            value={filter.category}
            options={CATEGORIES}
            label={categoryLabel}
            emptyLabel="All categories"
            onChange={(category) => setFilter({ ...filter, category })}
          />
          <EnumSelect
            aria-label="Staleness"
            value={filter.band}
            options={STALENESS_BANDS}
            label={(b) => STALENESS_LABELS[b]}
            emptyLabel="Any staleness"
            onChange={(band) => setFilter({ ...filter, band })}
          />
          <EnumSelect aria-label="Tag" value={filter.tag} options={tags} label={(t) => t} emptyLabel="Any tag" onChange={(tag) => setFilter({ ...filter, tag })} />
          <label className="check">
            <input type="checkbox" checked={filter.laidOffOnly} onChange={(e) => setFilter({ ...filter, laidOffOnly: e.target.checked })} />
            Laid-off list only
          </label>
          <button type="button" className="link" onClick={() => setSort({ key: 'overdue', descending: true })}>
            Most overdue first
          </button>
          {!showingImported && imported.size > 0 && (
            <button
              type="button"
              className="link"
              onClick={() => {
                setOnlyImported(true)
                setSelected(new Set(imported))
              }}
            >
              Show the {formatNumber(imported.size)} just imported
            </button>
          )}
          <span className="spacer" />
          <span className="muted" aria-live="polite">
            {visible.length === rows.length ? plural(rows.length, 'contact') : `${formatNumber(visible.length)} of ${formatNumber(rows.length)} shown`}
          </span>
        </div>
      </header>
      {showingImported && offer && (
        <JustImportedBar
          count={imported.size}
          refreshed={offer.batch.updatedIds.filter((id) => existing.has(id)).length}
          fileName={offer.batch.fileName}
          selected={chosen.length}
          onCategorize={() => setBulk('categorize')}
          onShowEveryone={() => setOnlyImported(false)}
          onUndo={offer.onUndo}
          focusOnArrival={offer.showNow}
        />
      )}
      {chosen.length > 0 && (
        <div className="bulk-bar" role="region" aria-label="Selected contacts">
          <strong>{formatNumber(chosen.length)} selected</strong>
          <button type="button" onClick={() => setBulk('edit')}>
            Edit…
          </button>
          {chosen.length === 2 && (
            <button type="button" onClick={() => setMerging([chosen[0] as string, chosen[1] as string])}>
              Merge…
            </button>
          )}
          <button type="button" className="danger subtle" onClick={() => setBulk('delete')}>
            Delete…
          </button>
          <button type="button" className="link" onClick={() => setSelected(new Set())}>
            Clear selection
          </button>
        </div>
      )}
      {mergeNotice && <MergeNotice done={mergeNotice} mutate={mutate} notify={notify} onClose={() => setMerged(null)} />}
      <DuplicatesHint contacts={network.contacts} onMerge={setMerging} />
      {network.contacts.length === 0 ? (
        <p className="empty-state">No contacts yet. Add the first person you would like to stay in touch with, or import a LinkedIn, Google or vCard file.</p>
      ) : (
        <ContactsTable rows={visible} sort={sort} onSort={sortBy} selected={selected} onSelected={setSelected} today={today} />
      )}
      {(bulk === 'edit' || bulk === 'categorize') && (
        <BulkEditDialog ids={chosen} mutate={mutate} onDone={closeBulk} {...(bulk === 'categorize' ? { initialCategoryMode: 'replace' as const } : {})} />
      )}
      {merging && (
        <MergeDialog
          network={network}
          ids={merging}
          today={today}
          mutate={mutate}
          onDone={(done) => {
            setMerging(null)
            if (!done) return
            setMerged(done)
            setSelected(new Set())
          }}
        />
      )}
      {bulk === 'delete' && <BulkDeleteDialog network={network} ids={chosen} mutate={mutate} onDone={closeBulk} />}
    </div>
  )
}
