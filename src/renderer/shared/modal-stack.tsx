import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react'

/** What an open dialog tells the app about itself. */
export interface OpenModal {
  /** True while it holds typed input that closing would lose. */
  isDirty(): boolean
  /** Asks the user whether to discard the typed input; runs `onDiscard` if they agree. */
  askDiscard(onDiscard: () => void): void
  /** Closes it as its owner would (Cancel). */
  close(): void
}

export interface ModalStack {
  /** Called by Modal while it is open; returns the unregister function. */
  register(modal: OpenModal): () => void
  /** Whether any dialog is open: shortcuts behind a dialog stay quiet. */
  isOpen(): boolean
  /**
   * Runs `then` once no dialog is in the way: at once when none is open or none holds typed input (open
   * ones are closed), after the user agrees to discard otherwise. Navigating away goes through here, so it
   * asks the same way Escape does.
   */
  leave(then: () => void): void
}

const ModalStackContext = createContext<ModalStack | null>(null)

/** Keeps track of the open dialogs for the whole app (one provider, at the root). */
export function ModalStackProvider({ children }: { children: ReactNode }) {
  const open = useRef<OpenModal[]>([])
  const register = useCallback((modal: OpenModal) => {
    open.current = [...open.current, modal]
    return () => {
      open.current = open.current.filter((m) => m !== modal)
    }
  }, [])
  const isOpen = useCallback(() => open.current.length > 0, [])
  const leave = useCallback((then: () => void) => {
    const closeAll = () => {
      for (const modal of [...open.current].reverse()) modal.close()
      then()
    }
    const dirty = [...open.current].reverse().find((m) => m.isDirty())
    if (dirty) dirty.askDiscard(closeAll)
    else closeAll()
  }, [])

  // Closing the window or reloading with typed input in a dialog asks too (the browser words the question).
  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (open.current.some((m) => m.isDirty())) event.preventDefault()
    }
    window.addEventListener('beforeunload', beforeUnload)
    return () => window.removeEventListener('beforeunload', beforeUnload)
  }, [])

  const stack = useMemo(() => ({ register, isOpen, leave }), [register, isOpen, leave])
  return <ModalStackContext value={stack}>{children}</ModalStackContext>
}

export function useModalStack(): ModalStack {
  const stack = useContext(ModalStackContext)
  if (!stack) throw new Error('useModalStack needs a ModalStackProvider above it.')
  return stack
}
