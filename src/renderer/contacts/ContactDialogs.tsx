import { useState } from 'react'
import type { Category } from '../../core/categories'
import type { NetworkFile } from '../../core/network-file'
import type { Mutate } from '../app/use-kith'
import type { ViewProps } from '../app/view-props'
import { InteractionForm } from '../interactions/InteractionForm'
import { Modal } from '../ui/Modal'
import { ContactForm, type FormOutcome } from './ContactForm'

/** Which contact dialog is open, if any. */
export type ContactDialog =
  | { kind: 'add'; /** Categories ticked from the start, e.g. when a gap asks for someone from another industry. */ categories?: Category[] }
  | { kind: 'edit'; id: string }
  | { kind: 'log'; contactIds: string[] }
  | { kind: 'edit-interaction'; id: string }

/** The add, edit, log-interaction and edit-interaction dialogs, shared by every view that offers them. */
export function ContactDialogs(props: {
  dialog: ContactDialog | null
  network: NetworkFile
  mutate: Mutate
  notify: ViewProps['notify']
  onClose: () => void
  onContactDone?: (outcome: FormOutcome) => void
}) {
  const { dialog, network, mutate, notify } = props
  const [dirty, setDirty] = useState(false)
  const onClose = () => {
    setDirty(false)
    props.onClose()
  }
  if (!dialog) return null
  if (dialog.kind === 'log') {
    return (
      <Modal title="Log an interaction" onClose={onClose} wide confirmDiscard={dirty}>
        <InteractionForm network={network} initialContactIds={dialog.contactIds} mutate={mutate} onDone={onClose} onDirtyChange={setDirty} />
      </Modal>
    )
  }
  if (dialog.kind === 'edit-interaction') {
    const interaction = network.interactions.find((i) => i.id === dialog.id)
    if (!interaction) return null
    return (
      <Modal title="Edit interaction" onClose={onClose} wide confirmDiscard={dirty}>
        <InteractionForm
          network={network}
          interaction={interaction}
          mutate={mutate}
          onDirtyChange={setDirty}
          onDone={(outcome) => {
            onClose()
            if (outcome === 'saved') notify('Interaction updated.', 'info')
          }}
        />
      </Modal>
    )
  }
  const editing = dialog.kind === 'edit' ? network.contacts.find((c) => c.id === dialog.id) : undefined
  if (dialog.kind === 'edit' && !editing) return null
  return (
    <Modal title={editing ? `Edit ${editing.name}` : 'New contact'} onClose={onClose} wide confirmDiscard={dirty}>
      <ContactForm
        network={network}
        {...(editing ? { contact: editing } : {})}
        {...(dialog.kind === 'add' && dialog.categories ? { initialCategories: dialog.categories } : {})}
        mutate={mutate}
        onDirtyChange={setDirty}
        onDone={(outcome) => {
          onClose()
          props.onContactDone?.(outcome)
        }}
      />
    </Modal>
  )
}
