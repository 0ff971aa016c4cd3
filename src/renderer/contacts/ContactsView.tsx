import { useMemo, useState } from 'react'
import { CATEGORIES } from '../../core/categories'
import { STALENESS_BANDS, STALENESS_LABELS } from '../../core/staleness'
import { BandPill } from '../shared/BandPill'
import { useDialogs } from '../shared/dialogs'
import { useImportEntry } from '../shared/import-entry'
import { EnumSelect } from '../shared/EnumSelect'
import { dueLabel, formatDay, formatNumber, lastContactWords, plural } from '../shared/format'
import { categoryLabel } from '../shared/labels'
import type { ViewProps } from '../shared/view-props'
import { BulkDeleteDialog, BulkEditDialog } from './BulkDialogs'
import { ALL_ROWS, contactRows, filterRows, sortRows, type RowFilter, type Sort, type SortKey } from './contact-rows'
import { DuplicatesHint } from './DuplicatesHint'
import { importedStillThere, rowsOf, type JustImportedOffer } from './just-imported'
import { JustImportedBar } from './JustImportedBar'
import { MergeDialog, type DoneMerge } from './MergeDialog'
import { MergeNotice } from './MergeNotice'

/** Rows drawn at once; more on request, so thousands of contacts stay quick. */
const PAGE = 200

const COLUMNS: readonly { key: SortKey; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'organization', label: 'Organization' },
  { key: 'role', label: 'Role' },
  { key: 'categories', label: 'Categories' },
  { key: 'strength', label: 'Strength' },
  { key: 'lastContact', label: 'Last contact' },
  { key: 'band', label: 'Staleness' },
  { key: 'nextDue', label: 'Next due' },
]

/** Everyone in the network as a sortable, filterable table, with bulk edit and delete of a selection. */
export function ContactsView(props: ViewProps & { initialFilter?: Partial<RowFilter> | null; justImported?: JustImportedOffer | null }) {
  const { network, mutate, notify, today } = props
  const offer = props.justImported ?? null
  const dialogs = useDialogs()
  const importEntry = useImportEntry()
  // Another view (a gap in the insights) can open the table already filtered.
  const [filter, setFilter] = useState<RowFilter>(() => ({ ...ALL_ROWS, ...props.initialFilter }))
  const [sort, setSort] = useState<Sort>({ key: 'name', descending: false })
  // Straight from an import: just the people it brought in, all selected.
  const [onlyImported, setOnlyImported] = useState(offer?.showNow ?? false)
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set(offer?.showNow ? [...offer.batch.createdIds, ...offer.batch.updatedIds] : []))
  const [shown, setShown] = useState(PAGE)
  const [bulk, setBulk] = useState<'edit' | 'categorize' | 'delete' | null>(null)
  const [merging, setMerging] = useState<readonly [string, string] | null>(null)
  const [merged, setMerged] = useState<DoneMerge | null>(null)

  const rows = useMemo(() => contactRows(network, today), [network, today])
  // Selection only ever holds contacts that still exist.
  const existing = useMemo(() => new Set<string>(network.contacts.map((c) => c.id)), [network.contacts])
  const imported = useMemo(() => (offer ? importedStillThere(offer.batch, existing) : new Set<string>()), [offer, existing])
  const showingImported = onlyImported && imported.size > 0
  const visible = useMemo(() => sortRows(filterRows(showingImported ? rowsOf(rows, imported) : rows, filter), sort), [rows, showingImported, imported, filter, sort])
  const tags = useMemo(() => [...new Set(network.contacts.flatMap((c) => c.tags))].sort(), [network.contacts])
  const chosen = [...selected].filter((id) => existing.has(id))
  // The merge notice goes once its Undo could no longer mean the merge: the kept one gone, or the other back.
  const mergeNotice = merged && existing.has(merged.keepId) && !existing.has(merged.mergeId) ? merged : null
  const allVisibleChosen = visible.length > 0 && visible.every((r) => selected.has(r.contact.id))

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })
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
          <strong>{chosen.length} selected</strong>
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
        <div className="table-wrap">
          <table className="contacts-table">
            <thead>
              <tr>
                <th scope="col" className="select-cell">
                  <input
                    type="checkbox"
                    aria-label="Select all shown"
                    checked={allVisibleChosen}
                    onChange={(e) => setSelected(e.target.checked ? new Set([...selected, ...visible.map((r) => r.contact.id)]) : new Set())}
                  />
                </th>
                {COLUMNS.map((col) => (
                  <th key={col.key} scope="col" className={`col-${col.key}`} aria-sort={sort.key === col.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                    <button type="button" className="sort-button" onClick={() => sortBy(col.key)}>
                      {col.label}
                      {sort.key === col.key && <span aria-hidden="true">{sort.descending ? ' ↓' : ' ↑'}</span>}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {visible.slice(0, shown).map(({ contact: c, status, suggested, converted }) => (
                <tr key={c.id} className={selected.has(c.id) ? 'selected' : undefined}>
                  <td className="select-cell">
                    <input type="checkbox" aria-label={`Select ${c.name}`} checked={selected.has(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
                  </td>
                  <td>
                    <button type="button" className="link" onClick={() => dialogs.open({ kind: 'edit-contact', id: c.id })}>
                      {c.name}
                    </button>
                    {c.onLaidOffList && <span className="tag-pill" title="On my laid-off list">laid-off list</span>}
                    <button type="button" className="link row-action" aria-label="Write to them" title={`Write to ${c.name}`} onClick={() => dialogs.open({ kind: 'compose', contactId: c.id })}>
                      <span aria-hidden="true">✉</span>
                    </button>
                    <button type="button" className="link small row-action" title={`Meeting prep brief for ${c.name}`} onClick={() => dialogs.open({ kind: 'brief', contactId: c.id })}>
                      Prep brief
                    </button>
                  </td>
                  <td>
                    {c.organization}
                    {/* Shown only when the window is too narrow for the Role column (styles.css). */}
                    {c.role && <span className="cell-sub">{c.role}</span>}
                  </td>
                  <td className="col-role">{c.role}</td>
                  <td>
                    {c.categories.map(categoryLabel).join(', ')}
                    {converted !== null && <span className={converted ? 'tag-pill good' : 'tag-pill'}>{converted ? 'met' : 'not met yet'}</span>}
                  </td>
                  <td title={suggested === null ? `You rated ${c.tieStrength}; nothing logged yet to suggest otherwise` : `You rated ${c.tieStrength}; the last year suggests ${suggested}`}>
                    {c.tieStrength}
                    {suggested !== null && suggested !== c.tieStrength && <span className="muted small"> (suggests {suggested})</span>}
                  </td>
                  <td className="col-lastContact">{lastContactWords(status)}</td>
                  <td>
                    <BandPill band={status.band} />
                  </td>
                  <td className="nowrap">
                    <time dateTime={status.dueOn} title={formatDay(status.dueOn)}>
                      {dueLabel(status.dueOn, today)}
                    </time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {visible.length > shown && (
            <button type="button" className="show-more" onClick={() => setShown((n) => n + PAGE)}>
              Show {formatNumber(Math.min(PAGE, visible.length - shown))} more of {formatNumber(visible.length - shown)}
            </button>
          )}
        </div>
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
