import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { DEFAULT_INSIGHT_THRESHOLDS } from '../../../src/core/insight-thresholds'
import { loadNetworkFile, migrateFile } from '../../../src/core/migrations'

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8')

describe('the stored file', () => {
  it('loads the frozen version 1 fixture (kept forever; never edit it)', () => {
    const outcome = loadNetworkFile(fixture('store-v1.json'))
    if (!outcome.ok) throw new Error(outcome.message)
    expect(outcome.migratedFrom).toBe(1)
    expect(outcome.applied).toEqual(['add-layout-pins', 'add-events-follow-ups-presence', 'add-insight-thresholds-decisions-snapshots', 'add-contact-sources-connected-on', 'add-monthly-plan-templates'])
    expect(outcome.file.schemaVersion).toBe(6)
    expect(outcome.file.settings.insightThresholds).toEqual(DEFAULT_INSIGHT_THRESHOLDS)
    expect(outcome.file.gapDecisions).toEqual({})
    expect(outcome.file.snapshots).toEqual([])
    expect(outcome.file.interactions.every((i) => i.eventId === null)).toBe(true)
    expect(outcome.file.me.presence).toEqual({ headline: false, about: false, experience: false, photo: false, recommendations: false })
    expect(outcome.file.layoutPins).toEqual({ orbit: {}, 'by-organization': {}, 'by-category': {} })
    expect(outcome.file.contacts.map((c) => c.name)).toEqual(['Ana Souza', 'Ben Okoro', 'Chloé Martin'])
    expect(outcome.file.contacts[1]?.introducedBy).toBe('c-ana')
    expect(outcome.file.interactions).toHaveLength(3)
    expect(outcome.file.me.profileReviewedOn).toBe('2026-03-02')
  })

  it('loads the frozen version 2 fixture with its pins (kept forever; never edit it)', () => {
    const outcome = loadNetworkFile(fixture('store-v2.json'))
    if (!outcome.ok) throw new Error(outcome.message)
    expect(outcome.applied).toEqual(['add-events-follow-ups-presence', 'add-insight-thresholds-decisions-snapshots', 'add-contact-sources-connected-on', 'add-monthly-plan-templates'])
    expect(outcome.file.layoutPins.orbit).toEqual({ 'c-ana': { x: 120, y: -40 } })
    expect(outcome.file.sampleLoaded).toBe(false)
  })

  it('loads the frozen version 3 fixture with events, follow-ups and presence (kept forever; never edit it)', () => {
    const outcome = loadNetworkFile(fixture('store-v3.json'))
    if (!outcome.ok) throw new Error(outcome.message)
    expect(outcome.applied).toEqual(['add-insight-thresholds-decisions-snapshots', 'add-contact-sources-connected-on', 'add-monthly-plan-templates'])
    expect(outcome.file.events.map((e) => [e.name, e.kind, e.role])).toEqual([['Logistics Forum 2026', 'conference', 'speaker']])
    expect(outcome.file.interactions.find((i) => i.id === 'i-2')?.eventId).toBe('e-1')
    expect(outcome.file.followUps).toEqual([
      { id: 'f-1', title: 'Send Ben the panel slides', contactIds: ['c-ben'], interactionId: 'i-2', dueOn: '2025-11-17', doneOn: null },
    ])
    expect(outcome.file.me.presence.headline).toBe(true)
  })

  it('loads the frozen version 4 fixture with thresholds, decisions and snapshots (kept forever; never edit it)', () => {
    const outcome = loadNetworkFile(fixture('store-v4.json'))
    if (!outcome.ok) throw new Error(outcome.message)
    expect(outcome.applied).toEqual(['add-contact-sources-connected-on', 'add-monthly-plan-templates'])
    expect(outcome.file.settings.insightThresholds.laidOffMinimum).toBe(4)
    expect(outcome.file.contacts.every((c) => c.sources.length === 0 && c.connectedOn === null)).toBe(true)
    expect(outcome.file.gapDecisions).toEqual({ 'no-hub': { decidedOn: '2026-11-20', until: '2026-12-20' } })
    expect(outcome.file.snapshots.map((s) => [s.date, s.score])).toEqual([['2026-11-19', 41], ['2026-11-20', 44]])
  })

  it('loads the frozen version 5 fixture with sources and Connected On (kept forever; never edit it)', () => {
    const outcome = loadNetworkFile(fixture('store-v5.json'))
    if (!outcome.ok) throw new Error(outcome.message)
    expect(outcome.applied).toEqual(['add-monthly-plan-templates'])
    expect(outcome.file.schemaVersion).toBe(6)
    const [ana, ben, chloe] = outcome.file.contacts
    expect(ana?.connectedOn).toBe('2022-03-12')
    expect(ana?.sources).toEqual([
      {
        kind: 'linkedin-csv',
        key: 'linkedin.com/in/ana-souza-example',
        importedOn: '2026-11-28',
        fields: {
          name: 'Ana Souza',
          organization: 'Harbor Logistics',
          role: 'Senior Planner',
          linkedinUrl: 'https://www.linkedin.com/in/ana-souza-example',
        },
      },
    ])
    expect(ben?.sources).toEqual([])
    expect(chloe?.sources.map((s) => [s.kind, s.fields['notes']])).toEqual([['vcard', '=HYPERLINK("https://example.com","site")']])
    // Nothing is lost on the way in: the loaded file is the fixture, with an empty plan and the new version.
    const v5 = JSON.parse(fixture('store-v5.json'))
    expect(outcome.file).toEqual({ ...v5, schemaVersion: 6, plan: {}, templates: { own: [], edited: {} }, settings: { ...v5.settings, partner: null } })
  })

  it('refuses plan items that name a missing contact or a skip reason that does not fit', () => {
    const broken = { ...JSON.parse(fixture('store-v5.json')), schemaVersion: 6, templates: { own: [], edited: {} } }
    const item = (id: string, contactId: string, status: string, skipReason: string | null) => ({ id, contactId, purpose: '', status, skipReason, note: '' })
    broken.plan = {
      '2026-12': { busy: null, items: [item('p-1', 'c-ghost', 'planned', null), item('p-2', 'c-ana', 'skipped', null)] },
      '2027-01': { busy: 'light', items: [item('p-1', 'c-ana', 'met', 'Moved away')] },
    }
    const outcome = loadNetworkFile(JSON.stringify(broken))
    expect(outcome).toMatchObject({ ok: false, message: expect.stringContaining('Plan item p-1 in 2026-12 names a missing contact') })
    if (outcome.ok) return
    expect(outcome.message).toContain('Plan item p-2 in 2026-12 is skipped without a reason')
    // migrateFile names the first three problems.
    expect(outcome.message).toContain('Plan item id p-1 is used twice')
  })

  it('refuses a plan month that is not a real month', () => {
    const broken = { ...JSON.parse(fixture('store-v5.json')), schemaVersion: 6, plan: { '2026-13': { busy: null, items: [] } } }
    expect(loadNetworkFile(JSON.stringify(broken))).toMatchObject({ ok: false, message: expect.stringContaining('plan.2026-13') })
  })

  it('refuses two snapshots of one day', () => {
    const broken = JSON.parse(fixture('store-v4.json'))
    broken.snapshots[1].date = broken.snapshots[0].date
    expect(loadNetworkFile(JSON.stringify(broken))).toMatchObject({ ok: false, message: expect.stringContaining('Two snapshots share a day') })
  })

  it('refuses an interaction that names a missing event', () => {
    const broken = JSON.parse(fixture('store-v3.json'))
    broken.interactions[0].eventId = 'e-ghost'
    expect(loadNetworkFile(JSON.stringify(broken))).toMatchObject({ ok: false, message: expect.stringContaining('names a missing event') })
  })

  it('refuses pins of a contact that does not exist', () => {
    const broken = JSON.parse(fixture('store-v2.json'))
    broken.layoutPins['by-category'] = { 'c-ghost': { x: 1, y: 2 } }
    expect(loadNetworkFile(JSON.stringify(broken))).toMatchObject({ ok: false, message: expect.stringContaining('pins 1 missing contact') })
  })

  it('refuses a file from a newer Kith without touching it', () => {
    const newer = JSON.stringify({ ...JSON.parse(fixture('store-v1.json')), schemaVersion: 8 })
    expect(loadNetworkFile(newer)).toEqual({
      ok: false,
      reason: 'too-new',
      version: 8,
      message: 'This data was saved by a newer Kith (file format 8; this version reads up to 6). Update Kith to open it.',
    })
  })

  it('reads a file that starts with a byte-order mark, as Notepad saves it', () => {
    const outcome = loadNetworkFile(`\uFEFF${fixture('store-v4.json')}`)
    if (!outcome.ok) throw new Error(outcome.message)
    expect(outcome.file).toEqual((loadNetworkFile(fixture('store-v4.json')) as { file: unknown }).file)
    // Only a leading mark is dropped; one anywhere else is still not JSON.
    expect(loadNetworkFile(` \uFEFF${fixture('store-v4.json')}`)).toMatchObject({ ok: false, reason: 'unreadable' })
  })

  it('calls cut-off JSON, a missing version and broken references unreadable', () => {
    expect(loadNetworkFile('{"schemaVersion": 1, "me": {')).toMatchObject({ ok: false, reason: 'unreadable' })
    expect(loadNetworkFile('{"contacts": []}')).toMatchObject({ ok: false, reason: 'unreadable', message: expect.stringContaining('schemaVersion') })
    const dangling = JSON.parse(fixture('store-v1.json'))
    dangling.ties.push({ id: 't-9', a: 'c-ana', b: 'c-nobody', kind: 'knows' })
    expect(loadNetworkFile(JSON.stringify(dangling))).toMatchObject({
      ok: false,
      reason: 'unreadable',
      message: expect.stringContaining('Tie t-9 names a missing contact.'),
    })
  })
})

