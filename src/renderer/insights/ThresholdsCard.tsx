import { useId, useState, type FormEvent } from 'react'
import { DEFAULT_INSIGHT_THRESHOLDS, InsightThresholds } from '../../core/insight-thresholds'
import { FormSummary, useContractForm } from '../shared/contract-form'
import { problemSummary, type FormProblem } from '../shared/field-errors'
import type { ViewProps } from '../shared/view-props'
import {
  defaultsNote,
  NBSP,
  readDraft,
  rowKeys,
  THRESHOLD_KEYS,
  THRESHOLD_ROWS,
  thresholdErrors,
  thresholdRange,
  toDraft,
  type ThresholdDraft,
  type ThresholdKey,
  type ThresholdRow,
} from './threshold-form'

type Props = Pick<ViewProps, 'mutate' | 'notify'> & { readonly thresholds: InsightThresholds }
type Errors = Partial<Record<ThresholdKey, string>>

/** The numbers behind the gap rules, folded away under the gap list until the user wants to change them. */
export function ThresholdsCard({ thresholds, mutate, notify }: Props) {
  const [open, setOpen] = useState(false)
  const headingId = useId()
  const panelId = useId()
  const changed = THRESHOLD_KEYS.filter((key) => thresholds[key] !== DEFAULT_INSIGHT_THRESHOLDS[key]).length
  return (
    <section className="insights-card thresholds" aria-labelledby={headingId}>
      <h2 id={headingId} className="thresholds-heading">
        <button type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((on) => !on)}>
          <span className="disclosure-mark" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          Gap thresholds
        </button>
      </h2>
      <p className="card-note">
        The numbers the gap rules use. Change one if a gap shows up too early or too late for you.{' '}
        <span className="thresholds-state">{changed === 0 ? 'All at their defaults.' : `${changed} changed from the defaults.`}</span>
      </p>
      {/* A save (or an undo) brings a fresh form holding what is on disk. */}
      {open && <ThresholdsForm key={JSON.stringify(thresholds)} id={panelId} saved={thresholds} mutate={mutate} notify={notify} />}
    </section>
  )
}

function ThresholdsForm({ id, saved, mutate, notify }: Omit<Props, 'thresholds'> & { id: string; saved: InsightThresholds }) {
  const [draft, setDraft] = useState<ThresholdDraft>(() => toDraft(saved))
  const form = useContractForm()
  const { attach: attachForm } = form
  const errors: Errors = form.errors
  const { saving } = form
  const savedDraft = toDraft(saved)
  const defaults = toDraft(DEFAULT_INSIGHT_THRESHOLDS)
  const changed = THRESHOLD_KEYS.some((key) => draft[key] !== savedDraft[key])
  const atDefaults = THRESHOLD_KEYS.every((key) => draft[key] === defaults[key])

  const set = (key: ThresholdKey, value: string) => {
    setDraft((d) => ({ ...d, [key]: value }))
    form.clearError(key)
  }
  /** The form's fields speak percents where the backend speaks fractions: its messages are put in the form's units. */
  const describe = (found: Errors, fallback: string): FormProblem => {
    const count = Object.keys(found).length
    return { fields: found, summary: count > 0 ? problemSummary(count) : fallback }
  }
  const replaceDraft = (next: ThresholdDraft) => {
    setDraft(next)
    form.reset()
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const { patch, errors: notNumbers } = readDraft(draft, saved)
    if (Object.keys(notNumbers).length > 0) {
      // Nothing goes to the backend, but the other fields are checked against the same rules so every problem shows at once.
      const checked = InsightThresholds.partial().safeParse(patch)
      const ranges = checked.success ? {} : thresholdErrors(checked.error.issues.map((i) => ({ path: ['insightThresholds', ...i.path].join('.'), message: i.message })))
      const problem = describe({ ...ranges, ...notNumbers }, '')
      return form.showProblem(problem.fields, problem.summary)
    }
    if (Object.keys(patch).length === 0) {
      replaceDraft(savedDraft)
      return notify('The thresholds already have these values.', 'info')
    }
    void form.submit(
      () => mutate('settings:update', { insightThresholds: patch }),
      () => notify('Gap thresholds saved. The gaps were checked again with them.', 'info'),
      (failure) => describe(thresholdErrors(failure.issues ?? []), failure.message),
    )
  }

  return (
    <form ref={attachForm} id={id} className="thresholds-form" onSubmit={submit} noValidate aria-label="Gap thresholds">
      <FormSummary form={form} />
      <ul className="threshold-rows">
        {THRESHOLD_ROWS.map((row) => (
          <ThresholdRowFields key={row.id} row={row} draft={draft} errors={errors} onChange={set} />
        ))}
      </ul>
      <div className="form-actions">
        <button type="button" onClick={() => replaceDraft(defaults)} disabled={saving || atDefaults}>
          Reset to defaults
        </button>
        <span className="spacer" />
        {changed && (
          <>
            <span className="muted small">Not saved yet</span>
            <button type="button" onClick={() => replaceDraft(savedDraft)} disabled={saving}>
              Discard changes
            </button>
          </>
        )}
        <button type="submit" className="primary" disabled={saving || !changed}>
          {saving ? 'Saving…' : 'Save thresholds'}
        </button>
      </div>
    </form>
  )
}

function ThresholdRowFields(props: { row: ThresholdRow; draft: ThresholdDraft; errors: Errors; onChange: (key: ThresholdKey, value: string) => void }) {
  const { row, draft, errors, onChange } = props
  const baseId = useId()
  const hintId = `${baseId}-hint`
  const problems = rowKeys(row).flatMap((key) => (errors[key] ? [{ key, message: errors[key] }] : []))
  return (
    <li className={problems.length > 0 ? 'threshold has-error' : 'threshold'}>
      <p className="threshold-line">
        <span className="threshold-name">{row.name}:</span>{' '}
        {row.sentence.map((part, i) => {
          if (typeof part === 'string') {
            // A unit stays with the field before it ("[60] %", "[2]×"); a line may break before a field.
            const before = i === 0 ? '' : part.startsWith('×') ? '' : NBSP
            const after = i < row.sentence.length - 1 ? ' ' : ''
            return <span key={i}>{`${before}${part}${after}`}</span>
          }
          const { min, max, step } = thresholdRange(part.key)
          const invalid = Boolean(errors[part.key])
          return (
            <input
              key={part.key}
              type="number"
              inputMode="decimal"
              className="threshold-input"
              aria-label={part.label}
              aria-invalid={invalid}
              aria-describedby={invalid ? `${baseId}-${part.key}-error ${hintId}` : hintId}
              min={min}
              max={max}
              step={step}
              value={draft[part.key]}
              onChange={(e) => onChange(part.key, e.target.value)}
            />
          )
        })}
      </p>
      {problems.map(({ key, message }) => (
        <p key={key} className="field-error" id={`${baseId}-${key}-error`}>
          {message}
        </p>
      ))}
      <p className="field-hint" id={hintId}>
        {row.explanation} {defaultsNote(row)}
      </p>
    </li>
  )
}
