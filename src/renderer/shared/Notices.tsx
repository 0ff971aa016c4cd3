import { useCallback, useState } from 'react'

export type NoticeKind = 'error' | 'info'

export interface NoticeList {
  readonly items: readonly { id: number; text: string; kind: NoticeKind }[]
  push(text: string, kind?: NoticeKind): void
  dismiss(id: number): void
}

let nextId = 1

/** Messages for the user: errors stay until dismissed, so none is missed; good news fades after a few seconds. */
export function useNotices(): NoticeList {
  const [items, setItems] = useState<{ id: number; text: string; kind: NoticeKind }[]>([])
  const dismissLater = useCallback((id: number) => setTimeout(() => setItems((list) => list.filter((n) => n.id !== id)), 6000), [])
  const push = useCallback(
    (text: string, kind: NoticeKind = 'error') => {
      const id = nextId++
      setItems((list) => [...list.slice(-3), { id, text, kind }])
      if (kind === 'info') dismissLater(id)
    },
    [dismissLater],
  )
  const dismiss = useCallback((id: number) => setItems((list) => list.filter((n) => n.id !== id)), [])
  return { items, push, dismiss }
}

export function Notices({ notices }: { notices: NoticeList }) {
  if (notices.items.length === 0) return null
  return (
    <div className="notices" role="alert">
      {notices.items.map((n) => (
        <div className={n.kind === 'info' ? 'notice info' : 'notice'} key={n.id}>
          <span>{n.text}</span>
          <button type="button" aria-label="Dismiss message" onClick={() => notices.dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
