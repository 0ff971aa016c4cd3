import { useId, useState } from 'react'
import type { Partner } from '../../core/schema'
import { useDialogs } from '../shared/dialogs'
import type { Mutate, Notify } from '../shared/view-props'
import { PartnerForm } from '../shared/PartnerForm'

/**
 * The accountability partner in the profile: who they are, and the way to share the plan with them.
 * Removing them is one undo step, so it does not ask first.
 */
export function PartnerCard(props: { partner: Partner | null; mutate: Mutate; notify: Notify }) {
  const { partner, mutate, notify } = props
  const headingId = useId()
  const dialogs = useDialogs()
  const [editing, setEditing] = useState(false)
  const [removing, setRemoving] = useState(false)

  const remove = async () => {
    if (!partner) return
    setRemoving(true)
    const result = await mutate('settings:update', { partner: null })
    setRemoving(false)
    if (result.ok) notify(`${partner.name} is no longer your accountability partner. Undo with Ctrl+Z.`, 'info')
    else notify(`Your partner was not removed: ${result.error.message}`)
  }

  return (
    <section className="profile-card partner-card" aria-labelledby={headingId}>
      <h2 id={headingId}>Accountability partner</h2>
      <p className="muted">
        Someone you tell about your networking plan each month. Knowing they will ask makes it easier to keep going.
      </p>
      {partner && !editing ? (
        <>
          <p className="partner-who">
            <strong>{partner.name}</strong>
            {partner.email ? <span className="muted"> · {partner.email}</span> : <span className="muted"> · no e-mail address</span>}
          </p>
          <div className="form-actions">
            <button type="button" className="primary" onClick={() => dialogs.open({ kind: 'share-plan' })}>
              Share my plan…
            </button>
            <span className="spacer" />
            <button type="button" onClick={() => setEditing(true)}>
              Change
            </button>
            <button type="button" className="danger subtle" onClick={() => void remove()} disabled={removing}>
              {removing ? 'Removing…' : 'Remove'}
            </button>
          </div>
        </>
      ) : (
        <>
          <PartnerForm
            key={partner ? `${partner.name}\n${partner.email}` : 'new'}
            partner={partner}
            mutate={mutate}
            notify={notify}
            onSaved={() => setEditing(false)}
            {...(editing ? { onCancel: () => setEditing(false) } : {})}
          />
          {!partner && (
            <p className="muted small partner-share-alone">
              No partner yet? You can still{' '}
              <button type="button" className="link" onClick={() => dialogs.open({ kind: 'share-plan' })}>
                copy your plan to share it
              </button>
              .
            </p>
          )}
        </>
      )}
    </section>
  )
}
