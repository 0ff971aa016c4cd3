import { describe, expect, it } from 'vitest'
import type { PickedFile, PickImportFile } from '../../../../electron/backend/import/choose-file'
import { openBackend } from '../../../../electron/backend/open-backend'
import { fileBytes } from '../../helpers/backend'
import { counterIds } from '../../helpers/builders'
import { tempDir } from '../../helpers/temp-dir'

/** A backend whose host answers the open dialog with `pick` (the desktop's), or has none (the browser host's). */
const backendWith = (pickImportFile?: PickImportFile, dir = tempDir()) =>
  openBackend({ dataDir: dir, hostName: 'test', host: { revealFolder: async () => false, ...(pickImportFile ? { pickImportFile } : {}) }, newId: counterIds(), checkOutputs: true })

const LINKEDIN = 'First Name,Last Name,Company\r\nAna,Silva,Acme\r\n'

describe('import:choose-file', () => {
  it('answers the chosen file’s name and text, and null when the user cancels', async () => {
    const limits: number[] = []
    let answer: PickedFile | null = { fileName: 'Connections.csv', size: LINKEDIN.length, text: LINKEDIN }
    const backend = await backendWith(async (maxBytes) => {
      limits.push(maxBytes)
      return answer
    })
    expect(await backend.dispatch('import:choose-file', {})).toEqual({ ok: true, value: { fileName: 'Connections.csv', text: LINKEDIN } })
    answer = null
    expect(await backend.dispatch('import:choose-file', {})).toEqual({ ok: true, value: null })
    // The host is told the limit, so it can refuse a large file by its size without reading it.
    expect(limits).toEqual([25_000_000, 25_000_000])
    await backend.close()
  })

  it('refuses a file over 25 MB by its size, naming it, and writes nothing', async () => {
    const dir = tempDir()
    const backend = await backendWith(async () => ({ fileName: 'everything.vcf', size: 52_400_000, text: null }), dir)
    expect(await backend.dispatch('me:update', { name: 'Priya' })).toMatchObject({ ok: true })
    const before = fileBytes(dir)
    expect(await backend.dispatch('import:choose-file', {})).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '“everything.vcf” is too large to import (52 MB; at most 25 MB).' },
    })
    expect(fileBytes(dir).equals(before)).toBe(true)
    await backend.close()
  })

  it('explains a file that could not be read', async () => {
    const backend = await backendWith(async () => {
      throw new Error('EACCES: permission denied, open \'/home/priya/Connections.csv\'')
    })
    expect(await backend.dispatch('import:choose-file', {})).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'The file could not be read: EACCES: permission denied, open \'/home/priya/Connections.csv\'' },
    })
    await backend.close()
  })

  it('tells the browser host’s page to use its own file picker', async () => {
    const backend = await backendWith()
    expect(await backend.dispatch('import:choose-file', {})).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'This window has no file dialog: choose the file with “Import contacts…” or drop it onto the window.' },
    })
    await backend.close()
  })
})
