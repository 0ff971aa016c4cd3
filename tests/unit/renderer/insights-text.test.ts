import { describe, expect, it } from 'vitest'
import { computeInsights } from '../../../src/core/insights'
import type { HealthPart } from '../../../src/core/insight-schema'
import { contactsFilterForGap } from '../../../src/renderer/contacts/contact-rows'
import { hiddenNote, snoozeUntil } from '../../../src/renderer/insights/gap-list'
import { headlineMetrics } from '../../../src/renderer/insights/headline-metrics'
import { biggestLosses, formatPoints, lossSentence, scoreWord } from '../../../src/renderer/insights/health-breakdown'
import { makeContact, makeInteraction, makeTie, TODAY } from '../helpers/builders'
import { insightNetwork } from '../helpers/insight-builders'

const part = (id: string, weight: number, points: number): HealthPart => ({ id, label: id, weight, value: points / weight, points, explanation: '' })

describe('health breakdown', () => {
  it('names the parts that lost the most points, largest first', () => {
    const parts = [part('Breadth', 20, 17.5), part('Freshness', 25, 9.4), part('Laid-off readiness', 15, 3), part('Participation', 10, 0), part('Reach', 10, 10)]
    expect(biggestLosses(parts).map((l) => [l.part.id, l.lost])).toEqual([
      ['Freshness', 15.6],
      ['Laid-off readiness', 12],
      ['Participation', 10],
    ])
    expect(lossSentence(parts)).toBe('Most points lost on Freshness (−15.6), Laid-off readiness (−12) and Participation (−10).')
    expect(lossSentence([part('Reach', 10, 10)])).toBe('Full marks on every part.')
    expect(lossSentence([part('Reach', 10, 4)])).toBe('Most points lost on Reach (−6).')
  })

  it('puts the score in a word and points without a trailing .0', () => {
    expect([85, 60, 51, 12].map(scoreWord)).toEqual(['Strong', 'Good', 'Fair', 'Needs work'])
    expect([9.4, 12, 0, 3.04].map(formatPoints)).toEqual(['9.4', '12', '0', '3'])
  })
})

describe('gap list', () => {
  it('snoozes for thirty days and says how a hidden gap is hidden', () => {
    expect(snoozeUntil('2026-11-26')).toBe('2026-12-26')
    expect(snoozeUntil('2026-12-15')).toBe('2027-01-14')
    expect(hiddenNote({ id: 'no-hub', title: 'x', until: '2026-12-26' })).toBe('snoozed until 26 Dec 2026')
    expect(hiddenNote({ id: 'no-hub', title: 'x', until: null })).toBe('dismissed')
  })

  it('turns a gap’s contacts target into the table’s filter', () => {
    expect(contactsFilterForGap({ kind: 'contacts', band: 'overdue', laidOff: true, category: null })).toEqual({ band: 'overdue', laidOffOnly: true, category: '' })
    expect(contactsFilterForGap({ kind: 'contacts', band: null, laidOff: false, category: 'leader' })).toEqual({ band: '', laidOffOnly: false, category: 'leader' })
  })
})

describe('headline metrics', () => {
  const contacts = [
    makeContact({ id: 'a', categories: ['department'], organization: 'Northgate', industry: 'Healthcare', onLaidOffList: true }),
    makeContact({ id: 'b', categories: ['department', 'leader'], organization: 'Northgate', industry: 'Healthcare' }),
    makeContact({ id: 'c', categories: ['social'], organization: 'Acme', industry: 'Retail' }),
  ]

  it('says each number in plain words, with what is missing', () => {
    const { metrics } = computeInsights(insightNetwork({ contacts, interactions: [makeInteraction('i', ['a'], TODAY)] }), TODAY)
    const byId = Object.fromEntries(headlineMetrics(metrics).map((h) => [h.id, h]))
    expect(byId.categories).toMatchObject({ value: '3/8' })
    expect(byId.categories?.explanation).toContain('Missing: Other functions, Other industries')
    expect(byId.industries).toMatchObject({ value: '2', explanation: 'Different industries your contacts work in.' })
    expect(byId['largest-organization']).toMatchObject({ value: '67%', explanation: '2 of your contacts with a known employer work at Northgate.' })
    expect(byId['weak-ties']).toMatchObject({ value: '0%', explanation: '0 of 1 social-media contact met in person or by video.' })
    expect(byId['laid-off']).toMatchObject({ value: '1 of 5' })
    // No ties recorded: nothing to say about who knows whom.
    expect(byId['effective-size']).toBeUndefined()
  })

  it('adds Burt’s numbers once ties are recorded', () => {
    const { metrics } = computeInsights(insightNetwork({ contacts, ties: [makeTie('t', 'a', 'b')] }), TODAY)
    const ego = metrics.egoNetwork
    expect(ego).not.toBeNull()
    const byId = Object.fromEntries(headlineMetrics(metrics).map((h) => [h.id, h]))
    expect(byId['effective-size']?.value).toBe(`${ego?.effectiveSize.toFixed(1)} of 3`)
    expect(byId.constraint?.value).toBe(ego?.constraint.toFixed(2))
    // Plain names on the card; the scholarly ones in the explanation a user can unfold.
    expect(byId['effective-size']).toMatchObject({ label: 'Independent contacts', more: expect.stringMatching(/^Burt’s effective size: your 3 contacts minus the overlap .* from the 1 tie you recorded/) })
    expect(byId.constraint).toMatchObject({ label: 'Reliance on a few', more: expect.stringMatching(/^Burt’s constraint: /) })
    expect(byId.constraint?.explanation).toMatch(/^\d\.\d\d if none of your contacts knew each other/)
    expect(byId.blau).toMatchObject({ label: 'Variety across categories', more: expect.stringMatching(/Blau index/) })
    expect(headlineMetrics(metrics).map((h) => h.label).join(' ')).not.toMatch(/Blau|Burt/)
  })

  it('uses a dash where there is nothing to measure', () => {
    const { metrics } = computeInsights(insightNetwork({ contacts: [makeContact({ id: 'a' })] }), TODAY)
    const byId = Object.fromEntries(headlineMetrics(metrics).map((h) => [h.id, h]))
    expect(byId['weak-ties']).toMatchObject({ value: '—', explanation: 'No social-media contacts yet.' })
    expect(byId['largest-organization']).toMatchObject({ value: '—' })
    expect(byId.industries?.explanation).toBe('No contact has an industry recorded yet.')
  })
})
