import { useEffect, useState, type ReactNode } from 'react'
import type { Failure, Result } from '../../core/result'
import { formProblem, type FormProblem } from './field-errors'

export interface ContractForm {
  /**
   * For the <form>'s ref: after a refused save, focus moves to its first field marked invalid (else to the
   * summary). Take it out of the object (`const { attach } = form`) before use: React's checks treat whatever
   * holds a ref as one.
   */
  readonly attach: (form: HTMLFormElement | null) => void
  readonly saving: boolean
  /** One message per field, from the contract's check or the backend. */
  readonly errors: Readonly<Record<string, string>>
  /** The line above the form after a refused save. */
  readonly summary: string | null
  /**
   * Sends the form; on success calls `onSaved`, else shows the messages beside their fields (`describe`
   * turns a refusal into them, for a form whose fields are not the contract's).
   */
  submit<T>(send: () => Promise<Result<T>>, onSaved: (value: T) => void, describe?: (failure: Failure) => FormProblem): Promise<void>
  /** Forgets one field's message once the user edits it. */
  clearError(field: string): void
  /** Shows messages the form found itself (e.g. a field that is not a number). */
  showProblem(fields: Readonly<Record<string, string>>, summary: string): void
  reset(): void
}

/**
 * The save cycle every form repeats: saving… while the request runs, then either done or the contract's
 * messages beside the fields they are about and a summary above.
 */
export function useContractForm(): ContractForm {
  const [saving, setSaving] = useState(false)
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({})
  const [summary, setSummary] = useState<string | null>(null)
  const [element, attach] = useState<HTMLFormElement | null>(null)
  const [refusals, setRefusals] = useState(0)
  useEffect(() => {
    if (refusals === 0 || !element) return
    // The first field to fix; the summary when the problem is not one field's.
    const target = element.querySelector<HTMLElement>('[aria-invalid="true"]') ?? element.querySelector<HTMLElement>('.callout.error')
    target?.focus()
  }, [element, refusals])
  const showProblem = (fields: Readonly<Record<string, string>>, line: string) => {
    setErrors(fields)
    setSummary(line)
    setRefusals((n) => n + 1)
  }
  return {
    attach,
    saving,
    errors,
    summary,
    async submit(send, onSaved, describe = formProblem) {
      setSaving(true)
      const result = await send()
      setSaving(false)
      if (result.ok) {
        setErrors({})
        setSummary(null)
        return onSaved(result.value)
      }
      const problem = describe(result.error)
      showProblem(problem.fields, problem.summary)
    },
    clearError: (field) => setErrors(({ [field]: _fixed, ...rest }) => rest),
    showProblem,
    reset: () => {
      setErrors({})
      setSummary(null)
    },
  }
}

/** The refused save's summary, above a form. */
export function FormSummary({ form }: { form: Pick<ContractForm, 'summary'> }) {
  if (!form.summary) return null
  return (
    <p className="callout error" role="alert" tabIndex={-1}>
      {form.summary}
    </p>
  )
}

/**
 * A form's buttons: anything extra on the left (Delete…), then Cancel (when there is something to cancel)
 * and the submit button, which says "Saving…" meanwhile.
 */
export function FormActions(props: { saving: boolean; submitLabel: string; onCancel?: () => void; cancelLabel?: string; disabled?: boolean; children?: ReactNode }) {
  return (
    <div className="form-actions">
      {props.children}
      <span className="spacer" />
      {props.onCancel && (
        <button type="button" onClick={props.onCancel} disabled={props.saving}>
          {props.cancelLabel ?? 'Cancel'}
        </button>
      )}
      <button type="submit" className="primary" disabled={props.saving || props.disabled}>
        {props.saving ? 'Saving…' : props.submitLabel}
      </button>
    </div>
  )
}
