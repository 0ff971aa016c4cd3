import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ImportPreview, ImportResult } from '../../../src/core/import-export-schema'
import type { NetworkFile } from '../../../src/core/network-file'
import type { Contact } from '../../../src/core/schema'
import { call, fileBytes, onDisk, openTestBackend } from '../helpers/backend'
import { tempDir } from '../helpers/temp-dir'
import { counterIds } from '../helpers/builders'
import { openBackend } from '../../../electron/backend/open-backend'

/*
 * import:preview and import:apply through the real dispatcher, over a store in a temp folder: what lands on disk,
 * what undo takes back, and that a refused file writes nothing.
 */

const CONNECTIONS = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  '',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,ada@example.com,Analytical Engines,"Lead, Mathematics",12 Mar 2024',
  'Grace,Hopper,https://www.linkedin.com/in/grace-hopper,,US Navy,Rear Admiral,01 Jan 2023',
  'Alan,Turing,https://www.linkedin.com/in/alan-turing,,"Bletchley Park",Cryptanalyst,15 Feb 2022',
  '',
].join('\r\n')

const CORPUS = '/work/shared/corpora/vcard/'

const contacts = async (backend: Awaited<ReturnType<typeof openTestBackend>>) => (await call<NetworkFile>(backend, 'network:get')).contacts

