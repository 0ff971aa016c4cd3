import { describe, expect, it } from 'vitest'
import { mergeContacts } from '../../../src/core/merge-contacts'
import { deleteContact } from '../../../src/core/network-ops'
import { bulkDeleteContacts } from '../../../src/core/bulk-ops'
import { NetworkFile } from '../../../src/core/network-file'
import { addPlanItem, editPlanItem, fillMonth, movePlanItem, removePlanItem, setMonthBusy, setPlanStatus, transitionProblem } from '../../../src/core/plan-ops'
import { PLAN_STATUSES, PlanSuggestInput, type PlanItemId, type PlanStatus } from '../../../src/core/plan-schema'
import type { ContactId } from '../../../src/core/schema'
import { fixedContext, makeContact, makeInteraction, makeNetwork } from '../helpers/builders'
import { makeItem, withPlan } from '../helpers/plan-builders'

const ana = makeContact({ id: 'ana', name: 'Ana' })
const ben = makeContact({ id: 'ben', name: 'Ben' })
const cleo = makeContact({ id: 'cleo', name: 'Cleo' })
const base = makeNetwork({ contacts: [ana, ben, cleo] })
const pid = (id: string) => id as PlanItemId
const cid = (id: string) => id as ContactId

function value<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}
const ids = (file: NetworkFile, month: string) => (file.plan[month]?.items ?? []).map((i) => i.contactId)

describe('the month schema of plan:suggest', () => {
  it('takes a real month and refuses month 13, month 0, a missing zero and extra fields', () => {
    expect(PlanSuggestInput.safeParse({ month: '2026-12' }).success).toBe(true)
    for (const month of ['2026-13', '2026-00', '2026-1', '2026-12-01', '']) expect(PlanSuggestInput.safeParse({ month }).success).toBe(false)
    expect(PlanSuggestInput.safeParse({ month: '2026-12', extra: 1 }).success).toBe(false)
    expect(PlanSuggestInput.safeParse({ month: '2026-13' }).error?.issues[0]?.message).toBe('Use a real month in the form YYYY-MM, e.g. 2026-12.')
  })
})

