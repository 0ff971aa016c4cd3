import { useEffect, useEffectEvent, useState } from 'react'

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false

/**
 * Files dropped anywhere onto the window. Answers whether files are being dragged over it now (for the drop
 * overlay). Drags of anything else (text, links) are left alone. A file dropped when `canDrop()` is false is
 * still caught, or the browser would open it in place of Kith, and handed to `onRefused`.
 */
export function useFileDrop(handlers: { canDrop: () => boolean; onDrop: (files: readonly File[]) => void; onRefused: () => void }): boolean {
  const [over, setOver] = useState(false)
  const canDrop = useEffectEvent(() => handlers.canDrop())
  const onDrop = useEffectEvent((files: readonly File[]) => handlers.onDrop(files))
  const onRefused = useEffectEvent(() => handlers.onRefused())
  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: count them to know when the drag left the window.
    let depth = 0
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      depth++
      setOver(canDrop())
    }
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = canDrop() ? 'copy' : 'none'
    }
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setOver(false)
    }
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      depth = 0
      setOver(false)
      if (canDrop()) onDrop([...(event.dataTransfer?.files ?? [])])
      else onRefused()
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [])
  return over
}
