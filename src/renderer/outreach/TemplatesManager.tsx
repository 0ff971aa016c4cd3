import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import { PLACEHOLDERS } from '../../core/outreach/fill-template'
import { listTemplates, TEMPLATE_KINDS, type ListedTemplate, type TemplateKind } from '../../core/outreach/templates'
import type { NetworkFile } from '../../core/network-file'
import { FormActions, FormSummary, useContractForm } from '../shared/contract-form'
import { EnumSelect } from '../shared/EnumSelect'
import { FormField } from '../shared/FormField'
import type { Mutate, Notify } from '../shared/view-props'
import { groupTemplates, TEMPLATE_KIND_LABELS } from './compose-draft'

/**
 * The message templates: Kith's (editable, and reset to Kith's text) and the user's own (added, edited,
 * deleted). Every change is one undo step.
 */
export function TemplatesManager(props: { network: NetworkFile; mutate: Mutate; notify: Notify; onDirtyChange: (dirty: boolean) => void; onBack: () => void }) {
  const { network, mutate, notify, onDirtyChange } = props
  const templates = useMemo(() => listTemplates(network.templates), [network.templates])
  const groups = useMemo(() => groupTemplates(templates), [templates])
  // The template being edited; 'new' while adding one.
  const [editing, setEditing] = useState<ListedTemplate | 'new' | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  // The list and the form replace each other in the dialog: each takes the focus (and the scroll to the top) when it appears.
  const listTop = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (!editing) listTop.current?.focus()
  }, [editing])

  const finish = (message?: string) => {
    setEditing(null)
    onDirtyChange(false)
    if (message) notify(message, 'info')
  }
  const run = async (template: ListedTemplate, action: 'delete' | 'reset') => {
    setProblem(null)
    const result = action === 'delete' ? await mutate('templates:delete', { id: template.id }) : await mutate('templates:reset', { id: template.id })
    if (!result.ok) return setProblem(result.error.message)
    notify(action === 'delete' ? `Deleted the template “${template.name}”. Undo with Ctrl+Z.` : `“${template.name}” has Kith’s text again. Undo with Ctrl+Z.`, 'info')
  }

  if (editing) {
    return (
      <TemplateForm
        template={editing === 'new' ? null : editing}
        mutate={mutate}
        onDirtyChange={onDirtyChange}
        onDone={(saved) => finish(saved ? `Saved the template “${saved}”.` : undefined)}
      />
    )
  }
  return (
    <div className="templates-manager">
      <div className="templates-head">
        <button ref={listTop} type="button" onClick={props.onBack}>
          ← Back to the message
        </button>
        <span className="spacer" />
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          Add a template
        </button>
      </div>
      {problem && (
        <p className="callout error" role="alert">
          {problem}
        </p>
      )}
      {groups.map((g) => (
        <section key={g.kind} className="template-group" aria-label={g.label}>
          <h3>{g.label}</h3>
          <ul className="template-list">
            {g.templates.map((t) => (
              <li key={t.id}>
                <div className="template-name">
                  <strong>{t.name}</strong>
                  {t.origin === 'own' ? <span className="tag-pill good">yours</span> : t.edited && <span className="tag-pill">edited</span>}
                  <span className="small template-time">
                    <span className="muted">Time asked:</span> {t.timeAsked}
                  </span>
                </div>
                <div className="template-actions">
                  <button type="button" aria-label={`Edit ${t.name}`} onClick={() => setEditing(t)}>
                    Edit
                  </button>
                  {t.origin === 'own' && (
                    <button type="button" className="danger subtle" aria-label={`Delete ${t.name}`} onClick={() => void run(t, 'delete')}>
                      Delete
                    </button>
                  )}
                  {t.edited && (
                    <button type="button" aria-label={`Reset ${t.name} to Kith’s text`} onClick={() => void run(t, 'reset')}>
                      Reset to Kith’s text
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}

interface Draft {
  name: string
  kind: TemplateKind
  timeAsked: string
  subject: string
  body: string
}

const BLANK: Draft = { name: '', kind: 'request', timeAsked: '20 minutes, by video or phone', subject: '', body: 'Hi {firstName},\n\n\n\nBest wishes,\n{myName}' }

/** Adding a template, or editing one; a built-in keeps its name and kind, only its words change. */
function TemplateForm(props: { template: ListedTemplate | null; mutate: Mutate; onDirtyChange: (dirty: boolean) => void; onDone: (savedName: string | null) => void }) {
  const { template, mutate, onDirtyChange } = props
  const [draft, setDraft] = useState<Draft>(() => (template ? { name: template.name, kind: template.kind, timeAsked: template.timeAsked, subject: template.subject, body: template.body } : BLANK))
  const form = useContractForm()
  const { attach } = form
  const builtIn = template?.origin === 'built-in'
  const change = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }))
    for (const key of Object.keys(patch)) form.clearError(key)
    onDirtyChange(true)
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const saved = () => props.onDone(draft.name.trim())
    if (!template) return void form.submit(() => mutate('templates:create', draft), saved)
    const patch = builtIn ? { timeAsked: draft.timeAsked, subject: draft.subject, body: draft.body } : draft
    void form.submit(() => mutate('templates:update', { id: template.id, patch }), saved)
  }
  const label = template ? `Edit ${template.name}` : 'New template'
  const firstField = useRef<HTMLFormElement | null>(null)
  useEffect(() => {
    firstField.current?.querySelector<HTMLElement>('input, textarea')?.focus()
  }, [])
  return (
    <form
      ref={(element) => {
        attach(element)
        firstField.current = element
      }}
      className="template-form"
      onSubmit={submit}
      noValidate
      aria-label={label}
    >
      <h3>{label}</h3>
      <FormSummary form={form} />
      {builtIn && <p className="muted small">One of Kith’s templates: your version replaces it until you reset it to Kith’s text.</p>}
      {!builtIn && (
        <div className="form-grid">
          <FormField label="Name" error={form.errors.name}>
            {(a) => <input {...a} value={draft.name} onChange={(e) => change({ name: e.target.value })} />}
          </FormField>
          <FormField label="Kind" error={form.errors.kind}>
            {(a) => <EnumSelect {...a} value={draft.kind} options={TEMPLATE_KINDS} label={(k) => TEMPLATE_KIND_LABELS[k]} onChange={(kind) => change({ kind })} />}
          </FormField>
        </div>
      )}
      <FormField label="Time asked" error={form.errors.timeAsked} hint="Say what you ask for, e.g. “20 minutes, by video”: people say yes to a small, clear request.">
        {(a) => <input {...a} value={draft.timeAsked} onChange={(e) => change({ timeAsked: e.target.value })} />}
      </FormField>
      <FormField label="Subject" error={form.errors.subject}>
        {(a) => <input {...a} value={draft.subject} onChange={(e) => change({ subject: e.target.value })} />}
      </FormField>
      <FormField label="Message" error={form.errors.body} hint={`Placeholders Kith fills in: ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.`}>
        {(a) => <textarea {...a} rows={10} value={draft.body} onChange={(e) => change({ body: e.target.value })} />}
      </FormField>
      <FormActions saving={form.saving} submitLabel={template ? 'Save template' : 'Add template'} onCancel={() => props.onDone(null)} />
    </form>
  )
}
