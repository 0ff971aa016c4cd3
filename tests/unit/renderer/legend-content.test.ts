import { describe, expect, it } from 'vitest'
import { categoryCounts } from '../../../src/core/categories'
import { contactStatuses } from '../../../src/core/staleness'
import { NO_FILTER } from '../../../src/renderer/map/filters'
import { legendContent } from '../../../src/renderer/map/legend-content'
import { makeContact, makeInteraction, makeNetwork, makeTie, TODAY } from '../helpers/builders'

const network = makeNetwork({
  contacts: [
    makeContact({ id: 'a', categories: ['department'], onLaidOffList: true }),
    makeContact({ id: 'b', categories: ['social', 'author'] }),
    makeContact({ id: 'c', categories: ['department'] }),
  ],
  ties: [makeTie('t1', 'a', 'b')],
  interactions: [makeInteraction('i1', ['a'], TODAY)],
})
const statuses = contactStatuses(network, TODAY)

describe('legendContent', () => {
  it('counts what is shown per category (someone in several in each), band and marker, listing empty categories too', () => {
    const legend = legendContent(network, statuses, NO_FILTER, new Set(['a', 'b', 'c']))
    expect(legend.categories.map((c) => [c.category, c.count])).toEqual([
      ['department', 2],
      ['cross-function', 0],
      ['other-industry', 0],
      ['author', 1],
      ['existing', 0],
      ['association', 0],
      ['leader', 0],
      ['social', 1],
    ])
    expect(legend.bands.map((b) => [b.band, b.count])).toEqual([
      ['new', 0],
      ['fresh', 1],
      ['due-soon', 0],
      ['overdue', 0],
      ['dormant', 2],
    ])
    expect(legend.laidOff?.count).toBe(1)
    expect(legend.ties?.count).toBe(1)
    expect(legend.multiCategory).toBe(true)
    expect(legend.filterNote).toBeNull()
  })

  it('counts categories as the insights do, so a pie slice is never listed as "none yet"', () => {
    const legend = legendContent(network, statuses, NO_FILTER, new Set(['a', 'b', 'c']))
    const counts = categoryCounts(network.contacts)
    expect(Object.fromEntries(legend.categories.map((c) => [c.category, c.count]))).toEqual(counts)
    expect(legend.categories.find((c) => c.category === 'author')?.count).toBe(1)
  })

  it('describes an active filter and leaves out markers nobody shown carries', () => {
    const filter = { ...NO_FILTER, categories: ['department' as const], maxStrength: 3 }
    const legend = legendContent(network, statuses, filter, new Set(['c']))
    expect(legend.filterNote).toBe('1 category · strength 1–3')
    expect(legend.laidOff).toBeNull()
    expect(legend.ties).toBeNull()
    expect(legend.multiCategory).toBe(false)
  })
})