describe('import:preview and import:apply', () => {
  it('previews a LinkedIn file without writing, then applies it as one write and one undo step', async () => {
    const dir = tempDir()
    const backend = await openTestBackend(dir)
    await call(backend, 'contacts:create', { name: 'Grace Hopper', categories: ['leader'], organization: 'US Navy', role: 'Admiral (my words)' })
    const before = fileBytes(dir)

    const preview = await call<ImportPreview>(backend, 'import:preview', { format: 'auto', text: CONNECTIONS, fileName: 'Connections.csv' })
    expect(preview.format).toBe('linkedin-csv')
    expect(preview.create.map((c) => [c.line, c.name, c.role])).toEqual([
      [5, 'Ada Lovelace', 'Lead, Mathematics'],
      [7, 'Alan Turing', 'Cryptanalyst'],
    ])
    expect(preview.update).toEqual([
      {
        line: 6,
        id: 'id-1',
        name: 'Grace Hopper',
        matchedBy: 'name-organization',
        changes: [
          { field: 'linkedinUrl', from: '', to: 'https://www.linkedin.com/in/grace-hopper' },
          { field: 'connectedOn', from: '', to: '2023-01-01' },
        ],
      },
    ])
    expect(fileBytes(dir).equals(before)).toBe(true)

    const result = await call<ImportResult>(backend, 'import:apply', { text: CONNECTIONS, fileName: 'Connections.csv' })
    expect(result).toMatchObject({ created: 2, updated: 1, skipped: 0, updatedIds: ['id-1'] })
    expect(result.createdIds).toHaveLength(2)
    const saved = onDisk(dir).contacts
    const grace = saved.find((c) => c.name === 'Grace Hopper') as Contact
    expect(grace).toMatchObject({ role: 'Admiral (my words)', categories: ['leader'], connectedOn: '2023-01-01' })
    const ada = saved.find((c) => c.name === 'Ada Lovelace') as Contact
    expect(ada).toMatchObject({ categories: ['social'], organization: 'Analytical Engines', connectedOn: '2024-03-12' })
    expect(ada.sources).toEqual([
      {
        kind: 'linkedin-csv',
        key: 'linkedin.com/in/ada-lovelace',
        importedOn: expect.any(String),
        fields: {
          name: 'Ada Lovelace',
          organization: 'Analytical Engines',
          role: 'Lead, Mathematics',
          email: 'ada@example.com',
          linkedinUrl: 'https://www.linkedin.com/in/ada-lovelace',
        },
      },
    ])
    expect(await call(backend, 'history:status')).toEqual({ undo: 'importing 3 contacts from “Connections.csv”', redo: null })

    await call(backend, 'history:undo')
    expect((await contacts(backend)).map((c) => [c.name, c.role, c.connectedOn])).toEqual([['Grace Hopper', 'Admiral (my words)', null]])
    expect(onDisk(dir).contacts).toHaveLength(1)
    await backend.close()
  })

  it('applies against the network as it is at apply time, even when it changed since the preview', async () => {
    const backend = await openTestBackend()
    const preview = await call<ImportPreview>(backend, 'import:preview', { text: CONNECTIONS, fileName: 'Connections.csv' })
    expect(preview.create).toHaveLength(3)
    await call(backend, 'contacts:create', { name: 'Alan Turing', categories: ['leader'], linkedinUrl: 'linkedin.com/in/alan-turing/' })
    const result = await call<ImportResult>(backend, 'import:apply', { text: CONNECTIONS, fileName: 'Connections.csv' })
    expect(result).toMatchObject({ created: 2, updated: 1, updatedIds: ['id-1'] })
    expect((await contacts(backend)).map((c) => c.name)).toEqual(['Alan Turing', 'Ada Lovelace', 'Grace Hopper'])
    await backend.close()
  })

  it('changes nothing the second time the same file is imported: no write, no undo step', async () => {
    const dir = tempDir()
    const backend = await openTestBackend(dir)
    await call(backend, 'import:apply', { text: CONNECTIONS, fileName: 'Connections.csv' })
    const before = fileBytes(dir)
    const preview = await call<ImportPreview>(backend, 'import:preview', { text: CONNECTIONS, fileName: 'Connections.csv' })
    expect([preview.create.length, preview.update.length]).toEqual([0, 0])
    const again = await call<ImportResult>(backend, 'import:apply', { text: CONNECTIONS, fileName: 'Connections.csv' })
    expect(again).toEqual({ created: 0, updated: 0, skipped: 0, createdIds: [], updatedIds: [] })
    expect(fileBytes(dir).equals(before)).toBe(true)
    expect(await call(backend, 'history:status')).toEqual({ undo: 'importing 3 contacts from “Connections.csv”', redo: null })
    await backend.close()
  })

  it('restores a Kith backup exactly, as one undo step, and a second restore writes nothing', async () => {
    const source = await openTestBackend()
    await call(source, 'import:apply', { text: CONNECTIONS, fileName: 'Connections.csv' })
    await call(source, 'interactions:create', { contactIds: ['id-1'], date: '2026-01-02', channel: 'coffee' })
    const exported = `${JSON.stringify(await call<NetworkFile>(source, 'network:get'), null, 2)}\n`
    await source.close()

    const dir = tempDir()
    // Ids of its own, so the backup's people are new here except the one given the same id below.
    const backend = await openBackend({ dataDir: dir, hostName: 'test', host: { revealFolder: async () => false }, newId: counterIds('mine'), checkOutputs: true })
    await call(backend, 'contacts:create', { name: 'Someone Else', categories: ['author'] })
    const preview = await call<ImportPreview>(backend, 'import:preview', { text: exported, fileName: 'kith-network-2026-11-30.json' })
    expect(preview.format).toBe('kith-json')
    expect(preview.create.map((c) => c.name)).toEqual(['Ada Lovelace', 'Grace Hopper', 'Alan Turing'])
    expect(preview.update).toEqual([])
    expect(preview.warnings.join(' ')).toMatch(/replaces your whole network/)
    expect(preview.warnings.join(' ')).toMatch(/1 person now in Kith is not in the backup and would go\./)

    await call(backend, 'import:apply', { text: exported, fileName: 'kith-network-2026-11-30.json' })
    expect(onDisk(dir)).toEqual(JSON.parse(exported))
    const restored = fileBytes(dir)
    expect(await call(backend, 'import:apply', { text: exported, format: 'kith-json' })).toMatchObject({ created: 0, updated: 0 })
    expect(fileBytes(dir).equals(restored)).toBe(true)
    await call(backend, 'history:undo')
    expect((await contacts(backend)).map((c) => c.name)).toEqual(['Someone Else'])
    await backend.close()
  })

  it.each([
    ['a binary file', 'photo.png', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', /“photo\.png” is not a text file/],
    ['an empty file', 'empty.csv', '\uFEFF  \r\n', /“empty\.csv” is empty/],
    ['a CSV with no recognizable header', 'numbers.csv', 'a,b,c\n1,2,3\n', /“numbers\.csv” does not look like a LinkedIn, Google or Outlook CSV, a vCard or a Kith backup/],
    [
      'a vCard whose cards have no name',
      'cards.vcf',
      'BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:a@example.com\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nTEL:123\r\nEND:VCARD\r\n',
      /“cards\.vcf” has nobody Kith can import \(line 1: The card has no name \(neither FN nor N\); line 5: /,
    ],
    ['a 50 MB file', 'huge.csv', 'x'.repeat(50_000_000), /“huge\.csv” is too large to import \(50 MB/],
    ['a backup from a newer Kith', 'future.json', '{"schemaVersion": 99}', /“future\.json” was saved by a newer Kith \(file format 99/],
    ['JSON that is not a backup', 'other.json', '{"name": "x"}', /“other\.json” does not look like/],
  ])('refuses %s with a message naming it, and writes nothing', async (_what, fileName, text, message) => {
    const dir = tempDir()
    const backend = await openTestBackend(dir)
    await call(backend, 'contacts:create', { name: 'Ana', categories: ['social'] })
    const before = fileBytes(dir)
    for (const channel of ['import:preview', 'import:apply']) {
      const answer = await backend.dispatch(channel, { format: 'auto', text, fileName })
      expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(message) } })
    }
    expect(fileBytes(dir).equals(before)).toBe(true)
    expect(await call(backend, 'history:status')).toEqual({ undo: 'adding Ana', redo: null })
    await backend.close()
  }, 30_000)

  it('imports several vCards from a phone, then the same people from Google, matched by e-mail', async () => {
    const dir = tempDir()
    const backend = await openTestBackend(dir)
    const cards = readFileSync(`${CORPUS}gmail-list.vcf`, 'utf8')
    const first = await call<ImportPreview>(backend, 'import:preview', { text: cards, fileName: 'gmail-list.vcf' })
    expect(first.format).toBe('vcard')
    expect(first.create.length).toBeGreaterThan(1)
    const applied = await call<ImportResult>(backend, 'import:apply', { text: cards, fileName: 'gmail-list.vcf' })
    expect(applied.created).toBe(first.create.length)
    const withMail = onDisk(dir).contacts.find((c) => c.email !== '') as Contact
    expect(withMail.sources).toMatchObject([{ kind: 'vcard' }])

    const google = [
      'First Name,Middle Name,Last Name,Organization Name,Organization Title,Labels,E-mail 1 - Value',
      `Someone,,Else,,Lead,Friends ::: * myContacts,${withMail.email.toUpperCase()}`,
      'New,,Person,"=HYPERLINK(""http://evil.example"",""Acme"")",+1 engineer,,new@example.com',
    ].join('\n')
    const preview = await call<ImportPreview>(backend, 'import:preview', { format: 'auto', text: google, fileName: 'contacts.csv' })
    expect(preview.format).toBe('google-csv')
    expect(preview.update).toMatchObject([{ line: 2, id: withMail.id, matchedBy: 'email' }])
    expect(preview.update[0]?.changes.find((c) => c.field === 'name')).toBeUndefined()
    await call(backend, 'import:apply', { format: 'google-csv', text: google, fileName: 'contacts.csv' })
    const merged = onDisk(dir).contacts.find((c) => c.id === withMail.id) as Contact
    expect(merged.name).toBe(withMail.name)
    expect(merged.tags).toContain('Friends')
    expect(merged.sources.map((s) => s.kind)).toEqual(['vcard', 'google-csv'])
    // Formula-like cells arrive as the characters they are.
    expect(onDisk(dir).contacts.find((c) => c.email === 'new@example.com')).toMatchObject({
      organization: '=HYPERLINK("http://evil.example","Acme")',
      role: '+1 engineer',
    })

    for (const [text, fileName] of [
      [cards, 'gmail-list.vcf'],
      [google, 'contacts.csv'],
    ] as const) {
      const again = await call<ImportPreview>(backend, 'import:preview', { text, fileName })
      expect([again.create.length, again.update.length]).toEqual([0, 0])
    }
    await backend.close()
  })

  it('restores an older backup (format 4), saying it is upgraded', async () => {
    const backend = await openTestBackend()
    const old = readFileSync(new URL('../../fixtures/store-v4.json', import.meta.url), 'utf8')
    const preview = await call<ImportPreview>(backend, 'import:preview', { format: 'auto', text: old, fileName: 'old.json' })
    expect(preview).toMatchObject({ format: 'kith-json', update: [], skipped: [] })
    expect(preview.create.map((c) => c.name)).toEqual(['Ana Souza', 'Ben Okoro', 'Chloé Martin'])
    expect(preview.warnings).toContain('The backup was saved in file format 4; it is upgraded to format 6 as it is restored.')
    expect(await call(backend, 'import:apply', { format: 'kith-json', text: old, fileName: 'old.json' })).toMatchObject({ created: 3, updated: 0 })
    expect(await call(backend, 'history:status')).toEqual({ undo: 'restoring the backup “old.json”', redo: null })
    await backend.close()
  })

  it.each([
    ['kith-json', 'notes.txt', 'hello', /“notes\.txt” is not a Kith backup: it is not valid JSON/],
    ['kith-json', 'other.json', '{"a": 1}', /“other\.json” is not a Kith backup: it has no schemaVersion/],
    ['kith-json', 'broken.json', '{"schemaVersion": 5, "contacts": 3}', /“broken\.json” is not a Kith backup Kith can restore: it does not match Kith's format/],
    ['linkedin-csv', 'Connections.csv', 'a,b\n1,2\n', /“Connections\.csv”: This is not a LinkedIn connections file/],
    ['vcard', 'cards.vcf', 'First Name,Last Name\nAda,Lovelace\n', /“cards\.vcf”: No vCard was found/],
    ['linkedin-csv', 'header-only.csv', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n', /“header-only\.csv” has no contacts in it, only a header/],
    ['linkedin-csv', 'nameless.csv', 'First Name,Last Name,Company,Position\n,,Acme,Lead\n,,Beta,Chief\n', /“nameless\.csv” has nobody Kith can import \(line 2: No first or last name; line 3: No first or last name\)/],
  ])('refuses a %s import of %s, naming it', async (format, fileName, text, message) => {
    const backend = await openTestBackend()
    expect(await backend.dispatch('import:preview', { format, text, fileName })).toMatchObject({ ok: false, error: { message: expect.stringMatching(message) } })
    await backend.close()
  })
})
