import { call } from '../client/backend-client'
import type { Mutate, Notify } from '../shared/view-props'
import type { DoneMerge } from './MergeDialog'

/**
 * Says a merge landed, with an Undo right there. Undo takes back the last change, so it first checks that
 * the merge still is the last change; otherwise it says so rather than undoing something else.
 */
export function MergeNotice(props: { done: DoneMerge; mutate: Mutate; notify: Notify; onClose: () => void }) {
  const { done, mutate, notify, onClose } = props
  const undo = async () => {
    onClose()
    const status = await call('history:status', {})
    if (!status.ok) return notify(status.error.message)
    if (status.value.undo !== done.label) return notify('Something else changed since the merge. Use Undo in the sidebar to step back through the changes.')
    const result = await mutate('history:undo', {})
    if (result.ok) notify(`Undone: ${done.label}.`, 'info')
    else notify(result.error.message)
  }
  return (
    <div className="merge-notice" role="status">
      <span>{done.message}</span>
      <button type="button" onClick={() => void undo()}>
        Undo
      </button>
      <button type="button" className="dismiss" aria-label="Dismiss" onClick={onClose}>
        ×
      </button>
    </div>
  )
}
