import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { Me, MePatch } from '../../core/schema'
import type { FieldIssue } from '../../core/result'
import { FormField } from '../shared/FormField'

export type SaveMe = (patch: MePatch) => Promise<readonly FieldIssue[] | string | null>

const FIELDS = [
  { key: 'name', label: 'Your name', hint: 'Shown at the centre of your map.' },
  { key: 'organization', label: 'Your organization', hint: 'Where you work, so Kith can tell who is a colleague and who is from elsewhere.' },
  { key: 'industry', label: 'Your industry', hint: 'So Kith can tell who brings news from other fields.' },
] as const
type Key = (typeof FIELDS)[number]['key']

/**
 * The first step of starting one's own network: three optional facts about the user, which two of the
 * gap rules need (who is cross-industry, who is in the user's organization). Skipping is fine.
 */
export function AboutYouStep(props: { me: Pick<Me, Key>; onSave: SaveMe; onDone: () => void; onBack: () => void }) {
  // Prefilled with what is already saved (after a reload, or coming back to this step).
  const [values, setValues] = useState<Record<Key, string>>({ name: props.me.name, organization: props.me.organization, industry: props.me.industry })
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({})
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // The step replaces the whole welcome screen after a click: the first field is where the user continues.
  const first = useRef<HTMLInputElement>(null)
  useEffect(() => first.current?.focus(), [])
  // After a refused save, the first field to fix (or the message, when no field is to blame) has the focus.
  const formRef = useRef<HTMLFormElement>(null)
  const [refusals, setRefusals] = useState(0)
  useEffect(() => {
    if (refusals > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .callout.error')?.focus()
  }, [refusals])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const patch = Object.fromEntries(FIELDS.map(({ key }) => [key, values[key].trim()]).filter(([, v]) => v !== ''))
    if (Object.keys(patch).length === 0) return props.onDone()
    setBusy(true)
    const problem = await props.onSave(patch)
    setBusy(false)
    if (problem === null) return props.onDone()
    setRefusals((n) => n + 1)
    if (typeof problem === 'string') return setMessage(problem)
    setErrors(Object.fromEntries(problem.map((issue) => [issue.path.split('.').at(-1), issue.message])))
  }

  return (
    <form ref={formRef} className="about-you" aria-label="About you" onSubmit={(e) => void submit(e)} noValidate>
      <h2>First, about you</h2>
      <p className="muted">All three are optional; you can change them later under Profile.</p>
      {FIELDS.map(({ key, label, hint }) => (
        <FormField key={key} label={label} hint={hint} error={errors[key]}>
          {(attrs) => <input {...attrs} ref={key === 'name' ? first : undefined} value={values[key]} onChange={(e) => setValues({ ...values, [key]: e.target.value })} />}
        </FormField>
      ))}
      {message && (
        <p className="callout error" role="alert" tabIndex={-1}>
          {message}
        </p>
      )}
      <div className="welcome-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Continue to your first contact'}
        </button>
        <button type="button" disabled={busy} onClick={props.onBack}>
          Back
        </button>
      </div>
    </form>
  )
}
