import { useState, type FormEvent } from 'react'
import type { Failure } from '../../core/result'
import type { Partner } from '../../core/schema'
import { FormActions, FormSummary, useContractForm } from './contract-form'
import { formProblem } from './field-errors'
import { FormField } from './FormField'
import type { Mutate, Notify } from './view-props'
import './partner-form.css'

/** The contract names the fields `partner.name` and `partner.email`; the form calls them `name` and `email`. */
const describe = (failure: Failure) =>
  formProblem({ ...failure, ...(failure.issues ? { issues: failure.issues.map((i) => ({ ...i, path: i.path.replace(/^partner\./, '') })) } : {}) })

/**
 * Setting or changing the accountability partner: a name, and an e-mail address so "Share my plan" can
 * open a message to them. Used in the profile card and, when none is set yet, in the share dialog.
 */
export function PartnerForm(props: {
  partner: Partner | null
  mutate: Mutate
  notify: Notify
  onSaved: () => void
  onCancel?: () => void
  onDirtyChange?: (dirty: boolean) => void
}) {
  const { partner, mutate, notify, onDirtyChange } = props
  const [draft, setDraft] = useState({ name: partner?.name ?? '', email: partner?.email ?? '' })
  const form = useContractForm()
  const { attach } = form

  const set = (key: 'name' | 'email', value: string) => {
    setDraft((d) => ({ ...d, [key]: value }))
    form.clearError(key)
    onDirtyChange?.(true)
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void form.submit(
      () => mutate('settings:update', { partner: { name: draft.name, email: draft.email } }),
      (settings) => {
        onDirtyChange?.(false)
        notify(`${settings.partner?.name ?? 'Your partner'} is your accountability partner now.`, 'info')
        props.onSaved()
      },
      describe,
    )
  }

  return (
    <form ref={attach} onSubmit={submit} noValidate className="partner-form" aria-label={partner ? 'Change your accountability partner' : 'Add an accountability partner'}>
      <FormSummary form={form} />
      <div className="partner-fields">
        <FormField label="Name" error={form.errors.name}>
          {(a) => <input {...a} type="text" value={draft.name} onChange={(e) => set('name', e.target.value)} autoComplete="off" />}
        </FormField>
        <FormField label="E-mail (optional)" error={form.errors.email} hint="With an address, Kith can open an e-mail to them with your plan.">
          {(a) => <input {...a} type="email" value={draft.email} onChange={(e) => set('email', e.target.value)} autoComplete="off" />}
        </FormField>
      </div>
      <FormActions saving={form.saving} submitLabel="Save partner" {...(props.onCancel ? { onCancel: props.onCancel } : {})} />
    </form>
  )
}
