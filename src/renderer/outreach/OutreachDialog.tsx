import { useEffect, useRef, useState } from 'react'
import type { IsoDate } from '../../core/dates'
import type { NetworkFile } from '../../core/network-file'
import { Modal } from '../shared/Modal'
import type { Mutate, Notify } from '../shared/view-props'
import { Composer } from './Composer'
import { openPlanItem, planItemById } from './compose-draft'
import { TemplatesManager } from './TemplatesManager'
import './outreach.css'

/**
 * The composer's dialog, with the templates manager one step away inside it: the message being written
 * stays as it was while the user edits a template, and picks up the change when it still follows the template.
 */
export function OutreachDialog(props: { network: NetworkFile; today: IsoDate; mutate: Mutate; notify: Notify; contactId: string; planItemId?: string | undefined; templateId?: string | undefined; onClose: () => void }) {
  const { network, today } = props
  const [contactId, setContactId] = useState(props.contactId)
  const [mode, setMode] = useState<'compose' | 'templates'>('compose')
  const [composerDirty, setComposerDirty] = useState(false)
  const [templatesDirty, setTemplatesDirty] = useState(false)
  const composeRef = useRef<HTMLDivElement>(null)
  const visited = useRef(false)
  // Back from the templates, the focus returns to the link that went there (the dialog itself focuses its first field on opening).
  useEffect(() => {
    if (mode === 'templates') visited.current = true
    else if (visited.current) composeRef.current?.querySelector<HTMLElement>('.compose-manage button')?.focus()
  }, [mode])
  const contact = network.contacts.find((c) => c.id === contactId)
  // The item asked for, while the message is still to its person; otherwise their open item around now.
  const given = props.planItemId ? planItemById(network.plan, props.planItemId) : null
  const placed = given && given.item.contactId === contactId ? given : openPlanItem(network.plan, contactId, today)

  return (
    <Modal title={mode === 'templates' ? 'Message templates' : contact ? `Write to ${contact.name}` : 'Write a message'} onClose={props.onClose} wide confirmDiscard={composerDirty || templatesDirty}>
      <div ref={composeRef} hidden={mode !== 'compose'}>
        <Composer
          network={network}
          today={today}
          mutate={props.mutate}
          notify={props.notify}
          contactId={contactId}
          templateId={props.templateId}
          onContactChange={setContactId}
          placed={placed}
          onDirtyChange={setComposerDirty}
          onManageTemplates={() => setMode('templates')}
          onSent={props.onClose}
        />
      </div>
      {mode === 'templates' && (
        <TemplatesManager
          network={network}
          mutate={props.mutate}
          notify={props.notify}
          onDirtyChange={setTemplatesDirty}
          onBack={() => {
            setTemplatesDirty(false)
            setMode('compose')
          }}
        />
      )}
    </Modal>
  )
}
