import { useState } from 'react'
import type { StoreStatus } from '../../core/contract'
import { call } from '../client/backend-client'
import { formatMoment } from '../shared/format'

/** The store did not open: what the recovery screen is about. */
export type Unavailable = Extract<StoreStatus, { state: 'unreadable' | 'too-new' }>

const formatSize = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 1048576 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1048576).toFixed(1)} MB`)

/**
 * Shown instead of an empty network when the data file cannot be opened. Nothing has been lost:
 * the file stays in place, a copy sits beside it, and the user chooses what happens next.
 */
export function RecoveryView({ status, onRestored }: { status: Unavailable; onRestored: () => Promise<void> }) {
  const [error, setError] = useState<string | null>(null)
  const [folderShown, setFolderShown] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const newest = status.backups[0]
  const tooNew = status.state === 'too-new'

  const restore = async (name: string) => {
    setBusy(true)
    setError(null)
    const result = await call('store:restore', { name })
    setBusy(false)
    if (!result.ok) return setError(result.error.message)
    await onRestored()
  }

  const reveal = async () => {
    const result = await call('store:reveal', {})
    if (!result.ok) return setError(result.error.message)
    setFolderShown(result.value.opened ? null : result.value.path)
  }

  return (
    <main className="recovery">
      <div className="recovery-card">
        <h1>{status.state === 'too-new' ? 'This data needs a newer Kith' : 'Your Kith data could not be opened'}</h1>
        <p className="lead">{status.message}</p>
        <p>
          Nothing has been changed or deleted. The file stays where it was:
          <br />
          <code className="path">{status.file}</code>
        </p>
        {status.preservedCopy && (
          <p>
            A copy of it, exactly as found, is kept beside it:
            <br />
            <code className="path">{status.preservedCopy}</code>
          </p>
        )}

        <h2>{tooNew ? 'Or go back to an older backup' : 'Restore a backup'}</h2>
        {newest ? (
          <>
            <p>
              {tooNew
                ? 'Only if you cannot update: a backup from this version of Kith replaces the newer file, and whatever you did in the newer version since that backup is not in it. The newer file’s copy stays in the data folder.'
                : 'Kith keeps a copy of your data each day it opens it. Restoring replaces the unreadable file with the backup you pick.'}
            </p>
            <div className="recovery-actions">
              <button type="button" className={tooNew ? undefined : 'primary'} disabled={busy} onClick={() => void restore(newest.name)}>
                Restore newest backup
              </button>
              <button type="button" disabled={busy} onClick={() => void reveal()}>
                Open data folder
              </button>
            </div>
            <table className="backups">
              <caption>Backups, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Backup</th>
                  <th scope="col">Saved</th>
                  <th scope="col">Size</th>
                  <th scope="col">
                    <span className="visually-hidden">Action</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {status.backups.map((b) => (
                  <tr key={b.name}>
                    <td>{b.name}</td>
                    <td>{formatMoment(b.modifiedAt)}</td>
                    <td>{formatSize(b.sizeBytes)}</td>
                    <td>
                      <button type="button" className="link" disabled={busy} onClick={() => void restore(b.name)} aria-label={`Restore ${b.name}`}>
                        Restore
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          <>
            <p>There are no backups in this data folder yet. You can open the folder and repair or replace the file by hand, then reload Kith.</p>
            <div className="recovery-actions">
              <button type="button" className="primary" onClick={() => void reveal()}>
                Open data folder
              </button>
            </div>
          </>
        )}
        {folderShown && (
          <p className="callout">
            This browser cannot open folders. The data folder is <code className="path">{folderShown}</code>
          </p>
        )}
        {error && (
          <p className="callout error" role="alert">
            {error}
          </p>
        )}
      </div>
    </main>
  )
}
