import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { useModalStack } from './modal-stack'

/**
 * A dialog over the current view: the native <dialog> shown with showModal(), so focus stays inside and
 * the page behind is inert. Escape, the close button or a click outside dismisses it; with
 * `confirmDiscard` (typed input), dismissing first asks, and so does navigating away (see modal-stack.tsx).
 */
export function Modal(props: { title: string; onClose: () => void; children: ReactNode; wide?: boolean; confirmDiscard?: boolean }) {
  const titleId = useId()
  const ref = useRef<HTMLDialogElement>(null)
  const stack = useModalStack()
  // What to do if the user agrees to discard: close this dialog, or leave for somewhere else.
  const [asking, setAsking] = useState<(() => void) | null>(null)
  const requestClose = () => (props.confirmDiscard ? setAsking(() => props.onClose) : props.onClose())
  // The stack asks about this dialog later, from outside React: it must see the current props.
  const latest = useRef(props)
  useEffect(() => {
    latest.current = props
  })

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    dialog.showModal()
    // The first field rather than the close button: most dialogs are forms.
    dialog.querySelector<HTMLElement>('input, select, textarea, button:not(.modal-close)')?.focus()
    const unregister = stack.register({
      isDirty: () => Boolean(latest.current.confirmDiscard),
      askDiscard: (onDiscard) => setAsking(() => onDiscard),
      close: () => latest.current.onClose(),
    })
    return () => {
      unregister()
      dialog.close()
      previous?.focus()
    }
  }, [stack])

  return (
    // The native dialog handles Escape (its cancel event) and keeps focus inside; a click on its own
    // element, outside the content, is a click on the backdrop.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={ref}
      className={props.wide ? 'modal wide' : 'modal'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        requestClose()
      }}
      onClick={(event) => event.target === event.currentTarget && requestClose()}
    >
      <div className="modal-body">
        <header className="modal-header">
          <h2 id={titleId}>{props.title}</h2>
          <button type="button" className="modal-close" aria-label="Close" onClick={requestClose}>
            ×
          </button>
        </header>
        {asking && (
          <div className="discard-bar" role="alertdialog" aria-label="Discard changes?">
            <span>Discard what you have typed?</span>
            <button type="button" className="danger" onClick={asking}>
              Discard
            </button>
            <button type="button" onClick={() => setAsking(null)}>
              Keep editing
            </button>
          </div>
        )}
        {props.children}
      </div>
    </dialog>
  )
}
