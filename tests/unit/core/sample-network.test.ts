import { describe, expect, it } from 'vitest'
import { CATEGORIES } from '../../../src/core/categories'
import { daysBetween } from '../../../src/core/dates'
import { lastContactIndex } from '../../../src/core/last-contact'
import { buildSampleNetwork } from '../../../src/core/sample-network'
import { counterIds, NOW, TODAY } from '../helpers/builders'

const sample = buildSampleNetwork(TODAY, NOW, counterIds('s'))

describe('the sample network', () => {
  it('has about forty contacts, a persona and a few ties', () => {
    expect(sample.contacts).toHaveLength(40)
    expect(sample.me).toMatchObject({ name: 'Priya Raman', industry: 'Healthcare' })
    expect(sample.ties.length).toBeGreaterThanOrEqual(10)
  })

  it('covers every category but one: nobody from another industry', () => {
    const used = new Set(sample.contacts.flatMap((c) => c.categories))
    expect(CATEGORIES.filter((c) => !used.has(c))).toEqual(['other-industry'])
    expect(new Set(sample.contacts.map((c) => c.industry))).toEqual(new Set(['Healthcare']))
  })

  it('spreads interactions over two years, relative to the day it is loaded', () => {
    const ages = sample.interactions.map((i) => daysBetween(i.date, TODAY))
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(0)
    expect(Math.min(...ages)).toBeLessThan(7)
    expect(Math.max(...ages)).toBeGreaterThan(500)
    expect(Math.max(...ages)).toBeLessThanOrEqual(730)
    const shifted = buildSampleNetwork('2030-01-01', NOW, counterIds('s'))
    expect(shifted.interactions[0]?.date).toBe('2029-12-29')
  })

  it('has the weaknesses Kith should find', () => {
    const last = lastContactIndex(sample.interactions)
    const home = sample.contacts.filter((c) => c.organization === sample.me.organization).length
    expect(home / sample.contacts.length).toBeGreaterThan(0.6)
    const closeButQuiet = sample.contacts.filter((c) => c.tieStrength >= 4 && daysBetween(last.get(c.id) ?? '2000-01-01', TODAY) > 180)
    expect(closeButQuiet.map((c) => c.name)).toEqual(['Daniel Cho', 'Elena Rossi'])
    expect(sample.contacts.filter((c) => c.onLaidOffList)).toHaveLength(3)
    const given = sample.interactions.filter((i) => i.direction === 'gave').length
    const received = sample.interactions.filter((i) => i.direction === 'received').length
    expect(received).toBeGreaterThan(3 * given)
    const neverMet = sample.contacts.filter(
      (c) => c.categories.includes('social') && !sample.interactions.some((i) => i.contactIds.includes(c.id) && ['coffee', 'lunch', 'meeting', 'video', 'event'].includes(i.channel)),
    )
    expect(neverMet.length).toBeGreaterThanOrEqual(3)
  })
})
