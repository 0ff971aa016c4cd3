import { PLACEHOLDER_LABELS, type Placeholder } from '../../core/outreach/fill-template'
import type { InteractionChannel } from '../../core/schema'
import { EnumSelect } from '../shared/EnumSelect'
import { FormField } from '../shared/FormField'
import { CHANNEL_LABELS } from '../shared/labels'
import { whereToFill } from './compose-draft'

/** How a copied message may have gone out; an e-mail from the mail app is always `email`. */
const COPIED_CHANNELS: readonly InteractionChannel[] = ['email', 'social', 'comment', 'phone', 'other']

/** The values the text still lacks, each with where to fill it; a live region, so filling one is announced. */
export function MissingValues(props: { missing: readonly Placeholder[]; contactName: string }) {
  const { missing } = props
  return (
    <div className={missing.length > 0 ? 'compose-missing callout warn' : 'compose-missing'} role="status">
      {missing.length > 0 && (
        <>
          <p>
            <strong>Still to fill before sending:</strong>
          </p>
          <ul>
            {missing.map((p) => (
              <li key={p}>
                <code>[{PLACEHOLDER_LABELS[p]}]</code> {whereToFill(p, props.contactName)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}

/** After Copy or Open in mail app: mark the message as sent (for a copied one, saying how it went out). */
export function SentStep(props: {
  step: 'copied' | 'mailed'
  channel: InteractionChannel
  onChannel: (channel: InteractionChannel) => void
  sending: boolean
  problem: string | null
  /** What marking does to the plan, e.g. " and marks Ana as asked in your plan"; empty without a plan item. */
  planLine: string
  onMark: () => void
}) {
  return (
    <section className="compose-sent callout" aria-label="Mark as sent">
      <p>
        {props.step === 'mailed' ? 'Sent it from your mail app?' : 'Sent it?'} Mark it as sent: Kith logs it today{props.planLine}.
      </p>
      <div className="compose-sent-row">
        {props.step === 'copied' && (
          <FormField label="Sent by">
            {(a) => <EnumSelect {...a} value={props.channel} options={COPIED_CHANNELS} label={(c) => CHANNEL_LABELS[c]} onChange={props.onChannel} />}
          </FormField>
        )}
        <button type="button" className="primary" disabled={props.sending} onClick={props.onMark}>
          {props.sending ? 'Saving…' : 'Mark as sent'}
        </button>
      </div>
      {props.problem && (
        <p className="field-error" role="alert">
          {props.problem}
        </p>
      )}
    </section>
  )
}
