import { useEffect, useState } from 'react'
import type { StoreStatus } from '../../core/contract'
import { call } from '../client/backend-client'
import { formatMoment, plural } from '../shared/format'

/**
 * Where the network lives on this computer and how many daily backups sit beside it, with a button that opens
 * the folder (a browser cannot: then the path is the answer). Nothing shows until the backend has said.
 */
export function DataFolderNote() {
  const [status, setStatus] = useState<StoreStatus | null>(null)
  const [shownPath, setShownPath] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    void call('store:status', {}).then((result) => {
      if (current && result.ok) setStatus(result.value)
    })
    return () => {
      current = false
    }
  }, [])

  if (!status) return null
  const newest = status.backups[0]
  const reveal = async () => {
    const result = await call('store:reveal', {})
    setShownPath(result.ok && !result.value.opened ? result.value.path : null)
  }

  return (
    <div className="data-folder">
      <p className="muted small">
        Kith keeps your network in one file on this computer, <code className="path">{status.file}</code>
        {newest
          ? `, with ${plural(status.backups.length, 'daily backup')} beside it (the newest from ${formatMoment(newest.modifiedAt)}).`
          : '. A backup of it is taken each day Kith opens it.'}
      </p>
      <button type="button" className="link" onClick={() => void reveal()}>
        Open data folder
      </button>
      {shownPath && (
        <p className="muted small" role="status">
          This window cannot open folders; the data folder is <code className="path">{shownPath}</code>
        </p>
      )}
    </div>
  )
}