describe('adding, editing, moving and removing', () => {
  it('adds people at the end of a month, and refuses the same person twice in one month or a deleted contact', () => {
    const ctx = fixedContext()
    const one = value(addPlanItem(base, { month: '2026-12', contactId: cid('ana'), purpose: 'Ask about the merger', note: '' }, ctx))
    const two = value(addPlanItem(one.file, { month: '2026-12', contactId: cid('ben'), purpose: '', note: '' }, ctx))
    expect(ids(two.file, '2026-12')).toEqual(['ana', 'ben'])
    expect(two.file.plan['2026-12']?.items[0]).toEqual({ id: 'id-1', contactId: 'ana', purpose: 'Ask about the merger', status: 'planned', skipReason: null, note: '' })
    expect(NetworkFile.safeParse(two.file).success).toBe(true)
    expect(addPlanItem(two.file, { month: '2026-12', contactId: cid('ana'), purpose: '', note: '' }, ctx)).toMatchObject({ ok: false, error: { code: 'DUPLICATE', message: 'Ana is already in the plan for December 2026.' } })
    expect(addPlanItem(two.file, { month: '2026-12', contactId: cid('ghost'), purpose: '', note: '' }, ctx)).toMatchObject({ ok: false, error: { code: 'DANGLING_REFERENCE' } })
  })

  it('edits purpose and note', () => {
    const file = withPlan(base, { '2026-12': { items: [makeItem('ana')] } })
    const { file: next } = value(editPlanItem(file, pid('p-ana'), { purpose: 'Learn how they hire', note: 'Met at the forum' }))
    expect(next.plan['2026-12']?.items[0]).toMatchObject({ purpose: 'Learn how they hire', note: 'Met at the forum', status: 'planned' })
  })

  it('reorders within a month and moves between months, dropping a month left empty', () => {
    const file = withPlan(base, { '2026-12': { items: [makeItem('ana'), makeItem('ben'), makeItem('cleo')] } })
    const reordered = value(movePlanItem(file, pid('p-cleo'), '2026-12', 0)).file
    expect(ids(reordered, '2026-12')).toEqual(['cleo', 'ana', 'ben'])
    const last = value(movePlanItem(file, pid('p-ana'), '2026-12', 99)).file
    expect(ids(last, '2026-12')).toEqual(['ben', 'cleo', 'ana'])
    const moved = value(movePlanItem(file, pid('p-ben'), '2027-01', 0)).file
    expect(ids(moved, '2026-12')).toEqual(['ana', 'cleo'])
    expect(ids(moved, '2027-01')).toEqual(['ben'])
    const single = withPlan(base, { '2026-12': { items: [makeItem('ana')] } })
    expect(Object.keys(value(movePlanItem(single, pid('p-ana'), '2027-02', 0)).file.plan)).toEqual(['2027-02'])
  })

  it('refuses to move someone into a month that already plans them', () => {
    const file = withPlan(base, { '2026-12': { items: [makeItem('ana')] }, '2027-01': { items: [makeItem('ana', 'planned', { id: pid('p-ana-2') })] } })
    expect(movePlanItem(file, pid('p-ana'), '2027-01', 0)).toMatchObject({ ok: false, error: { code: 'DUPLICATE', message: 'Ana is already in the plan for January 2027.' } })
  })

  it('removes an item, keeping a busy month that is now empty', () => {
    const file = withPlan(base, { '2026-12': { busy: 'light', items: [makeItem('ana')] } })
    const next = value(removePlanItem(file, pid('p-ana'))).file
    expect(next.plan).toEqual({ '2026-12': { busy: 'light', items: [] } })
    expect(removePlanItem(next, pid('p-ana'))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('marks a month busy and ordinary again, keeping its items', () => {
    const file = withPlan(base, { '2026-12': { items: [makeItem('ana')] } })
    const off = value(setMonthBusy(file, '2026-12', 'off')).file
    expect(off.plan['2026-12']).toEqual({ busy: 'off', items: [makeItem('ana')] })
    expect(value(setMonthBusy(off, '2026-12', null)).file.plan['2026-12']?.busy).toBeNull()
    expect(value(setMonthBusy(base, '2027-03', null)).file.plan).toEqual({})
  })
})

describe('status transitions', () => {
  const allowed = (from: PlanStatus) => PLAN_STATUSES.filter((to) => transitionProblem(from, to) === null)
  it('go forward by any number of steps, back one step, to skipped until thanked, and from skipped to planned only', () => {
    expect(allowed('planned')).toEqual(['contacted', 'scheduled', 'met', 'thanked', 'skipped'])
    expect(allowed('contacted')).toEqual(['planned', 'scheduled', 'met', 'thanked', 'skipped'])
    expect(allowed('scheduled')).toEqual(['contacted', 'met', 'thanked', 'skipped'])
    expect(allowed('met')).toEqual(['scheduled', 'thanked', 'skipped'])
    expect(allowed('thanked')).toEqual(['met'])
    expect(allowed('skipped')).toEqual(['planned'])
  })
  it('explains a refused step', () => {
    expect(transitionProblem('met', 'planned')).toBe('An item goes back one step at a time: from met to meeting set.')
    expect(transitionProblem('met', 'met')).toBe('The item is already met.')
    expect(transitionProblem('skipped', 'met')).toBe('A skipped item goes back to planned first.')
    expect(transitionProblem('thanked', 'skipped')).toBe('A meeting you already gave thanks for cannot be skipped.')
  })
  it('skips with a reason, refuses a skip without one, and clears the reason when taken up again', () => {
    const file = withPlan(base, { '2026-12': { items: [makeItem('ana')] } })
    expect(setPlanStatus(file, pid('p-ana'), 'skipped', '  ')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const skipped = value(setPlanStatus(file, pid('p-ana'), 'skipped', ' They moved to Lisbon '))
    expect(skipped.value).toMatchObject({ status: 'skipped', skipReason: 'They moved to Lisbon' })
    expect(NetworkFile.safeParse(skipped.file).success).toBe(true)
    const again = value(setPlanStatus(skipped.file, pid('p-ana'), 'planned', 'ignored'))
    expect(again.value).toMatchObject({ status: 'planned', skipReason: null })
    expect(setPlanStatus(again.file, pid('p-ana'), 'thanked', null).ok).toBe(true)
    expect(setPlanStatus(file, pid('p-ana'), 'planned', null)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })
})

describe('deleting and merging contacts', () => {
  const planned = withPlan(base, {
    '2026-12': { items: [makeItem('ana'), makeItem('ben', 'contacted')] },
    '2027-01': { items: [makeItem('ana', 'planned', { id: pid('p-ana-jan'), purpose: 'Coffee', note: 'Bring the report' }), makeItem('cleo')] },
  })
  it('deleting a contact removes their items in every month', () => {
    const { file, value: outcome } = value(deleteContact(planned, cid('ana')))
    expect(outcome.removedPlanItems).toBe(2)
    expect(ids(file, '2026-12')).toEqual(['ben'])
    expect(ids(file, '2027-01')).toEqual(['cleo'])
    expect(NetworkFile.safeParse(file).success).toBe(true)
  })
  it('bulk delete removes the items of everyone deleted', () => {
    const { file, value: outcome } = value(bulkDeleteContacts(planned, ['ana', 'cleo']))
    expect(outcome.removedPlanItems).toBe(3)
    expect(file.plan['2027-01']?.items).toEqual([])
  })
  it('merging moves the items to the kept contact and joins two items in one month', () => {
    // Ben (contacted) merged into Ana (planned) in December: Ben's item is further along, so it stays, now Ana's.
    const { file, value: outcome } = value(mergeContacts(planned, cid('ana'), cid('ben'), fixedContext()))
    expect(outcome.moved.planItems).toBe(1)
    expect(file.plan['2026-12']?.items).toEqual([makeItem('ben', 'contacted', { contactId: cid('ana') })])
    // Cleo merged into Ana in January: Ana's item, with its purpose and note, stays, and Cleo's is gone.
    const jan = value(mergeContacts(planned, cid('ana'), cid('cleo'), fixedContext())).file
    expect(jan.plan['2027-01']?.items).toEqual([makeItem('ana', 'planned', { id: pid('p-ana-jan'), purpose: 'Coffee', note: 'Bring the report' })])
    expect(NetworkFile.safeParse(jan).success).toBe(true)
  })
  it('merging someone with no items leaves the plan as it was', () => {
    const extra = withPlan(makeNetwork({ contacts: [ana, ben, cleo, makeContact({ id: 'dan' })] }), { '2026-12': { items: [makeItem('ana')] } })
    const { file, value: outcome } = value(mergeContacts(extra, cid('ana'), cid('dan'), fixedContext()))
    expect(outcome.moved.planItems).toBe(0)
    expect(file.plan).toBe(extra.plan)
  })
})

describe('filling a month', () => {
  it('adds the suggestions in one change, reasons as notes, and refuses when nothing is left to add', () => {
    const valued = (id: string) => makeContact({ id, name: id, categories: ['existing'], cadenceDays: 30 })
    const people = ['v1', 'v2', 'v3', 'v4'].map(valued)
    const file = makeNetwork({ contacts: people, interactions: people.map((p, i) => makeInteraction(`i${i}`, [p.id], `2026-0${i + 1}-10`)) })
    const { file: filled, value: outcome } = value(fillMonth(file, '2026-12', fixedContext()))
    expect(outcome.added.map((i) => i.contactId)).toEqual(['v1', 'v2', 'v3'])
    expect(outcome.added[0]?.note).toBe('Someone you value, last coffee 11 months ago')
    expect(ids(filled, '2026-12')).toEqual(['v1', 'v2', 'v3'])
    expect(fillMonth(filled, '2026-12', fixedContext())).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(fillMonth(value(setMonthBusy(file, '2026-12', 'off')).file, '2026-12', fixedContext())).toMatchObject({ ok: false, error: { message: 'December 2026 is marked off: nobody to plan.' } })
  })
})
