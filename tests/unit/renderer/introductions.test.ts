import { describe, expect, it } from 'vitest'
import { introductionPaths } from '../../../src/core/outreach/introduction-paths'
import type { ContactId, Tie } from '../../../src/core/schema'
import { briefPlanItem } from '../../../src/renderer/outreach-brief/plan-item'
import { pathFocus } from '../../../src/renderer/map/path-focus'
import { ME_ID } from '../../../src/renderer/map/to-cy-elements'
import { graphOf } from '../../../src/renderer/shared/introduction-graph'
import { pathSentence } from '../../../src/renderer/shared/path-words'
import { makeContact, makeNetwork } from '../helpers/builders'
import { makeItem } from '../helpers/plan-builders'

// Ana (close) works with Ben; Ben introduced Cleo to the user; Cleo is the target.
const ana = makeContact({ id: 'ana', name: 'Ana Lee', tieStrength: 5 })
const ben = makeContact({ id: 'ben', name: 'Ben Ortiz', tieStrength: 4 })
const cleo = makeContact({ id: 'cleo', name: 'Cleo Park', tieStrength: 1, introducedBy: 'ben' as ContactId })
const ties = [{ id: 't1', a: 'ana', b: 'ben', kind: 'works-with' } as Tie]
const network = makeNetwork({ contacts: [ana, ben, cleo], ties })
const byId = new Map(network.contacts.map((c) => [c.id as string, c]))
const toCleo = () => introductionPaths(graphOf(network), { kind: 'person', contactId: 'cleo' as ContactId }).paths

describe('introduction paths in the renderer', () => {
  it('builds the graph once per network and again after a change to the ties', () => {
    expect(graphOf(network)).toBe(graphOf(network))
    expect(graphOf({ ...network, ties: [] })).not.toBe(graphOf(network))
    expect(graphOf({ ...network, contacts: [...network.contacts] })).not.toBe(graphOf(network))
  })

  it('says each path in plain words, telling who introduced whom', () => {
    expect(toCleo().map((p) => pathSentence(p, byId))).toEqual(['Ask Ben Ortiz, who introduced you to Cleo Park.', 'Ask Ana Lee, who works with Ben Ortiz, who introduced you to Cleo Park.'])
  })

  it('shows a path on the map as its people and its links, the user to the introducer first', () => {
    const longer = toCleo()[1]!
    expect(pathFocus(network.contacts, longer, 'Cleo Park')).toEqual({
      ids: [ME_ID, 'ana', 'ben', 'cleo'],
      reason: 'Introduction to Cleo Park through Ana Lee',
      links: [
        [ME_ID, 'ana'],
        ['ana', 'ben'],
        ['ben', 'cleo'],
      ],
    })
  })
})

describe('the plan item a brief shows', () => {
  const plan = {
    '2026-09': { busy: null, items: [makeItem('ana', 'met', { id: 'old' as never, purpose: 'Old' })] },
    '2026-11': { busy: null, items: [makeItem('ana', 'thanked', { id: 'done' as never, purpose: 'Done' }), makeItem('ben', 'planned', { id: 'ben1' as never })] },
    '2026-12': { busy: null, items: [makeItem('ana', 'planned', { id: 'next' as never, purpose: 'Next' })] },
  }

  it('is the one asked for, or nothing when it is gone', () => {
    expect(briefPlanItem(plan, 'ana', '2026-11-30', 'old')?.purpose).toBe('Old')
    expect(briefPlanItem(plan, 'ana', '2026-11-30', 'missing')).toBeNull()
  })

  it('is otherwise the nearest open one from this month on, then the latest past one', () => {
    expect(briefPlanItem(plan, 'ana', '2026-11-30')?.id).toBe('next')
    expect(briefPlanItem(plan, 'ana', '2027-02-01')?.id).toBe('next')
    expect(briefPlanItem({ '2026-09': plan['2026-09'] }, 'ana', '2026-11-30')?.id).toBe('old')
    expect(briefPlanItem(plan, 'cleo', '2026-11-30')).toBeNull()
  })
})
