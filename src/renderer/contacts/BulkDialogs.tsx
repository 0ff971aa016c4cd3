import { useId, useState, type FormEvent } from 'react'
import { bulkDeleteContacts } from '../../core/bulk-ops'
import { CATEGORIES, type Category } from '../../core/categories'
import type { NetworkFile } from '../../core/network-file'
import type { ContactId } from '../../core/schema'
import { ConfirmDelete } from '../shared/ConfirmDelete'
import type { Failure } from '../../core/result'
import { FormActions, FormSummary, useContractForm } from '../shared/contract-form'
import { problemSummary, type FormProblem } from '../shared/field-errors'
import { EnumSelect } from '../shared/EnumSelect'
import { plural } from '../shared/format'
import { categoryLabel, strengthLabel, STRENGTHS } from '../shared/labels'
import { Modal } from '../shared/Modal'
import type { Mutate } from '../shared/view-props'

type CategoryMode = 'keep' | 'add' | 'replace'
type CadenceMode = 'keep' | 'default' | 'days'
type LaidOffMode = 'keep' | 'on' | 'off'

const CATEGORY_MODES: Readonly<Record<CategoryMode, string>> = { keep: 'Leave as they are', add: 'Add these categories', replace: 'Replace with these categories' }
const CADENCE_MODES: Readonly<Record<CadenceMode, string>> = { keep: 'Leave as it is', default: 'Use the category default', days: 'Every … days' }
const LAID_OFF_MODES: Readonly<Record<LaidOffMode, string>> = { keep: 'Leave as it is', on: 'Put on the list', off: 'Take off the list' }
const modes = <T extends string>(labels: Readonly<Record<T, string>>) => Object.keys(labels) as T[]

/** The refusal of a bulk edit, with each message beside the field it is about (`set.cadenceDays` → the days field). */
function bulkProblem(failure: Failure): FormProblem {
  const fields: Record<string, string> = {}
  for (const issue of failure.issues ?? []) {
    const [group, key] = issue.path.split('.')
    const field = group === 'set' ? key : group === 'addTags' ? 'tags' : group === 'addCategories' ? 'categories' : undefined
    if (field && !fields[field]) fields[field] = issue.message
  }
  const count = Object.keys(fields).length
  return { fields, summary: count === 0 ? failure.message : problemSummary(count) }
}

/**
 * One edit for many contacts: each part is left alone unless the user chooses a value. `initialCategoryMode`
 * opens it ready to set categories (sorting people who were just imported).
 */
export function BulkEditDialog(props: { ids: readonly string[]; mutate: Mutate; onDone: (message: string | null) => void; initialCategoryMode?: CategoryMode }) {
  const initialMode = props.initialCategoryMode ?? 'keep'
  const [categoryMode, setCategoryMode] = useState<CategoryMode>(initialMode)
  const [categories, setCategories] = useState<Category[]>([])
  const [tags, setTags] = useState('')
  const [strength, setStrength] = useState<number | ''>('')
  const [cadence, setCadence] = useState<CadenceMode>('keep')
  const [days, setDays] = useState('')
  const [laidOff, setLaidOff] = useState<LaidOffMode>('keep')
  const form = useContractForm()
  const { attach: attachForm } = form
  const touched = categoryMode !== initialMode || (categoryMode !== 'keep' && categories.length > 0) || tags !== '' || strength !== '' || cadence !== 'keep' || laidOff !== 'keep'

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const addTags = tags
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean)
    const set = {
      ...(categoryMode === 'replace' ? { categories } : {}),
      ...(strength === '' ? {} : { tieStrength: strength }),
      ...(cadence === 'default' ? { cadenceDays: null } : cadence === 'days' ? { cadenceDays: Number(days) } : {}),
      ...(laidOff === 'keep' ? {} : { onLaidOffList: laidOff === 'on' }),
    }
    if (Object.keys(set).length === 0 && addTags.length === 0 && !(categoryMode === 'add' && categories.length > 0)) {
      return form.showProblem({}, 'Choose at least one change to make.')
    }
    void form.submit(
      () => props.mutate('contacts:bulk-update', { ids: props.ids as ContactId[], set, addCategories: categoryMode === 'add' ? categories : [], addTags }),
      (result) => props.onDone(`Updated ${plural(result.updated, 'contact')}.`),
      bulkProblem,
    )
  }
  const { errors } = form
  const daysErrorId = useId()

  return (
    <Modal title={`Edit ${plural(props.ids.length, 'contact')}`} onClose={() => props.onDone(null)} wide confirmDiscard={touched}>
      <form ref={attachForm} className="bulk-form" onSubmit={submit} aria-label="Edit selected contacts" noValidate>
        <p className="muted">Anything you leave as it is stays as it is on each contact.</p>
        <FormSummary form={form} />
        <fieldset>
          <legend>Categories</legend>
          <EnumSelect aria-label="What to do with categories" value={categoryMode} options={modes(CATEGORY_MODES)} label={(m) => CATEGORY_MODES[m]} onChange={setCategoryMode} />
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
            {errors.tags && <span className="field-error">{errors.tags}</span>}
          </label>
          <label className="field">
            Tie strength
            <EnumSelect value={strength} options={STRENGTHS} label={strengthLabel} emptyLabel="Leave as it is" onChange={setStrength} />
            {errors.tieStrength && <span className="field-error">{errors.tieStrength}</span>}
          </label>
          <label className="field">
            Keep in touch
            <EnumSelect value={cadence} options={modes(CADENCE_MODES)} label={(m) => CADENCE_MODES[m]} onChange={setCadence} />
          </label>
          {cadence === 'days' && (
            <label className={errors.cadenceDays ? 'field has-error' : 'field'}>
              Days between contacts
              <input
                inputMode="numeric"
                value={days}
                aria-invalid={Boolean(errors.cadenceDays)}
                aria-describedby={errors.cadenceDays ? daysErrorId : undefined}
                onChange={(e) => setDays(e.target.value)}
              />
              {errors.cadenceDays && (
                <span className="field-error" id={daysErrorId}>
                  {errors.cadenceDays}
                </span>
              )}
            </label>
          )}
          <label className="field">
            Laid-off list
            <EnumSelect value={laidOff} options={modes(LAID_OFF_MODES)} label={(m) => LAID_OFF_MODES[m]} onChange={setLaidOff} />
          </label>
        </div>
        {errors.categories && <p className="field-error">{errors.categories}</p>}
        <FormActions saving={form.saving} submitLabel={`Apply to ${plural(props.ids.length, 'contact')}`} onCancel={() => props.onDone(null)} />
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
