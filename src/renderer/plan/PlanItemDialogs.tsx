import { useState, type FormEvent } from 'react'
import { NOTE_MAX, PURPOSE_MAX, type PlanItem } from '../../core/plan-schema'
import { FormActions, FormSummary, useContractForm } from '../shared/contract-form'
import { FormField } from '../shared/FormField'
import { Modal } from '../shared/Modal'
import type { Mutate } from '../shared/view-props'

/** What a meeting is for and the note beside it; nothing is lost when the backend refuses. */
export function EditItemDialog(props: { item: PlanItem; name: string; mutate: Mutate; onDone: (saved: boolean) => void }) {
  const { item, name, mutate } = props
  const [purpose, setPurpose] = useState(item.purpose)
  const [note, setNote] = useState(item.note)
  const form = useContractForm()
  const { attach } = form
  const dirty = purpose !== item.purpose || note !== item.note

  const save = (event: FormEvent) => {
    event.preventDefault()
    if (!dirty) return props.onDone(false)
    void form.submit(() => mutate('plan:update', { id: item.id, patch: { purpose, note } }), () => props.onDone(true))
  }
  return (
    <Modal title={`Plan for ${name}`} onClose={() => props.onDone(false)} confirmDiscard={dirty}>
      <form ref={attach} aria-label={`Plan for ${name}`} onSubmit={save} noValidate>
        <FormSummary form={form} />
        <FormField label="Purpose" hint="What you would like from the conversation, in a line." error={form.errors['purpose']}>
          {(attrs) => <input {...attrs} value={purpose} maxLength={PURPOSE_MAX} placeholder="e.g. Ask how their team runs discharge planning" onChange={(e) => setPurpose(e.target.value)} />}
        </FormField>
        <FormField label="Note" error={form.errors['note']}>
          {(attrs) => <textarea {...attrs} rows={4} value={note} maxLength={NOTE_MAX} onChange={(e) => setNote(e.target.value)} />}
        </FormField>
        <FormActions saving={form.saving} submitLabel="Save" onCancel={() => props.onDone(false)} />
      </form>
    </Modal>
  )
}

/** Skipping someone asks why, so a later look at the plan still makes sense. */
export function SkipDialog(props: { item: PlanItem; name: string; mutate: Mutate; onDone: (skipped: boolean) => void }) {
  const { item, name, mutate } = props
  const [reason, setReason] = useState('')
  const form = useContractForm()
  const { attach } = form

  const skip = (event: FormEvent) => {
    event.preventDefault()
    void form.submit(() => mutate('plan:set-status', { id: item.id, status: 'skipped', skipReason: reason }), () => props.onDone(true))
  }
  return (
    <Modal title={`Skip ${name}?`} onClose={() => props.onDone(false)} confirmDiscard={reason.trim() !== ''}>
      <form ref={attach} aria-label={`Skip ${name}`} onSubmit={skip} noValidate>
        <FormSummary form={form} />
        <FormField label="Why skip them this time?" hint="For example: they changed jobs, or the question is answered." error={form.errors['skipReason']}>
          {(attrs) => <input {...attrs} value={reason} maxLength={300} onChange={(e) => setReason(e.target.value)} />}
        </FormField>
        <FormActions saving={form.saving} submitLabel="Skip" cancelLabel="Keep it" onCancel={() => props.onDone(false)} />
      </form>
    </Modal>
  )
}
