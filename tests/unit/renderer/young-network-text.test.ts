import { describe, expect, it } from 'vitest'
import { computeInsights } from '../../../src/core/insights'
import { cadenceNote, healthHeading, healthSummary, reachOutEmptyNote } from '../../../src/renderer/insights/card-notes'
import { headlineMetrics } from '../../../src/renderer/insights/headline-metrics'
import { nextSteps } from '../../../src/renderer/shared/next-steps'
import { makeContact, makeInteraction, TODAY } from '../helpers/builders'
import { insightNetwork } from '../helpers/insight-builders'

/** Three contacts, all seen this week; `extra` adds more. */
const fresh = (n: number) =>
  insightNetwork({
    contacts: Array.from({ length: n }, (_, i) => makeContact({ id: `c${i}`, categories: ['department'] })),
    interactions: Array.from({ length: n }, (_, i) => makeInteraction(`i${i}`, [`c${i}`], TODAY)),
  })
const metricsOf = (file: ReturnType<typeof insightNetwork>) => computeInsights(file, TODAY).metrics

describe('insights texts with 0, 1 and 3 contacts', () => {
  it('claims nothing about everyone when there is nobody', () => {
    const m = metricsOf(insightNetwork())
    const texts = [reachOutEmptyNote(m), cadenceNote(m), healthSummary(m.health, 0), healthHeading('Needs work', 0), ...m.health.parts.map((p) => p.explanation)]
    for (const text of texts) expect(text).not.toMatch(/everyone|within their|all \d/i)
    expect(reachOutEmptyNote(m)).toBe('Once you have added people, this lists who most needs a message today, and why.')
    expect(cadenceNote(m)).toMatch(/^No contacts yet/)
    expect(healthHeading('Needs work', 0)).toBe('Network health: not scored yet')
    expect(m.health.parts.find((p) => p.id === 'breadth')?.explanation).toBe('0 of 8 categories have someone in them.')
    expect(m.health.parts.find((p) => p.id === 'diversity')?.explanation).toBe('No contacts yet.')
  })

  it('speaks of one contact as one', () => {
    const m = metricsOf(fresh(1))
    expect(reachOutEmptyNote(m)).toBe('Nobody needs a nudge today. Your one contact is within their keep-in-touch cadence.')
    expect(cadenceNote(m)).toBe('Your one contact is within their keep-in-touch cadence.')
    expect(healthHeading('Needs work', 1)).toBe('Network health: Needs work')
    expect(m.health.parts.find((p) => p.id === 'breadth')?.explanation).toBe('1 of 8 categories has someone in them.')
    expect(m.health.parts.find((p) => p.id === 'freshness')?.explanation).toBe('1 of 1 contact is within their keep-in-touch cadence.')
    const industries = headlineMetrics(metricsOf(insightNetwork({ contacts: [makeContact({ id: 'a', industry: 'Retail' })] }))).find((h) => h.id === 'industries')
    expect(industries?.explanation).toBe('The industry of your one contact so far.')
  })

  it('counts several, and says who is past their cadence', () => {
    const m = metricsOf(fresh(3))
    expect(reachOutEmptyNote(m)).toBe('Nobody needs a nudge today. All 3 contacts are within their keep-in-touch cadence.')
    expect(cadenceNote(m)).toBe('All 3 contacts are within their keep-in-touch cadence.')
    const late = metricsOf(insightNetwork({ contacts: [makeContact({ id: 'a' }), makeContact({ id: 'b' })], interactions: [makeInteraction('i', ['a'], TODAY)] }))
    expect(cadenceNote(late)).toBe('1 of 2 contacts is past their keep-in-touch cadence.')
    expect(healthSummary(late.health, 2)).toMatch(/^Most points lost on /)
  })
})

describe('next steps for a young network', () => {
  it('starts an empty network with people one knows', () => {
    expect(nextSteps({ contacts: [], interactions: [] })).toEqual({ unlogged: null, missing: ['existing', 'department', 'other-industry'] })
  })

  it('asks when one last spoke with the contact just added, and suggests kinds not there yet', () => {
    const mina = makeContact({ id: 'mina', categories: ['existing'] })
    const ben = makeContact({ id: 'ben', categories: ['department'] })
    const steps = nextSteps({ contacts: [mina, ben], interactions: [] }, 'mina')
    expect(steps.unlogged?.id).toBe('mina')
    expect(steps.missing).toEqual(['other-industry', 'cross-function', 'leader'])
    // Without a hint, the latest added; once everyone has a conversation logged, nothing to log.
    expect(nextSteps({ contacts: [mina, ben], interactions: [] }).unlogged?.id).toBe('ben')
    expect(nextSteps({ contacts: [mina, ben], interactions: [makeInteraction('i', ['mina', 'ben'], TODAY)] }).unlogged).toBeNull()
  })
})
