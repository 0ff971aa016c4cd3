import { existsSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CATEGORIES } from '../../../src/core/categories'
import { kithJsonText } from '../../../src/core/export/kith-json'
import { emptyNetwork, NetworkFile } from '../../../src/core/network-file'
import { IMPORT_SOURCE_KINDS, INTERACTION_CHANNELS } from '../../../src/core/schema'
import { STORE_FILE } from '../../../electron/backend/durable-store'
import { call, fileBytes, onDisk, openTestBackend } from '../helpers/backend'

/*
 * Property: any valid network survives a Kith backup — export (kithJsonText) → import:apply kith-json into an
 * empty store — unchanged, byte for byte on disk, and importing it again writes nothing.
 */

const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max }).map((s) => s.trim())
const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
const moment = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString())

const contact = (id: string) =>
  fc.record({
    id: fc.constant(id),
    name: text(60).filter((s) => s !== ''),
    organization: text(40),
    department: text(20),
    industry: text(20),
    role: fc.oneof(text(40), fc.constantFrom('=HYPERLINK("http://x.example","y")', '+1 lead', '@handle', '-5')),
    categories: fc.shuffledSubarray([...CATEGORIES], { minLength: 1 }),
    tags: fc.uniqueArray(text(20).filter((s) => s !== ''), { maxLength: 5 }),
    tieStrength: fc.integer({ min: 1, max: 5 }),
    cadenceDays: fc.option(fc.integer({ min: 7, max: 730 }), { nil: null }),
    howMet: text(60),
    introducedBy: fc.constant(null),
    email: fc.constantFrom('', 'ana@example.com', 'Ünï.Code@example.org'),
    phone: fc.constantFrom('', '+1 (555) 010-2000', '020 7946 0000'),
    linkedinUrl: fc.constantFrom('', 'https://www.linkedin.com/in/ana-souza', 'https://linkedin.com/in/jos%C3%A9'),
    website: fc.constantFrom('', 'https://ana.example.com/'),
    onLaidOffList: fc.boolean(),
    notes: text(200),
    sources: fc.array(
      fc.record({
        kind: fc.constantFrom(...IMPORT_SOURCE_KINDS),
        key: text(40),
        importedOn: day,
        fields: fc.dictionary(fc.constantFrom('name', 'organization', 'role', 'email'), text(30), { maxKeys: 4 }),
      }),
      { maxLength: 3 },
    ),
    connectedOn: fc.option(day, { nil: null }),
    createdAt: moment,
    updatedAt: moment,
  })

const network = fc
  .integer({ min: 0, max: 12 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => contact(`c-${i}`))))
  .chain((contacts) =>
    fc.record({
      contacts: fc.constant(contacts),
      interactions:
        contacts.length === 0
          ? fc.constant<Record<string, unknown>[]>([])
          : fc.array<Record<string, unknown>>(
              fc.record({
                contactIds: fc.shuffledSubarray(
                  contacts.map((c) => c.id),
                  { minLength: 1, maxLength: Math.min(3, contacts.length) },
                ),
                date: day,
                channel: fc.constantFrom(...INTERACTION_CHANNELS),
                direction: fc.constantFrom('gave', 'received', 'mutual', 'none'),
                summary: text(80),
                eventId: fc.constant(null),
              }),
              { maxLength: 8 },
            ),
    }),
  )
  .map(({ contacts, interactions }) => {
    const parsed = NetworkFile.safeParse({ ...emptyNetwork(), contacts, interactions: interactions.map((i, n) => ({ id: `i-${n}`, ...i })) })
    return parsed.success ? parsed.data : null
  })
  .filter((file): file is NetworkFile => file !== null)

describe('a Kith backup', () => {
  it('brings back any network unchanged: export, then import into an empty store', async () => {
    await fc.assert(
      fc.asyncProperty(network, async (file) => {
        const backend = await openTestBackend()
        try {
          const backup = kithJsonText(file)
          const result = await call<{ created: number }>(backend, 'import:apply', { format: 'kith-json', text: backup, fileName: 'backup.json' })
          expect(result.created).toBe(file.contacts.length)
          expect(await call(backend, 'network:get')).toEqual(file)
          // The file Kith saved is the backup itself, byte for byte; an empty backup over an empty store is
          // no change at all, so nothing is written.
          if (existsSync(path.join(backend.dataDir, STORE_FILE))) {
            expect(onDisk(backend.dataDir)).toEqual(file)
            expect(fileBytes(backend.dataDir).toString('utf8')).toBe(backup)
          } else expect(file).toEqual(emptyNetwork())
          const again = await call(backend, 'import:apply', { format: 'auto', text: backup })
          expect(again).toMatchObject({ created: 0, updated: 0 })
        } finally {
          await backend.close()
        }
      }),
      { numRuns: 25 },
    )
  }, 120_000)
})
