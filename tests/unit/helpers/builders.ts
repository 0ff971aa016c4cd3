import type { Category } from '../../../src/core/categories'
import type { IsoDate } from '../../../src/core/dates'
import { emptyNetwork, NetworkFile } from '../../../src/core/network-file'
import { loadSample, type ChangeContext } from '../../../src/core/network-ops'
import { buildSampleNetwork } from '../../../src/core/sample-network'
import type { Contact, ContactId, Interaction, Tie } from '../../../src/core/schema'

/** Small builders so tests read in the domain's words; ids and dates are fixed and readable. */

export const TODAY: IsoDate = '2026-11-26'
export const NOW = '2026-11-26T10:00:00.000Z'
/** When built contacts were added unless a test says otherwise: long enough ago that none is still new. */
export const LONG_AGO = '2024-01-01T10:00:00.000Z'

export function counterIds(prefix = 'id'): () => string {
  let n = 0
  return () => `${prefix}-${++n}`
}

export const fixedContext = (overrides: Partial<ChangeContext> = {}): ChangeContext => ({
  now: NOW,
  today: TODAY,
  newId: counterIds(),
  ...overrides,
})

export function makeContact(overrides: Partial<Omit<Contact, 'id'>> & { id: string; categories?: Category[] }): Contact {
  return {
    name: `Contact ${overrides.id}`,
    organization: '',
    department: '',
    industry: '',
    role: '',
    categories: ['department'],
    tags: [],
    tieStrength: 2,
    cadenceDays: null,
    howMet: '',
    introducedBy: null,
    email: '',
    phone: '',
    linkedinUrl: '',
    website: '',
    onLaidOffList: false,
    notes: '',
    sources: [],
    connectedOn: null,
    createdAt: LONG_AGO,
    updatedAt: NOW,
    ...overrides,
  } as Contact
}

export function makeInteraction(id: string, contactIds: string[], date: IsoDate, overrides: Partial<Interaction> = {}): Interaction {
  return { id, contactIds, date, channel: 'coffee', direction: 'mutual', summary: '', eventId: null, ...overrides } as Interaction
}

export const makeTie = (id: string, a: string, b: string): Tie => ({ id, a, b, kind: 'knows' }) as Tie

export function makeNetwork(parts: { contacts?: Contact[]; ties?: Tie[]; interactions?: Interaction[] } = {}): NetworkFile {
  return NetworkFile.parse({ ...emptyNetwork(), ...parts })
}

export const cid = (id: string) => id as ContactId

/** Freezes a value deeply, so a test fails if code under test mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze)
    Object.freeze(value)
  }
  return value
}

/** The file a change produced; throws when the change was refused, so a test fails at the step that broke. */
export function changedFile(result: { ok: true; value: { file: NetworkFile } } | { ok: false }): NetworkFile {
  if (!result.ok) throw new Error('expected the change to succeed')
  return result.value.file
}

/** Kith's sample network on an empty file, frozen, with predictable ids. */
export function sampleFile(): NetworkFile {
  let n = 0
  return deepFreeze(changedFile(loadSample(makeNetwork({}), buildSampleNetwork(TODAY, NOW, () => `s${++n}`))))
}
