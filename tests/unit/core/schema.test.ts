import { describe, expect, it } from 'vitest'
import { ContactDraft, ContactPatch, InteractionDraft, SettingsPatch } from '../../../src/core/schema'
import { describeIssues } from '../../../src/core/describe-issues'

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? []

describe('ContactDraft', () => {
  it('needs only a name and a category, and fills in the rest', () => {
    const draft = ContactDraft.parse({ name: '  Ada Lovelace ', categories: ['author'] })
    expect(draft).toMatchObject({ name: 'Ada Lovelace', tieStrength: 2, cadenceDays: null, tags: [], onLaidOffList: false, email: '' })
  })

  it('explains an empty name, a missing category and a bad e-mail in plain words', () => {
    const result = ContactDraft.safeParse({ name: ' ', categories: [], email: 'not-an-email' })
    expect(messages(result)).toEqual(['Give the contact a name.', 'Choose at least one category.', 'E-mail must look like name@example.com.'])
  })

  it('takes the day the user last spoke with a new contact, or none, and explains a day that is not one', () => {
    expect(ContactDraft.parse({ name: 'A', categories: ['social'] }).lastSpokeOn).toBeNull()
    expect(ContactDraft.parse({ name: 'A', categories: ['social'], lastSpokeOn: '2026-11-20' }).lastSpokeOn).toBe('2026-11-20')
    expect(messages(ContactDraft.safeParse({ name: 'A', categories: ['social'], lastSpokeOn: '' }))).toEqual(['Give the day you last spoke as a date, or choose “Not yet”.'])
  })

  it('says categories are missing when they are left out entirely', () => {
    expect(messages(ContactDraft.safeParse({ name: 'A' }))).toEqual(['Choose at least one category.'])
  })

  it('keeps cadence between a week and two years', () => {
    expect(messages(ContactDraft.safeParse({ name: 'A', categories: ['social'], cadenceDays: 3 }))).toEqual(['Cadence must be at least 7 days.'])
    expect(messages(ContactDraft.safeParse({ name: 'A', categories: ['social'], cadenceDays: 900 }))).toEqual([
      'Cadence must be at most 730 days (two years).',
    ])
    expect(messages(ContactDraft.safeParse({ name: 'A', categories: ['social'], cadenceDays: Number('abc') }))).toEqual([
      'Cadence must be a number of days.',
    ])
  })

  it('adds https:// to a bare web address and refuses other schemes', () => {
    expect(ContactDraft.parse({ name: 'A', categories: ['social'], website: 'example.com/me' }).website).toBe('https://example.com/me')
    expect(messages(ContactDraft.safeParse({ name: 'A', categories: ['social'], website: 'javascript:alert(1)' }))).toEqual([
      'Website must be a web address such as https://example.com.',
    ])
  })

  it('refuses unknown fields and repeated categories', () => {
    const result = ContactDraft.safeParse({ name: 'A', categories: ['social', 'social'], favouriteColour: 'blue' })
    expect(result.success).toBe(false)
    const described = describeIssues(result.error!)
    expect(described.issues.map((i) => i.message)).toEqual(['Each category may appear only once.', 'Unknown field: favouriteColour.'])
    expect(described.message).toBe('Each category may appear only once. (and 1 more problem)')
  })
})

describe('patches', () => {
  it('leave out what was not sent, so defaults never overwrite stored values', () => {
    expect(ContactPatch.parse({ role: 'CTO' })).toEqual({ role: 'CTO' })
    expect(SettingsPatch.parse({ cadenceDaysByCategory: { social: 45 } })).toEqual({ cadenceDaysByCategory: { social: 45 } })
  })
})

describe('InteractionDraft', () => {
  it('needs at least one contact and a real date', () => {
    const result = InteractionDraft.safeParse({ contactIds: [], date: '2026-02-30', channel: 'coffee' })
    expect(messages(result)).toEqual(['Choose at least one contact.', 'Use a real date in the form YYYY-MM-DD.'])
  })

  it('assumes no help either way unless told who helped whom', () => {
    expect(InteractionDraft.parse({ contactIds: ['a'], date: '2026-11-26', channel: 'coffee' }).direction).toBe('none')
  })
})