describe('migrateFile', () => {
  const Target = z.object({ schemaVersion: z.literal(3), items: z.array(z.string()), label: z.string() })
  const steps = [
    { from: 1, name: 'rename-things-to-items', up: ({ things, ...rest }: Record<string, unknown>) => ({ ...rest, items: things }) },
    { from: 2, name: 'add-label', up: (file: Record<string, unknown>) => ({ ...file, label: 'none' }) },
  ]

  it('applies named steps in order from the file’s version and validates the result', () => {
    const outcome = migrateFile({ schemaVersion: 1, things: ['x'] }, steps, 3, Target)
    expect(outcome).toEqual({ ok: true, file: { schemaVersion: 3, items: ['x'], label: 'none' }, migratedFrom: 1, applied: ['rename-things-to-items', 'add-label'] })
    expect(migrateFile({ schemaVersion: 2, items: [] }, steps, 3, Target)).toMatchObject({ ok: true, applied: ['add-label'] })
  })

  it('stops when a step is missing or the result does not validate', () => {
    expect(migrateFile({ schemaVersion: 1, things: [] }, steps.slice(1), 3, Target)).toMatchObject({
      ok: false,
      message: 'No upgrade is known from file format 1.',
    })
    expect(migrateFile({ schemaVersion: 1, things: 'oops' }, steps, 3, Target)).toMatchObject({ ok: false, reason: 'unreadable' })
  })
})
