import { useMemo, useState, type ReactNode } from 'react'
import { ContactForm } from '../contacts/ContactForm'
import { InteractionForm } from '../interactions/InteractionForm'
import { PrepBrief } from '../outreach-brief/PrepBrief'
import { DialogsContext, type DialogRequest, type Dialogs } from '../shared/dialogs'
import { OutreachDialog } from '../outreach/OutreachDialog'
import { Modal } from '../shared/Modal'
import { SharePlan } from '../share/SharePlan'
import type { ViewProps } from '../shared/view-props'

/**
 * The one host of the dialogs any view opens (add or edit a contact, log or correct an interaction):
 * views ask through useDialogs().open(…), and the dialog lives here, above them, so it is the same
 * whichever view asked and survives a change of view.
 */
export function DialogHost(props: ViewProps & { children: ReactNode }) {
  const { network, mutate, notify, today, children } = props
  const [request, setRequest] = useState<DialogRequest | null>(null)
  const [dirty, setDirty] = useState(false)
  const dialogs = useMemo<Dialogs>(() => ({ open: (next) => setRequest(next) }), [])
  const close = () => {
    setDirty(false)
    setRequest(null)
  }

  let dialog: ReactNode = null
  if (request?.kind === 'log') {
    dialog = (
      <Modal title="Log an interaction" onClose={close} wide confirmDiscard={dirty}>
        <InteractionForm
          network={network}
          today={today}
          initialContactIds={request.contactIds}
          mutate={mutate}
          onDirtyChange={setDirty}
          onDone={(outcome) => {
            close()
            if (outcome === 'saved') request.onSaved?.()
          }}
        />
      </Modal>
    )
  } else if (request?.kind === 'edit-interaction') {
    const interaction = network.interactions.find((i) => i.id === request.id)
    dialog = interaction && (
      <Modal title="Edit interaction" onClose={close} wide confirmDiscard={dirty}>
        <InteractionForm
          network={network}
          today={today}
          interaction={interaction}
          mutate={mutate}
          onDirtyChange={setDirty}
          onDone={(outcome) => {
            close()
            if (outcome === 'saved') notify('Interaction updated.', 'info')
          }}
        />
      </Modal>
    )
  } else if (request?.kind === 'share-plan') {
    dialog = (
      <Modal title="Share my plan" onClose={close} wide confirmDiscard={dirty}>
        <SharePlan network={network} today={today} mutate={mutate} notify={notify} onDirtyChange={setDirty} />
      </Modal>
    )
  } else if (request?.kind === 'compose') {
    dialog = <OutreachDialog network={network} today={today} mutate={mutate} notify={notify} contactId={request.contactId} planItemId={request.planItemId} templateId={request.templateId} onClose={close} />
  } else if (request?.kind === 'brief') {
    const contact = network.contacts.find((c) => c.id === request.contactId)
    dialog = (
      <Modal title={contact ? `Meeting prep: ${contact.name}` : 'Meeting prep'} onClose={close} wide>
        {contact ? (
          <PrepBrief network={network} contact={contact} today={today} {...(request.planItemId ? { planItemId: request.planItemId } : {})} />
        ) : (
          <p>That contact is no longer in your network.</p>
        )}
      </Modal>
    )
  } else if (request?.kind === 'add-contact' || request?.kind === 'edit-contact') {
    const editing = request.kind === 'edit-contact' ? network.contacts.find((c) => c.id === request.id) : undefined
    dialog = (request.kind === 'add-contact' || editing) && (
      <Modal title={editing ? `Edit ${editing.name}` : 'New contact'} onClose={close} wide confirmDiscard={dirty}>
        <ContactForm
          network={network}
          today={today}
          {...(editing ? { contact: editing } : {})}
          {...(request.kind === 'add-contact' && request.categories ? { initialCategories: request.categories } : {})}
          mutate={mutate}
          onDirtyChange={setDirty}
          onDone={(outcome) => {
            close()
            if (outcome.kind === 'saved') request.onSaved?.(outcome.contact)
            if (outcome.kind === 'deleted' && request.kind === 'edit-contact') request.onDeleted?.()
          }}
        />
      </Modal>
    )
  }

  return (
    <DialogsContext value={dialogs}>
      {children}
      {dialog}
    </DialogsContext>
  )
}
