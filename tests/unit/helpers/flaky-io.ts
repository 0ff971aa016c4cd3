import { open, rename } from 'node:fs/promises'
import { nodeWriteIo, type WriteIo } from '../../../electron/backend/atomic-write'

/** A write path whose fsync (or rename) fails on demand, as a full disk or a failing drive would, and which counts renames. */
export function flakyIo() {
  const state = { failSync: false, failRename: false, renames: 0 }
  const io: WriteIo = {
    ...nodeWriteIo,
    open: (async (...args: Parameters<typeof open>) => {
      const handle = await open(...args)
      if (state.failSync) handle.sync = () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }))
      return handle
    }) as typeof open,
    rename: (async (from, to) => {
      if (state.failRename) throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' })
      state.renames++
      return rename(from, to)
    }) as typeof rename,
  }
  return { io, state }
}
