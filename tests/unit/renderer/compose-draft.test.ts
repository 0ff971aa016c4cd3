import { describe, expect, it } from 'vitest'
import { composeMessage } from '../../../src/core/outreach/compose'
import { BUILT_IN_TEMPLATES, listTemplates } from '../../../src/core/outreach/templates'
import { clipboardText, contactMatches, groupTemplates, MATCH_LIMIT, openPlanItem, planItemById, whereToFill } from '../../../src/renderer/outreach/compose-draft'
import { makeContact, makeNetwork, TODAY } from '../helpers/builders'
import { makeItem, withPlan } from '../helpers/plan-builders'
import type { PlanItemId } from '../../../src/core/plan-schema'

const pid = (id: string) => id as PlanItemId

const ana = makeContact({ id: 'ana', name: 'Ana Silva', organization: 'Tidewater' })
const ben = makeContact({ id: 'ben', name: 'Ben Ode' })

describe('the composer', () => {
  it('groups templates by kind in a fixed order, Kith’s before the user’s', () => {
    const own = { id: 'own-1', name: 'Ask about hiring', kind: 'request' as const, timeAsked: '15 minutes', subject: 'Hiring', body: 'Hi {firstName}' }
    const groups = groupTemplates(listTemplates({ own: [own], edited: {} }))
    expect(groups.map((g) => g.label)).toEqual(['Ask for time', 'After a meeting', 'Keep in touch'])
    const requests = groups[0]!.templates
    expect(requests.at(-1)?.id).toBe('own-1')
    expect(requests.slice(0, -1).every((t) => t.origin === 'built-in')).toBe(true)
    expect(groups.reduce((n, g) => n + g.templates.length, 0)).toBe(BUILT_IN_TEMPLATES.length + 1)
  })

  it('finds the contact’s open plan item nearest to today, from last month to two months ahead', () => {
    const file = withPlan(makeNetwork({ contacts: [ana, ben] }), {
      '2026-09': { items: [makeItem('ana', 'planned', { id: pid('p-sep') })] },
      '2026-10': { items: [makeItem('ana', 'met', { id: pid('p-oct') })] },
      '2026-12': { items: [makeItem('ana', 'planned', { id: pid('p-dec') }), makeItem('ben', 'skipped', { id: pid('p-ben') })] },
      '2027-02': { items: [makeItem('ben', 'planned', { id: pid('p-ben-feb') })] },
    })
    // November: September is too far back, October's item is already met, December is open.
    expect(openPlanItem(file.plan, 'ana', TODAY)?.item.id).toBe('p-dec')
    // A skipped item is not written to; February is three months ahead.
    expect(openPlanItem(file.plan, 'ben', TODAY)).toBeNull()
    expect(planItemById(file.plan, 'p-oct')).toMatchObject({ month: '2026-10' })
    expect(planItemById(file.plan, 'gone')).toBeNull()
  })

  it('prefers this month over next when both hold an open item', () => {
    const file = withPlan(makeNetwork({ contacts: [ana] }), {
      '2026-12': { items: [makeItem('ana', 'planned', { id: pid('p-dec') })] },
      '2026-11': { items: [makeItem('ana', 'contacted', { id: pid('p-nov') })] },
    })
    expect(openPlanItem(file.plan, 'ana', TODAY)?.item.id).toBe('p-nov')
  })

  it('says where to fill each missing value, naming the contact', () => {
    expect(whereToFill('topic', 'Ana Silva')).toBe('Type it into Topic above.')
    expect(whereToFill('howWeMet', 'Ana Silva')).toContain('Type it into How we met above (Ana Silva has no note on it yet')
    expect(whereToFill('myName', 'Ana Silva')).toContain('Profile')
  })

  it('copies the subject above the body, or the body alone', () => {
    expect(clipboardText(' Hello ', 'Hi Ana,\nthanks')).toBe('Hello\n\nHi Ana,\nthanks')
    expect(clipboardText('', 'Hi Ana')).toBe('Hi Ana')
  })

  it('fills a template so the missing topic shows as a marker, never as undefined', () => {
    const template = BUILT_IN_TEMPLATES.find((t) => t.id === 'expert-opinion')!
    const message = composeMessage(template, { name: 'Ana Silva', howMet: '', email: '' }, { name: 'Sam' }, { topic: '' })
    expect(message.body).toContain('Hi Ana,')
    expect(message.body).toContain('[topic]')
    expect(message.body).not.toContain('undefined')
    expect(message.missing).toEqual(['topic', 'howWeMet'])
    expect(message.mailto).toBeNull()
  })

  it('searches by every word typed, lists at most 50 by name, and counts them all', () => {
    const many = Array.from({ length: 120 }, (_, i) => makeContact({ id: `c${i}`, name: `Person ${String(i).padStart(3, '0')}`, organization: i % 2 ? 'Tidewater' : 'Harbour' }))
    const found = contactMatches([...many, ana], 'tidewater')
    expect(found.total).toBe(61)
    expect(found.matches).toHaveLength(MATCH_LIMIT)
    expect(found.matches[0]?.name).toBe('Ana Silva')
    expect(contactMatches([ana, ben], 'ana tide').matches.map((c) => c.id)).toEqual(['ana'])
    expect(contactMatches([ana, ben], '   ')).toEqual({ matches: [], total: 0 })
  })
})
