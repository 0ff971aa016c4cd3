import { describe, expect, it } from 'vitest'
import { linkedinKey, nameOrganizationKey } from '../../../src/core/import/match-keys'
import { planContactImport } from '../../../src/core/import/plan'
import type { ImportedContact, ReadOutcome } from '../../../src/core/import/records'
import type { NetworkFile } from '../../../src/core/network-file'
import { ContactDraft, type Contact, type ContactDraft as DraftInput } from '../../../src/core/schema'
import { fixedContext, makeContact, makeNetwork, NOW, TODAY } from '../helpers/builders'

const row = (line: number, draft: Omit<DraftInput, 'categories'>, connectedOn: string | null = null): ImportedContact => ({
  line,
  draft: ContactDraft.parse({ categories: ['social'], ...draft }),
  connectedOn,
})
const outcome = (...drafts: ImportedContact[]): ReadOutcome => ({ drafts, skipped: [], warnings: [] })
const plan = (file: NetworkFile, read: ReadOutcome, kind: 'linkedin-csv' | 'google-csv' | 'vcard' = 'linkedin-csv') =>
  planContactImport(file, kind, read, fixedContext({ newId: (() => { let n = 0; return () => `new-${++n}` })() }))
const byId = (file: NetworkFile, id: string) => file.contacts.find((c) => c.id === id) as Contact

describe('the keys an import matches by', () => {
  it.each([
    ['https://www.linkedin.com/in/ada-lovelace/', 'linkedin.com/in/ada-lovelace'],
    ['http://LinkedIn.com/in/Ada-Lovelace?trk=people#top', 'linkedin.com/in/ada-lovelace'],
    ['linkedin.com/in/ada-lovelace', 'linkedin.com/in/ada-lovelace'],
    ['https://uk.linkedin.com/in/ada-lovelace/details/experience/', 'linkedin.com/in/ada-lovelace'],
    ['https://www.linkedin.com/in/jos%C3%A9-n%C3%BA%C3%B1ez', 'linkedin.com/in/josé-núñez'],
    ['https://www.linkedin.com/in/JOSÉ-NÚÑEZ/', 'linkedin.com/in/josé-núñez'],
    ['https://www.linkedin.com/company/acme/', 'linkedin.com/company/acme'],
    ['https://www.linkedin.com/in/bad%', 'linkedin.com/in/bad%'],
    ['', ''],
  ])('%s → %s', (url, key) => {
    expect(linkedinKey(url)).toBe(key)
  })

  it('compares names and organizations without case, accents or extra spaces', () => {
    expect(nameOrganizationKey('  José   NÚÑEZ ', 'Café  Ltd')).toBe(nameOrganizationKey('jose nunez', 'cafe ltd'))
    expect(nameOrganizationKey('José Núñez', 'Acme')).not.toBe(nameOrganizationKey('José Núñez', 'Other'))
    expect(nameOrganizationKey('', 'Acme')).toBe('')
  })
})

