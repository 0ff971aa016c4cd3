import { describe, expect, it } from 'vitest'
import type { FollowUp } from '../../../../src/core/event-schema'
import { introductionGraph, introductionPaths } from '../../../../src/core/outreach/introduction-paths'
import { prepBrief, prepBriefText, type PrepBriefInput } from '../../../../src/core/outreach/prep-brief'
import type { Tie } from '../../../../src/core/schema'
import { cid, deepFreeze, makeContact, makeInteraction, makeTie } from '../../helpers/builders'

const TODAY = '2026-11-26'

const followUp = (id: string, contactIds: string[], dueOn: string, doneOn: string | null = null) =>
  ({ id, title: `Follow-up ${id}`, contactIds, interactionId: null, dueOn, doneOn }) as FollowUp

function input(overrides: Partial<PrepBriefInput> = {}): PrepBriefInput {
  const ana = makeContact({ id: 'ana', name: 'Ana Marín', role: 'Analyst', organization: 'Northgate', howMet: 'at DataConf 2025', introducedBy: cid('ben') })
  const contacts = [
    ana,
    makeContact({ id: 'ben', name: 'Ben Okafor', tieStrength: 4 }),
    makeContact({ id: 'cho', name: 'Cho Park', tieStrength: 2 }),
    makeContact({ id: 'dev', name: 'Dev Rao', tieStrength: 5, introducedBy: cid('ana') }),
  ]
  const interactions = [
    makeInteraction('i1', ['ana'], '2026-11-20', { channel: 'coffee', direction: 'gave', summary: 'Shared the rota\nspreadsheet' }),
    makeInteraction('i2', ['ana', 'cho'], '2026-06-01', { channel: 'video', direction: 'received', summary: 'Advice on hiring' }),
    makeInteraction('i3', ['ana'], '2025-11-26', { channel: 'email', direction: 'mutual' }),
    makeInteraction('i4', ['ana'], '2025-11-27', { channel: 'lunch', direction: 'none', summary: 'Catch-up' }),
    makeInteraction('i5', ['ana'], '2025-01-01', { channel: 'phone', direction: 'none' }),
    makeInteraction('i6', ['ana'], '2024-01-01', { channel: 'phone', direction: 'none' }),
    makeInteraction('future', ['ana'], '2026-12-24', { channel: 'lunch' }),
    makeInteraction('other', ['ben'], '2026-11-25'),
  ]
  const ties: Tie[] = [makeTie('t1', 'ana', 'cho'), { ...makeTie('t2', 'ben', 'ana'), kind: 'works-with' }]
  const followUps = [followUp('late', ['ana'], '2026-11-01'), followUp('soon', ['ana', 'ben'], '2026-12-02'), followUp('done', ['ana'], '2026-10-01', '2026-10-02'), followUp('not-hers', ['ben'], '2026-11-01')]
  return deepFreeze({ contact: ana, contacts, ties, interactions, followUps, today: TODAY, ...overrides })
}

describe('the prep brief', () => {
  it('holds how you met, who introduced you, the last interactions up to today, newest first', () => {
    const b = prepBrief(input())
    expect(b).toMatchObject({ name: 'Ana Marín', howMet: 'at DataConf 2025', introducedBy: { contactId: 'ben', name: 'Ben Okafor' }, lastContact: '2026-11-20', interactionCount: 6, purpose: null })
    expect(b.recent.map((i) => i.date)).toEqual(['2026-11-20', '2026-06-01', '2025-11-27', '2025-11-26', '2025-01-01'])
    expect(b.recent[1]?.withOthers).toEqual(['Cho Park'])
  })

  it('counts help in the 365 days up to today (a year ago to the day is out), a mutual one both ways', () => {
    const b = prepBrief(input())
    expect(b.helpGiven.map((i) => i.date)).toEqual(['2026-11-20'])
    expect(b.helpReceived.map((i) => i.date)).toEqual(['2026-06-01'])
    const dayLater = prepBrief(input({ today: '2026-11-25' }))
    expect(dayLater.helpGiven.map((i) => i.date)).toEqual(['2026-11-20', '2025-11-26'])
    expect(dayLater.helpReceived.map((i) => i.date)).toEqual(['2026-06-01', '2025-11-26'])
  })

  it('lists open follow-ups soonest first with their state, and shared ties closest first', () => {
    const b = prepBrief(input({ purpose: '  Ask about rota planning ' }))
    expect(b.purpose).toBe('Ask about rota planning')
    expect(b.openFollowUps).toEqual([
      { title: 'Follow-up late', dueOn: '2026-11-01', state: 'overdue' },
      { title: 'Follow-up soon', dueOn: '2026-12-02', state: 'upcoming' },
    ])
    expect(b.sharedTies.map((t) => [t.name, t.kind])).toEqual([
      ['Dev Rao', 'they-introduced-you'],
      ['Ben Okafor', 'introduced-you-to-them'],
      ['Cho Park', 'knows'],
    ])
    expect(b.sharedTieCount).toBe(3)
  })

  it('writes plain text with every section, and the introduction paths when given', () => {
    const base = input()
    const paths = introductionPaths(introductionGraph(base.contacts, base.ties), { kind: 'person', contactId: cid('ana') }).paths
    const text = prepBriefText(prepBrief({ ...base, purpose: 'Ask about rota planning', introductionPaths: paths }))
    expect(text).toBe(`Meeting prep: Ana Marín
Analyst, Northgate

Purpose: Ask about rota planning
How you met: at DataConf 2025. Introduced by Ben Okafor.
Last contact: 20 Nov 2026 (6 days ago)

Recent interactions
- 20 Nov 2026 · Coffee · I helped them: Shared the rota spreadsheet
- 1 Jun 2026 · Video call · They helped me · with Cho Park: Advice on hiring
- 27 Nov 2025 · Lunch: Catch-up
- 26 Nov 2025 · E-mail · We helped each other
- 1 Jan 2025 · Phone call
- …and 1 earlier one.

Help in the last year
- You helped them: 1 time
    20 Nov 2026: Shared the rota spreadsheet
- They helped you: 1 time
    1 Jun 2026: Advice on hiring

Open follow-ups
- Follow-up late (due 1 Nov 2026, overdue)
- Follow-up soon (due 2 Dec 2026, upcoming)

People you both know (3)
- Dev Rao: you met through Ana
- Ben Okafor: introduced you to Ana
- Cho Park: knows them

Who could introduce you
- Dev Rao → Ana Marín (weakest tie 5 of 5)
- Ben Okafor → Ana Marín (weakest tie 4 of 5)
- Cho Park → Ana Marín (weakest tie 2 of 5)
`)
  })

  it('says plainly when a section is empty', () => {
    const lone = makeContact({ id: 'zed', name: 'Zed' })
    const text = prepBriefText(prepBrief({ contact: lone, contacts: [lone], ties: [], interactions: [], followUps: [], today: TODAY }))
    expect(text).toBe(`Meeting prep: Zed

How you met: not recorded
Last contact: none logged

Recent interactions
- None logged yet.

Help in the last year
- None recorded either way.

Open follow-ups
- None.

People you both know
- None recorded.
`)
  })
})
