import { describe, expect, it } from 'vitest'
import type { FollowUp } from '../../../src/core/event-schema'
import type { NetworkFile } from '../../../src/core/network-file'
import { planAfterFollowUp, planAfterInteraction, recordOutreach } from '../../../src/core/plan-follow-through'
import type { PlanItemId, PlanStatus } from '../../../src/core/plan-schema'
import { cid, deepFreeze, fixedContext, makeContact, makeInteraction, makeNetwork, TODAY } from '../helpers/builders'
import { makeItem, withPlan } from '../helpers/plan-builders'

const pid = (id: string) => id as PlanItemId
const base = makeNetwork({ contacts: [makeContact({ id: 'ana', name: 'Ana' }), makeContact({ id: 'ben', name: 'Ben' })] })
const statuses = (file: NetworkFile) => Object.fromEntries(Object.values(file.plan).flatMap((e) => e.items.map((i) => [i.id, i.status])))
const followUp = (contactIds: string[], dueOn: string, doneOn: string | null = dueOn) =>
  ({ id: 'f1', title: 'Thank them', contactIds, interactionId: null, dueOn, doneOn }) as FollowUp

describe('a logged meeting marks the plan item met', () => {
  const plan = (status: PlanStatus, month: string) => deepFreeze(withPlan(base, { [month]: { items: [makeItem('ana', status, { id: pid('item') })] } }))

  it('within two months late or one month early, not beyond', () => {
    const met = (month: string, date: string) => statuses(planAfterInteraction(plan('scheduled', month), makeInteraction('i1', ['ana'], date)).file).item
    expect(met('2026-11', '2026-11-26')).toBe('met')
    expect(met('2026-09', '2026-11-26')).toBe('met') // two months late
    expect(met('2026-08', '2026-11-30')).toBe('scheduled') // three months late: too far away
    expect(met('2026-12', '2026-11-26')).toBe('met') // a month early
    expect(met('2027-01', '2026-11-26')).toBe('scheduled') // two months early
  })

  it('leaves skipped, already met and thanked items alone, and ignores what is not a meeting', () => {
    for (const status of ['skipped', 'met', 'thanked'] as const) {
      const { file, met } = planAfterInteraction(plan(status, '2026-11'), makeInteraction('i1', ['ana'], TODAY))
      expect(statuses(file).item).toBe(status)
      expect(met).toEqual([])
    }
    const { file, met } = planAfterInteraction(plan('planned', '2026-11'), makeInteraction('i1', ['ana'], TODAY, { channel: 'email' }))
    expect(statuses(file).item).toBe('planned')
    expect(met).toEqual([])
  })

  it('picks the nearest month when the person is planned twice, and marks each participant once', () => {
    const file = withPlan(base, {
      '2026-10': { items: [makeItem('ana', 'planned', { id: pid('oct') })] },
      '2026-11': { items: [makeItem('ana', 'contacted', { id: pid('nov') }), makeItem('ben', 'planned', { id: pid('ben') })] },
    })
    const { file: after, met } = planAfterInteraction(file, makeInteraction('i1', ['ana', 'ben'], '2026-11-03', { channel: 'lunch' }))
    expect(statuses(after)).toEqual({ oct: 'planned', nov: 'met', ben: 'met' })
    expect(met.map((i) => i.id)).toEqual(['nov', 'ben'])
  })
})

describe('a completed follow-up marks a met item thanked', () => {
  const file = deepFreeze(
    withPlan(base, {
      '2026-07': { items: [makeItem('ana', 'met', { id: pid('far') })] },
      '2026-11': { items: [makeItem('ana', 'met', { id: pid('met') }), makeItem('ben', 'planned', { id: pid('ben') })] },
    }),
  )

  it('only once done, only met items, only near the due day', () => {
    expect(planAfterFollowUp(file, followUp(['ana'], '2026-11-28', null))).toBe(file)
    expect(statuses(planAfterFollowUp(file, followUp(['ana', 'ben'], '2026-11-28')))).toEqual({ far: 'met', met: 'thanked', ben: 'planned' })
    // Due five months after July and one after November: only November is near enough.
    expect(statuses(planAfterFollowUp(file, followUp(['ana'], '2026-12-05')))).toEqual({ far: 'met', met: 'thanked', ben: 'planned' })
    expect(statuses(planAfterFollowUp(file, followUp(['ana'], '2027-03-01')))).toEqual({ far: 'met', met: 'met', ben: 'planned' })
  })
})

describe('recordOutreach', () => {
  const file = deepFreeze(
    withPlan(base, {
      '2026-11': {
        items: [makeItem('ana', 'planned', { id: pid('ana') }), makeItem('ben', 'skipped', { id: pid('ben') })],
      },
      '2026-12': { items: [makeItem('ana', 'scheduled', { id: pid('ana-dec') })] },
    }),
  )
  const send = (contactId: string, planItemId: string | null) =>
    recordOutreach(file, { contactId: cid(contactId), planItemId: planItemId === null ? null : pid(planItemId), subject: ' Coffee? ', channel: 'email' }, fixedContext())

  it('logs the message and marks the item asked, never moving one back', () => {
    const asked = send('ana', 'ana')
    expect(asked.ok && statuses(asked.value.file)).toMatchObject({ ana: 'contacted', 'ana-dec': 'scheduled' })
    expect(asked.ok && asked.value.value.interaction).toMatchObject({ contactIds: ['ana'], date: TODAY, channel: 'email', summary: 'Sent: Coffee?' })
    const later = send('ana', 'ana-dec')
    expect(later.ok && later.value.value.item?.status).toBe('scheduled')
    const loose = send('ana', null)
    expect(loose.ok && loose.value.value.item).toBeNull()
    expect(loose.ok && statuses(loose.value.file)).toEqual(statuses(file))
  })

  it('refuses a skipped item, someone else’s item and one that is gone', () => {
    expect(send('ben', 'ben')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(send('ben', 'ana')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(send('ana', 'nope')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
