import { useEffect } from 'react'

const TABBABLE = 'a[href], button, input, select, textarea, summary, [tabindex]'

/** The elements Tab can reach inside `root`, in order (an unchecked radio with a checked sibling is skipped, as the browser does). */
export function tabbables(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => {
    if (el.tabIndex < 0 || el.matches(':disabled') || el.closest('[inert]') || el.getClientRects().length === 0) return false
    if (el instanceof HTMLInputElement && el.type === 'radio' && !el.checked && el.name) {
      const group = el.form?.elements.namedItem(el.name)
      return !(group instanceof RadioNodeList && group.value !== '')
    }
    return true
  })
}

/**
 * Keeps Tab and Shift+Tab going round inside `container`: past the last control to the first and back,
 * rather than out to the browser's own controls. Returns true when it moved the focus.
 */
export function wrapTab(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'preventDefault'>, container: HTMLElement): boolean {
  if (event.key !== 'Tab') return false
  const order = tabbables(container)
  const first = order[0]
  const last = order.at(-1)
  if (!first || !last) return false
  const active = document.activeElement
  const inside = active instanceof HTMLElement && container.contains(active) && active !== container
  if (event.shiftKey ? active === first || !inside : active === last || !inside) {
    event.preventDefault()
    ;(event.shiftKey ? last : first).focus()
    return true
  }
  return false
}

/**
 * Where the focus goes when what held it is gone (a closed dialog's opener, a deleted row, a view left
 * behind): the current view's heading, so a screen reader says where the user is and Tab goes on from there.
 */
export function focusMainHeading(): void {
  const heading = document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('main')
  if (!heading) return
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1
  heading.focus({ preventScroll: true })
}

/**
 * Never leaves the focus on the page's body: when the element that had it is removed (a deleted row, a
 * closed panel, a view left behind), and whenever `view` changes with nothing focused (a shortcut), the
 * view's heading takes it.
 */
export function useFocusRescue(view: string): void {
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) focusMainHeading()
  }, [view])
  useEffect(() => {
    let last: Element | null = null
    const onFocus = (event: FocusEvent) => {
      last = event.target instanceof Element ? event.target : null
    }
    // Cheap per change: two comparisons unless the focus was really lost.
    const observer = new MutationObserver(() => {
      if (last && !last.isConnected && (document.activeElement === document.body || !document.activeElement)) {
        last = null
        focusMainHeading()
      }
    })
    document.addEventListener('focusin', onFocus)
    observer.observe(document.body, { childList: true, subtree: true })
    return () => {
      document.removeEventListener('focusin', onFocus)
      observer.disconnect()
    }
  }, [])
}
