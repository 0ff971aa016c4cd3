import { useState, type FormEvent } from 'react'
import { NOTE_MAX, PURPOSE_MAX, type PlanItem } from '../../core/plan-schema'
import { formProblem, type FormProblem } from '../shared/field-errors'
import { FormField } from '../shared/FormField'
import { Modal } from '../shared/Modal'
import type { Mutate } from '../shared/view-props'

/** What a meeting is for and the note beside it; nothing is lost when the backend refuses. */
export function EditItemDialog(props: { item: PlanItem; name: string; mutate: Mutate; onDone: (saved: boolean) => void }) {
  const { item, name, mutate } = props
  const [purpose, setPurpose] = useState(item.purpose)
  const [note, setNote] = useState(item.note)
  const [problem, setProblem] = useState<FormProblem | null>(null)
  const [saving, setSaving] = useState(false)
  const dirty = purpose !== item.purpose || note !== item.note

  const save = async (event: FormEvent) => {
    event.preventDefault()
    if (!dirty) return props.onDone(false)
    setSaving(true)
    const result = await mutate('plan:update', { id: item.id, patch: { purpose, note } })
    setSaving(false)
    if (!result.ok) return setProblem(formProblem(result.error))
    props.onDone(true)
  }
  return (
    <Modal title={`Plan for ${name}`} onClose={() => props.onDone(false)} confirmDiscard={dirty}>
      <form aria-label={`Plan for ${name}`} onSubmit={(e) => void save(e)} noValidate>
        <FormField label="Purpose" hint="What you would like from the conversation, in a line." error={problem?.fields.purpose}>
          {(attrs) => <input {...attrs} value={purpose} maxLength={PURPOSE_MAX} placeholder="e.g. Ask how their team runs discharge planning" onChange={(e) => setPurpose(e.target.value)} />}
        </FormField>
        <FormField label="Note" error={problem?.fields.note}>
          {(attrs) => <textarea {...attrs} rows={4} value={note} maxLength={NOTE_MAX} onChange={(e) => setNote(e.target.value)} />}
        </FormField>
        {problem && (
          <p className="callout error" role="alert">
            {problem.summary}
          </p>
        )}
        <div className="form-actions">
          <span className="spacer" />
          <button type="button" onClick={() => props.onDone(false)}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </Modal>
  )
}

/** Skipping someone asks why, so a later look at the plan still makes sense. */
export function SkipDialog(props: { item: PlanItem; name: string; mutate: Mutate; onDone: (skipped: boolean) => void }) {
  const { item, name, mutate } = props
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<FormProblem | null>(null)
  const [saving, setSaving] = useState(false)

  const skip = async (event: FormEvent) => {
    event.preventDefault()
    setSaving(true)
    const result = await mutate('plan:set-status', { id: item.id, status: 'skipped', skipReason: reason })
    setSaving(false)
    if (!result.ok) return setProblem(formProblem(result.error))
    props.onDone(true)
  }
  return (
    <Modal title={`Skip ${name}?`} onClose={() => props.onDone(false)} confirmDiscard={reason.trim() !== ''}>
      <form aria-label={`Skip ${name}`} onSubmit={(e) => void skip(e)} noValidate>
        <FormField label="Why skip them this time?" hint="For example: they changed jobs, or the question is answered." error={problem?.fields.skipReason}>
          {(attrs) => <input {...attrs} value={reason} maxLength={300} onChange={(e) => setReason(e.target.value)} />}
        </FormField>
        {problem && (
          <p className="callout error" role="alert">
            {problem.summary}
          </p>
        )}
        <div className="form-actions">
          <span className="spacer" />
          <button type="button" onClick={() => props.onDone(false)}>
            Keep it
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {saving ? 'Skipping…' : 'Skip'}
          </button>
        </div>
      </form>
    </Modal>
  )
}
