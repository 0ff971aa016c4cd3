import { useState, type FormEvent } from 'react'
import { bulkDeleteContacts } from '../../core/bulk-ops'
import { CATEGORIES, type Category } from '../../core/categories'
import type { NetworkFile } from '../../core/network-file'
import type { ContactId } from '../../core/schema'
import { plural } from '../../core/wording'
import type { Mutate } from '../app/use-kith'
import { formProblem } from '../ui/field-errors'
import { ConfirmDelete } from '../ui/ConfirmDelete'
import { Modal } from '../ui/Modal'
import { categoryLabel, STRENGTH_LABELS } from '../ui/format'


/** One edit for many contacts: each part is left alone unless the user chooses a value. */
export function BulkEditDialog(props: { ids: readonly string[]; mutate: Mutate; onDone: (message: string | null) => void }) {
  const [categoryMode, setCategoryMode] = useState<'keep' | 'add' | 'replace'>('keep')
  const [categories, setCategories] = useState<Category[]>([])
  const [tags, setTags] = useState('')
  const [strength, setStrength] = useState('')
  const [cadence, setCadence] = useState<'keep' | 'default' | 'days'>('keep')
  const [days, setDays] = useState('')
  const [laidOff, setLaidOff] = useState<'keep' | 'on' | 'off'>('keep')
  const [error, setError] = useState<string | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const addTags = tags
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean)
    const set = {
      ...(categoryMode === 'replace' ? { categories } : {}),
      ...(strength ? { tieStrength: Number(strength) } : {}),
      ...(cadence === 'default' ? { cadenceDays: null } : cadence === 'days' ? { cadenceDays: Number(days) } : {}),
      ...(laidOff === 'keep' ? {} : { onLaidOffList: laidOff === 'on' }),
    }
    if (Object.keys(set).length === 0 && addTags.length === 0 && !(categoryMode === 'add' && categories.length > 0)) {
      return setError('Choose at least one change to make.')
    }
    const result = await props.mutate('contacts:bulk-update', {
      ids: props.ids as ContactId[],
      set,
      addCategories: categoryMode === 'add' ? categories : [],
      addTags,
    })
    if (!result.ok) {
      const problem = formProblem(result.error)
      return setError(Object.values(problem.fields)[0] ?? problem.summary)
    }
    props.onDone(`Updated ${plural(result.value.updated, 'contact')}.`)
  }

  return (
    <Modal title={`Edit ${plural(props.ids.length, 'contact')}`} onClose={() => props.onDone(null)} wide>
      <form className="bulk-form" onSubmit={submit} aria-label="Edit selected contacts" noValidate>
        <p className="muted">Anything you leave as it is stays as it is on each contact.</p>
        <fieldset>
          <legend>Categories</legend>
          <select aria-label="What to do with categories" value={categoryMode} onChange={(e) => setCategoryMode(e.target.value as typeof categoryMode)}>
            <option value="keep">Leave as they are</option>
            <option value="add">Add these categories</option>
            <option value="replace">Replace with these categories</option>
          </select>
          {categoryMode !== 'keep' && (
            <div className="chip-grid">
              {CATEGORIES.map((c) => (
                <label key={c} className="chip-option">
                  <input type="checkbox" checked={categories.includes(c)} onChange={(e) => setCategories((list) => (e.target.checked ? [...list, c] : list.filter((x) => x !== c)))} />
                  {categoryLabel(c)}
                </label>
              ))}
            </div>
          )}
        </fieldset>
        <div className="form-grid">
          <label className="field">
            Add tags
            <input value={tags} onChange={(e) => setTags(e.target.value)} placeholder="Separate with commas" />
          </label>
          <label className="field">
            Tie strength
            <select value={strength} onChange={(e) => setStrength(e.target.value)}>
              <option value="">Leave as it is</option>
              {[1, 2, 3, 4, 5].map((s) => (
                <option key={s} value={s}>
                  {STRENGTH_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            Keep in touch
            <select value={cadence} onChange={(e) => setCadence(e.target.value as typeof cadence)}>
              <option value="keep">Leave as it is</option>
              <option value="default">Use the category default</option>
              <option value="days">Every … days</option>
            </select>
          </label>
          {cadence === 'days' && (
            <label className="field">
              Days between contacts
              <input inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} />
            </label>
          )}
          <label className="field">
            Laid-off list
            <select value={laidOff} onChange={(e) => setLaidOff(e.target.value as typeof laidOff)}>
              <option value="keep">Leave as it is</option>
              <option value="on">Put on the list</option>
              <option value="off">Take off the list</option>
            </select>
          </label>
        </div>
        {error && (
          <p className="callout error" role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          <span className="spacer" />
          <button type="button" onClick={() => props.onDone(null)}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Apply to {plural(props.ids.length, 'contact')}
          </button>
        </div>
      </form>
    </Modal>
  )
}

/** Says exactly what goes with the contacts before deleting them (undo can bring them back). */
export function BulkDeleteDialog(props: { network: NetworkFile; ids: readonly string[]; mutate: Mutate; onDone: (message: string | null) => void }) {
  const [error, setError] = useState<string | null>(null)
  const preview = bulkDeleteContacts(props.network, props.ids)
  const counts = preview.ok ? preview.value.value : null
  const n = props.ids.length

  const remove = async () => {
    const result = await props.mutate('contacts:bulk-delete', { ids: props.ids as ContactId[] })
    if (!result.ok) return void setError(result.error.message)
    props.onDone(`Deleted ${plural(result.value.removedContacts, 'contact')}. Undo brings them back.`)
  }

  return (
    <ConfirmDelete title={`Delete ${plural(n, 'contact')}?`} confirmLabel={`Delete ${plural(n, 'contact')}`} error={error} onCancel={() => props.onDone(null)} onConfirm={remove}>
      {counts && (
        <ul className="delete-summary">
          <li>{plural(counts.removedContacts, 'contact')}</li>
          <li>{plural(counts.removedTies, 'tie')} between them and others</li>
          <li>{plural(counts.removedInteractions, 'interaction')} that only they were part of</li>
          {counts.updatedInteractions > 0 && <li>Their part in {plural(counts.updatedInteractions, 'shared interaction')} (the others keep it)</li>}
        </ul>
      )}
    </ConfirmDelete>
  )
}
