import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { focusMainHeading, wrapTab } from './focus'
import { useModalStack } from './modal-stack'

/**
 * A dialog over the current view: the native <dialog> shown with showModal(), so the page behind is inert;
 * Tab and Shift+Tab go round inside it (the browser alone would let them out to its own controls). On
 * closing, the focus goes back where it was, or to the view's heading when that is gone. Escape, the close button or a click outside dismisses it; with
 * `confirmDiscard` (typed input), dismissing first asks (focus on "Keep editing", the safe answer), and so
 * does navigating away (see modal-stack.tsx).
 */
export function Modal(props: { title: string; onClose: () => void; children: ReactNode; wide?: boolean; confirmDiscard?: boolean }) {
  const titleId = useId()
  const ref = useRef<HTMLDialogElement>(null)
  const keepRef = useRef<HTMLButtonElement>(null)
  const stack = useModalStack()
  // The stack asks about this dialog later, from outside React: it must see the current props.
  const latest = useRef(props)
  useEffect(() => {
    latest.current = props
  })
  // Set once the dialog is being removed, so its own closing is not taken for the browser closing it.
  const closing = useRef(false)
  // What to do if the user agrees to discard: close this dialog, or leave for somewhere else.
  const [asking, setAsking] = useState<(() => void) | null>(null)
  // Where the user was typing when the question came up, to go back there on "Keep editing".
  const typingIn = useRef<HTMLElement | null>(null)
  const ask = (onDiscard: () => void) => {
    typingIn.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    setAsking(() => onDiscard)
  }
  const keepEditing = () => {
    setAsking(null)
    typingIn.current?.focus()
  }
  const requestClose = () => (latest.current.confirmDiscard ? ask(latest.current.onClose) : latest.current.onClose())
  useEffect(() => {
    if (asking) keepRef.current?.focus()
  }, [asking])

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    closing.current = false
    dialog.showModal()
    // The first field rather than the close button: most dialogs are forms.
    dialog.querySelector<HTMLElement>('input, select, textarea, button:not(.modal-close)')?.focus()
    const unregister = stack.register({
      isDirty: () => Boolean(latest.current.confirmDiscard),
      askDiscard: ask,
      close: () => latest.current.onClose(),
    })
    return () => {
      unregister()
      closing.current = true
      dialog.close()
      if (previous && previous !== document.body && previous.isConnected) previous.focus()
      else focusMainHeading()
    }
  }, [stack])

  return (
    // A click on the dialog's own element, outside its body, is a click on the backdrop.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={ref}
      className={props.wide ? 'modal wide' : 'modal'}
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (ref.current && wrapTab(event, ref.current)) return
        if (event.key !== 'Escape') return
        // Handled here, before the browser turns it into a cancel: a browser may close a dialog on a second
        // Escape without asking the page, which would lose typed input. Escape on the question keeps editing.
        event.preventDefault()
        event.stopPropagation()
        if (asking) keepEditing()
        else requestClose()
      }}
      onCancel={(event) => {
        event.preventDefault()
        requestClose()
      }}
      onClose={() => {
        // Closed by the browser itself (not by unmounting, and not a close already undone by showing it again):
        // open it again and ask, so nothing typed is lost.
        if (closing.current || ref.current?.open) return
        ref.current?.showModal()
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
            <button ref={keepRef} type="button" onClick={keepEditing}>
              Keep editing
            </button>
          </div>
        )}
        {props.children}
      </div>
    </dialog>
  )
}
