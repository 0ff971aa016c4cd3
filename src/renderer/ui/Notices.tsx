import { useCallback, useState } from 'react'

export interface NoticeList {
  readonly items: readonly { id: number; text: string }[]
  push(text: string): void
  dismiss(id: number): void
}

let nextId = 1

/** Messages about failed actions; each stays until dismissed, so none is missed. */
export function useNotices(): NoticeList {
  const [items, setItems] = useState<{ id: number; text: string }[]>([])
  const push = useCallback((text: string) => setItems((list) => [...list.slice(-3), { id: nextId++, text }]), [])
  const dismiss = useCallback((id: number) => setItems((list) => list.filter((n) => n.id !== id)), [])
  return { items, push, dismiss }
}

export function Notices({ notices }: { notices: NoticeList }) {
  if (notices.items.length === 0) return null
  return (
    <div className="notices" role="alert">
      {notices.items.map((n) => (
        <div className="notice" key={n.id}>
          <span>{n.text}</span>
          <button type="button" aria-label="Dismiss message" onClick={() => notices.dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
