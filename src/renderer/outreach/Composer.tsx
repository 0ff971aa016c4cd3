import { useMemo, useState } from 'react'
import type { IsoDate } from '../../core/dates'
import { composeMessage, mailtoForEdited } from '../../core/outreach/compose'
import { firstNameOf, midSentence, unfilledMarkers } from '../../core/outreach/fill-template'
import { listTemplates } from '../../core/outreach/templates'
import type { NetworkFile } from '../../core/network-file'
import type { ContactId, InteractionChannel } from '../../core/schema'
import { PLAN_STATUS_LABELS } from '../../core/plan-schema'
import { formatNumber, writtenMonth } from '../../core/wording'
import { FormField } from '../shared/FormField'
import { CHANNEL_LABELS } from '../shared/labels'
import type { Mutate, Notify } from '../shared/view-props'
import { ChooseContact } from './ChooseContact'
import { MissingValues, SentStep } from './compose-steps'
import { clipboardText, groupTemplates, type PlacedItem } from './compose-draft'

interface Text {
  readonly subject: string
  readonly body: string
}

/**
 * Writing to one contact: a template filled with what Kith knows and what the user types, then edited
 * freely, copied or opened in the mail app, and marked as sent (logged, and the plan item asked).
 */
export function Composer(props: {
  network: NetworkFile
  today: IsoDate
  mutate: Mutate
  notify: Notify
  contactId: string
  /** The template to start from; the first one otherwise. */
  templateId?: string | undefined
  onContactChange: (id: string) => void
  /** The plan item the message is for, if any. */
  placed: PlacedItem | null
  onDirtyChange: (dirty: boolean) => void
  onManageTemplates: () => void
  onSent: () => void
}) {
  const { network, mutate, notify, placed, onDirtyChange } = props
  const templates = useMemo(() => listTemplates(network.templates), [network.templates])
  const groups = useMemo(() => groupTemplates(templates), [templates])
  const [templateId, setTemplateId] = useState(() => props.templateId ?? templates[0]?.id ?? '')
  // A template deleted meanwhile (in the manager) falls back to the first.
  const template = templates.find((t) => t.id === templateId) ?? templates[0]
  const [topic, setTopic] = useState('')
  const [timeAsked, setTimeAsked] = useState<string | null>(null)
  // How we met, as it reads after "We know each other from …": the contact's note until the user rewords it here.
  const [howWeMet, setHowWeMet] = useState<string | null>(null)
  // The text as the user changed it by hand; null while it follows the template and the fields.
  const [edited, setEdited] = useState<Text | null>(null)
  const [askRefill, setAskRefill] = useState(false)
  const [step, setStep] = useState<null | 'copied' | 'mailed'>(null)
  const [copyProblem, setCopyProblem] = useState<string | null>(null)
  const contact = network.contacts.find((c) => c.id === props.contactId)
  const [channel, setChannel] = useState<InteractionChannel>(() => (contact?.email ? 'email' : 'social'))
  const [sending, setSending] = useState(false)
  const [sendProblem, setSendProblem] = useState<string | null>(null)

  if (!contact || !template) return <p className="callout error">This contact is no longer in your network. Close this and choose someone else.</p>

  const time = timeAsked ?? template.timeAsked
  const how = howWeMet ?? midSentence(contact.howMet)
  const usesHowWeMet = /\{howWeMet\}/.test(`${template.subject}\n${template.body}`)
  const composed = composeMessage(template, contact, network.me, { topic, timeAsked: time, howWeMet: how })
  const subject = edited?.subject ?? composed.subject
  const body = edited?.body ?? composed.body
  const missing = unfilledMarkers(`${subject}\n${body}`)
  const mailto = mailtoForEdited(contact, subject, body)
  const firstName = firstNameOf(contact.name) || contact.name
  // Only a planned item moves to asked; one further along keeps its status (the backend does the same).
  const asks = placed?.item.status === 'planned'

  /** A field changed: the text follows it, unless the user edited the text by hand; then ask first. */
  const changeField = (apply: () => void) => {
    apply()
    onDirtyChange(true)
    if (edited) setAskRefill(true)
  }
  const editText = (patch: Partial<Text>) => {
    setEdited({ subject, body, ...patch })
    onDirtyChange(true)
  }

  const copy = async () => {
    setCopyProblem(null)
    try {
      await navigator.clipboard.writeText(clipboardText(subject, body))
      setStep('copied')
    } catch {
      setCopyProblem('Kith could not reach the clipboard. Select the text below and copy it with Ctrl+C (⌘C on a Mac).')
    }
  }

  const markSent = async () => {
    setSending(true)
    setSendProblem(null)
    const how: InteractionChannel = step === 'mailed' ? 'email' : channel
    const result = await mutate('outreach:sent', { contactId: contact.id as ContactId, planItemId: placed ? placed.item.id : null, subject, channel: how })
    setSending(false)
    if (!result.ok) return setSendProblem(result.error.message)
    const planned = asks && result.value.item?.status === 'contacted' ? ` and marked ${firstName} as asked in your plan` : ''
    notify(`Logged the ${CHANNEL_LABELS[how].toLowerCase()} to ${contact.name}${planned}. Undo with Ctrl+Z.`, 'info')
    props.onSent()
  }

  return (
    <div className="composer">
      <div className="compose-to">
        <ChooseContact
          contacts={network.contacts}
          chosen={contact}
          onChoose={(id) =>
            changeField(() => {
              props.onContactChange(id)
              setStep(null)
            })
          }
        />
        {placed && (
          <p className="muted small compose-plan">
            In your plan for {writtenMonth(placed.month)}
            {placed.item.purpose ? `: ${placed.item.purpose}` : ''}.{' '}
            {asks ? 'Marking this as sent marks them asked.' : `Their plan status is already “${PLAN_STATUS_LABELS[placed.item.status]}”.`}
          </p>
        )}
      </div>

      <div className="compose-fields">
        <FormField label="Template">
          {(a) => (
            <select {...a} value={template.id} onChange={(e) => changeField(() => setTemplateId(e.target.value))}>
              {groups.map((g) => (
                <optgroup key={g.kind} label={g.label}>
                  {g.templates.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                      {t.origin === 'own' ? ' (yours)' : t.edited ? ' (edited)' : ''}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </FormField>
        <FormField label="Topic" hint="What you want to talk about, e.g. “moving our team to remote work”.">
          {(a) => <input {...a} value={topic} onChange={(e) => changeField(() => setTopic(e.target.value))} />}
        </FormField>
        <FormField label="Time asked" hint="From the template; change it to suit.">
          {(a) => <input {...a} value={time} onChange={(e) => changeField(() => setTimeAsked(e.target.value))} />}
        </FormField>
        {usesHowWeMet && (
          <FormField label="How we met" hint="Finishes “We know each other from …”, e.g. “the Lisbon product meetup”. From their contact; reword it here.">
            {(a) => <input {...a} value={how} onChange={(e) => changeField(() => setHowWeMet(e.target.value))} />}
          </FormField>
        )}
      </div>
      <p className="compose-manage">
        <button type="button" className="link small" onClick={props.onManageTemplates}>
          Edit templates or write your own…
        </button>
      </p>

      {askRefill && edited && (
        <div className="callout warn compose-refill" role="group" aria-label="Replace the text?">
          <span>You changed the text by hand. Fill it again from the template with the new values? Your edits to the text would be lost.</span>
          <button
            type="button"
            onClick={() => {
              setEdited(null)
              setAskRefill(false)
            }}
          >
            Fill again
          </button>
          <button type="button" onClick={() => setAskRefill(false)}>
            Keep my text
          </button>
        </div>
      )}

      <FormField label="Subject">{(a) => <input {...a} value={subject} onChange={(e) => editText({ subject: e.target.value })} />}</FormField>
      <FormField label="Message">{(a) => <textarea {...a} rows={10} value={body} onChange={(e) => editText({ body: e.target.value })} />}</FormField>

      <MissingValues missing={missing} contactName={contact.name} />

      {!mailto && (
        <p className="callout compose-no-email">
          No e-mail address for {contact.name}: copy the text and send it where you usually talk.
        </p>
      )}
      {mailto?.long && (
        <p className="callout warn">
          This message makes a long mail link ({formatNumber(mailto.url.length)} characters); some mail apps cut it short. If the text arrives
          incomplete, copy it instead.
        </p>
      )}
      {copyProblem && (
        <p className="callout error" role="alert">
          {copyProblem}
        </p>
      )}

      <div className="form-actions compose-actions">
        <span className="spacer" />
        <button type="button" className={mailto ? undefined : 'primary'} onClick={() => void copy()}>
          Copy
        </button>
        {mailto && (
          <a className="button primary" href={mailto.url} onClick={() => setStep('mailed')}>
            Open in mail app
          </a>
        )}
      </div>
      <p className="compose-done" role="status">
        {step === 'copied' ? 'Copied to the clipboard.' : step === 'mailed' ? 'Opened in your mail app.' : ''}
      </p>

      {step && (
        <SentStep
          step={step}
          channel={channel}
          onChannel={setChannel}
          sending={sending}
          problem={sendProblem}
          planLine={asks ? ` and marks ${firstName} as asked in your plan` : ''}
          onMark={() => void markSent()}
        />
      )}
    </div>
  )
}
