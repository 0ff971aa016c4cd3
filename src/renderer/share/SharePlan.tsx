import { useId, useMemo, useState } from 'react'
import type { IsoDate } from '../../core/dates'
import type { NetworkFile } from '../../core/network-file'
import { mailtoLink } from '../../core/outreach/mailto'
import { sharedPlanFrom } from '../../core/outreach/shared-plan-from'
import { sharePlanMarkdown, sharePlanSubject, sharePlanText } from '../../core/outreach/share-plan'
import { formatNumber } from '../shared/format'
import type { Mutate, Notify } from '../shared/view-props'
import { PartnerForm } from '../shared/PartnerForm'
import './share.css'

type Format = 'text' | 'markdown'
const FORMATS: readonly { value: Format; label: string; hint: string }[] = [
  { value: 'text', label: 'Text', hint: 'for e-mail and messages' },
  { value: 'markdown', label: 'Markdown', hint: 'for notes apps and chat' },
]

/**
 * "Share my plan": the coming months and last month's results as text, to copy or to send to the
 * accountability partner by e-mail. Without a partner (or without their address) it says so and offers
 * to set one here, so the user need not leave the dialog.
 */
export function SharePlan(props: { network: NetworkFile; today: IsoDate; mutate: Mutate; notify: Notify; onDirtyChange: (dirty: boolean) => void }) {
  const { network, today, mutate, notify, onDirtyChange } = props
  const partner = network.settings.partner
  const [format, setFormat] = useState<Format>('text')
  const [copied, setCopied] = useState<string | null>(null)
  const [copyProblem, setCopyProblem] = useState<string | null>(null)
  const [settingPartner, setSettingPartner] = useState(false)
  const formatName = useId()
  const previewId = useId()

  const input = useMemo(() => sharedPlanFrom(network, today), [network, today])
  const text = format === 'text' ? sharePlanText(input) : sharePlanMarkdown(input)
  const mailto = partner?.email ? mailtoLink(partner.email, sharePlanSubject(input), text) : null

  const copy = async () => {
    setCopied(null)
    setCopyProblem(null)
    try {
      await navigator.clipboard.writeText(text)
      setCopied(partner ? `Copied. Paste it into a message to ${partner.name}.` : 'Copied. Paste it wherever you share your plan.')
    } catch {
      setCopyProblem('Kith could not reach the clipboard. Select the text above and copy it with Ctrl+C (⌘C on a Mac).')
    }
  }

  return (
    <div className="share-plan">
      <fieldset className="share-format">
        <legend>Format</legend>
        {FORMATS.map((f) => (
          <label key={f.value} className="check">
            <input
              type="radio"
              name={formatName}
              value={f.value}
              checked={format === f.value}
              onChange={() => {
                setFormat(f.value)
                setCopied(null)
              }}
            />
            {f.label} <span className="muted small">{f.hint}</span>
          </label>
        ))}
      </fieldset>

      <div className="field">
        <label htmlFor={previewId}>Your plan, as it will be shared</label>
        <textarea id={previewId} className="share-preview" readOnly value={text} rows={14} spellCheck={false} />
      </div>

      {copyProblem && (
        <p className="callout error" role="alert">
          {copyProblem}
        </p>
      )}
      {mailto?.long && (
        <p className="callout warn">
          The plan makes a long mail link ({formatNumber(mailto.url.length)} characters); some mail apps cut it short. If it arrives incomplete,
          copy it instead.
        </p>
      )}

      {settingPartner ? (
        <div className="share-partner">
          <h3>{partner ? `Change your accountability partner` : 'Add an accountability partner'}</h3>
          <PartnerForm
            partner={partner}
            mutate={mutate}
            notify={notify}
            onDirtyChange={onDirtyChange}
            onSaved={() => setSettingPartner(false)}
            onCancel={() => {
              onDirtyChange(false)
              setSettingPartner(false)
            }}
          />
        </div>
      ) : !partner ? (
        <p className="callout share-partner-hint">
          You have no accountability partner yet. Add one to send them your plan by e-mail; you can also set them in Your profile.{' '}
          <button type="button" className="link" onClick={() => setSettingPartner(true)}>
            Add a partner
          </button>
        </p>
      ) : (
        !mailto && (
          <p className="callout share-partner-hint">
            {partner.email
              ? `Kith cannot make a mail link for ${partner.email}: copy the plan and send it yourself, or check the address.`
              : `Kith has no e-mail address for ${partner.name}: copy the plan and send it where you usually talk.`}{' '}
            <button type="button" className="link" onClick={() => setSettingPartner(true)}>
              {partner.email ? 'Change the address' : 'Add their address'}
            </button>
          </p>
        )
      )}

      <div className="form-actions share-actions">
        <p className="share-copied" role="status">
          {copied}
        </p>
        <span className="spacer" />
        <button type="button" className={mailto ? undefined : 'primary'} onClick={() => void copy()}>
          Copy
        </button>
        {mailto && partner && (
          <a className="share-send" href={mailto.url}>
            Send to {partner.name}
          </a>
        )}
      </div>
    </div>
  )
}
