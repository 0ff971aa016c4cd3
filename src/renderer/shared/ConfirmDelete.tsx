import { useState, type ReactNode } from 'react'
import { Modal } from './Modal'

/**
 * The one "delete this?" dialog: what goes (children), the reminder that Undo brings it back, and a delete
 * button that works once (a second click while saving would try to delete something already gone).
 */
export function ConfirmDelete(props: {
  title: string
  children: ReactNode
  confirmLabel: string
  error?: string | null
  onCancel: () => void
  onConfirm: () => Promise<void>
}) {
  const [busy, setBusy] = useState(false)
  return (
    <Modal title={props.title} onClose={props.onCancel}>
      <div className="confirm-body">
        {props.children}
        <p className="muted small">Changed your mind afterwards? Undo in the sidebar brings it back.</p>
      </div>
      {props.error && (
        <p className="callout error" role="alert">
          {props.error}
        </p>
      )}
      <div className="form-actions">
        <span className="spacer" />
        <button type="button" onClick={props.onCancel}>
          Keep it
        </button>
        <button
          type="button"
          className="danger"
          disabled={busy}
          onClick={() => {
            setBusy(true)
            void props.onConfirm().finally(() => setBusy(false))
          }}
        >
          {busy ? 'Deleting…' : props.confirmLabel}
        </button>
      </div>
    </Modal>
  )
}
