import { useEffect, useEffectEvent, useId, useRef, useState, type ReactNode } from 'react'

/**
 * A dialog over the current view; Escape, the close button or a click outside dismisses it, and focus
 * starts inside it. With `confirmDiscard`, dismissing first asks, so typed input is never lost by a stray key.
 */
export function Modal(props: { title: string; onClose: () => void; children: ReactNode; wide?: boolean; confirmDiscard?: boolean }) {
  const titleId = useId()
  const ref = useRef<HTMLDivElement>(null)
  const [asking, setAsking] = useState(false)
  const requestClose = () => (props.confirmDiscard ? setAsking(true) : props.onClose())
  const onEscape = useEffectEvent(requestClose)

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null
    ref.current?.querySelector<HTMLElement>('input, select, textarea, button:not(.modal-close)')?.focus()
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onEscape()
    }
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('keydown', onKey)
      previous?.focus()
    }
  }, [])

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && requestClose()}>
      <div ref={ref} className={props.wide ? 'modal wide' : 'modal'} role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <header className="modal-header">
          <h2 id={titleId}>{props.title}</h2>
          <button type="button" className="modal-close" aria-label="Close" onClick={requestClose}>
            ×
          </button>
        </header>
        {asking && (
          <div className="discard-bar" role="alertdialog" aria-label="Discard changes?">
            <span>Discard what you have typed?</span>
            <button type="button" className="danger" onClick={props.onClose}>
              Discard
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              Keep editing
            </button>
          </div>
        )}
        {props.children}
      </div>
    </div>
  )
}