describe('planning a contact import', () => {
  it('adds new people as social, with their source and Connected On, and leaves the input file alone', () => {
    const file = makeNetwork()
    const result = plan(file, outcome(row(5, { name: 'Ada Lovelace', organization: 'Engines', linkedinUrl: 'https://www.linkedin.com/in/ada' }, '2024-03-12')))
    expect(result.create).toEqual([{ line: 5, name: 'Ada Lovelace', organization: 'Engines', role: '', email: '' }])
    expect(result.createdIds).toEqual(['new-1'])
    expect(byId(result.file, 'new-1')).toMatchObject({
      categories: ['social'],
      connectedOn: '2024-03-12',
      createdAt: NOW,
      sources: [
        {
          kind: 'linkedin-csv',
          key: 'linkedin.com/in/ada',
          importedOn: TODAY,
          fields: { name: 'Ada Lovelace', organization: 'Engines', linkedinUrl: 'https://www.linkedin.com/in/ada' },
        },
      ],
    })
    expect(file.contacts).toEqual([])
  })

  it('matches by LinkedIn profile first, then e-mail, then name and organization, and says which', () => {
    const file = makeNetwork({
      contacts: [
        makeContact({ id: 'by-url', name: 'Someone', linkedinUrl: 'https://linkedin.com/in/ada/' }),
        makeContact({ id: 'by-mail', name: 'Ada Lovelace', organization: 'Engines', email: 'ADA@example.com' }),
        makeContact({ id: 'by-name', name: 'Grace Hopper', organization: 'Navy' }),
      ],
    })
    const result = plan(
      file,
      outcome(
        row(2, { name: 'Ada Lovelace', organization: 'Engines', linkedinUrl: 'http://www.linkedin.com/in/Ada?x=1', role: 'Mathematician' }),
        row(3, { name: 'Other Name', email: 'ada@EXAMPLE.com ', role: 'Countess' }),
        row(4, { name: 'GRACE  hopper', organization: 'navy', role: 'Admiral' }),
      ),
    )
    expect(result.update.map((u) => [u.line, u.id, u.matchedBy])).toEqual([
      [2, 'by-url', 'linkedin'],
      [3, 'by-mail', 'email'],
      [4, 'by-name', 'name-organization'],
    ])
    expect(result.create).toEqual([])
  })

  it('never takes two different LinkedIn profiles for the same person', () => {
    const file = makeNetwork({ contacts: [makeContact({ id: 'c1', name: 'Ana Silva', organization: 'Acme', linkedinUrl: 'https://linkedin.com/in/ana-silva-1' })] })
    const result = plan(file, outcome(row(2, { name: 'Ana Silva', organization: 'Acme', linkedinUrl: 'https://linkedin.com/in/ana-silva-2' })))
    expect(result.update).toEqual([])
    expect(result.create.map((c) => c.name)).toEqual(['Ana Silva'])
  })

  it('fills empty fields and never overwrites what the user typed; categories stay, tags are added', () => {
    const typed = makeContact({ id: 'c1', name: 'Ada Lovelace', email: 'ada@example.com', role: 'Countess', categories: ['leader'], tags: ['maths'] })
    const file = makeNetwork({ contacts: [typed] })
    const result = plan(
      file,
      outcome(row(2, { name: 'Ada Lovelace', email: 'ada@example.com', role: 'Mathematician', organization: 'Engines', tags: ['Maths', 'poetry'] })),
      'google-csv',
    )
    expect(result.update).toEqual([
      {
        line: 2,
        id: 'c1',
        name: 'Ada Lovelace',
        matchedBy: 'email',
        changes: [
          { field: 'organization', from: '', to: 'Engines' },
          { field: 'tags', from: 'maths', to: 'maths, poetry' },
        ],
      },
    ])
    expect(byId(result.file, 'c1')).toMatchObject({ role: 'Countess', organization: 'Engines', categories: ['leader'], tags: ['maths', 'poetry'], updatedAt: NOW })
  })

  it('refreshes a field that still holds what the same source gave last time, and keeps one the user changed', () => {
    const first = plan(makeNetwork(), outcome(row(2, { name: 'Ada Lovelace', linkedinUrl: 'https://linkedin.com/in/ada', role: 'Engineer', organization: 'Engines' })))
    // The user retypes the organization; the next export has a new role and a new organization.
    const edited = { ...first.file, contacts: first.file.contacts.map((c) => ({ ...c, organization: 'Analytical Engines Ltd' })) }
    const second = plan(edited, outcome(row(2, { name: 'Ada Lovelace', linkedinUrl: 'https://www.linkedin.com/in/ada/', role: 'Senior Engineer', organization: 'Babbage & Co' })))
    expect(second.update).toMatchObject([{ matchedBy: 'linkedin', changes: [{ field: 'role', from: 'Engineer', to: 'Senior Engineer' }] }])
    const ada = byId(second.file, 'new-1')
    expect(ada).toMatchObject({ role: 'Senior Engineer', organization: 'Analytical Engines Ltd' })
    expect(ada.sources).toHaveLength(1)
    expect(ada.sources[0]?.fields).toMatchObject({ role: 'Senior Engineer', organization: 'Babbage & Co' })

    // Another kind of file is another source: it fills nothing the LinkedIn import gave.
    const third = plan(second.file, outcome(row(7, { name: 'Ada Lovelace', linkedinUrl: 'https://linkedin.com/in/ada', role: 'Lead' })), 'vcard')
    expect(third.update).toEqual([])
  })

  it('skips a second row for the same person, naming the earlier line', () => {
    const file = makeNetwork({ contacts: [makeContact({ id: 'c1', name: 'Grace Hopper', email: 'grace@navy.mil' })] })
    const result = plan(
      file,
      outcome(
        row(5, { name: 'Ada Lovelace', linkedinUrl: 'https://linkedin.com/in/ada' }),
        row(6, { name: 'A. Lovelace', linkedinUrl: 'https://www.linkedin.com/in/ada/' }),
        row(7, { name: 'Bob', email: 'bob@example.com' }),
        row(8, { name: 'Robert', email: 'BOB@example.com' }),
        row(9, { name: 'Carl Zeiss', organization: 'Jena' }),
        row(10, { name: 'carl zeiss', organization: 'JENA' }),
        row(11, { name: 'Grace Hopper', role: 'Admiral' }),
        row(12, { name: 'Grace B. Hopper', email: 'grace@navy.mil' }),
        // Same name, two different e-mails: two people.
        row(13, { name: 'John Smith', email: 'john@a.example' }),
        row(14, { name: 'John Smith', email: 'john@b.example' }),
      ),
    )
    expect(result.skipped).toEqual([
      { line: 6, reason: 'The same person as line 5 (same LinkedIn profile).' },
      { line: 8, reason: 'The same person as line 7 (same e-mail).' },
      { line: 10, reason: 'The same person as line 9 (same name and organization).' },
      { line: 12, reason: 'The same person as line 11 (both are Grace Hopper in Kith).' },
    ])
    expect(result.create.map((c) => c.line)).toEqual([5, 7, 9, 13, 14])
    expect(result.update.map((u) => u.line)).toEqual([11])
  })

  it('keeps formula-like cells as plain text', () => {
    const result = plan(makeNetwork(), outcome(row(2, { name: '@ana', organization: '=HYPERLINK("http://evil.example","Acme")', role: '+1 engineer', phone: '+1 555 0100' })))
    expect(byId(result.file, 'new-1')).toMatchObject({
      name: '@ana',
      organization: '=HYPERLINK("http://evil.example","Acme")',
      role: '+1 engineer',
      phone: '+1 555 0100',
    })
  })

  it('changes nothing the second time: the very same file, no create, no update', () => {
    const read = outcome(
      row(2, { name: 'Ada Lovelace', linkedinUrl: 'https://linkedin.com/in/ada', role: 'Engineer', tags: ['a'] }, '2024-01-01'),
      row(3, { name: 'Grace Hopper', email: 'grace@navy.mil' }),
      row(4, { name: 'Carl', organization: 'Jena' }),
    )
    const first = plan(makeNetwork(), read)
    const second = plan(first.file, read)
    expect([second.create.length, second.update.length, second.skipped.length]).toEqual([0, 0, 0])
    expect(second.file).toBe(first.file)
  })

  it('finds someone again by the key their import was recorded under after the user renamed them', () => {
    const read = outcome(row(2, { name: 'Carl Zeiss', organization: 'Jena', role: 'Optician' }))
    const first = plan(makeNetwork(), read)
    const renamed = { ...first.file, contacts: first.file.contacts.map((c) => ({ ...c, name: 'Carl Z.' })) }
    const second = plan(renamed, read)
    expect([second.create.length, second.update.length]).toEqual([0, 0])
    expect(second.file).toBe(renamed)
  })

  it('passes on the reader’s skipped rows and warnings, in line order', () => {
    const read: ReadOutcome = {
      drafts: [row(3, { name: 'Ada' }), row(4, { name: 'Ada' })],
      skipped: [{ line: 9, reason: 'No first or last name.' }],
      warnings: ['Line 3: something.'],
    }
    const result = plan(makeNetwork(), read)
    expect(result.skipped.map((s) => s.line)).toEqual([4, 9])
    expect(result.warnings).toEqual(['Line 3: something.'])
  })
})
