import { describe, expect, it } from 'vitest'
import { planRestore, sameJson } from '../../../src/core/import/restore'
import { makeContact, makeInteraction, makeNetwork } from '../helpers/builders'

describe('planning the restore of a Kith backup', () => {
  const ana = makeContact({ id: 'c-ana', name: 'Ana', role: 'Planner', tags: ['a'] })
  const ben = makeContact({ id: 'c-ben', name: 'Ben' })
  const current = makeNetwork({ contacts: [ana, ben], interactions: [makeInteraction('i-1', ['c-ben'], '2026-01-01'), makeInteraction('i-2', ['c-ana'], '2026-01-02')] })

  it('lists who comes back, who changes (field by field, matched by id), and warns what would go', () => {
    const backup = makeNetwork({
      contacts: [{ ...ana, role: 'Lead', tags: ['a', 'b'] }, makeContact({ id: 'c-cai', name: 'Cai', organization: 'Acme' })],
      interactions: [makeInteraction('i-2', ['c-ana'], '2026-01-02')],
    })
    const plan = planRestore(current, backup, 'kith-network-2026-11-30.json')
    expect(plan.create).toEqual([{ line: null, name: 'Cai', organization: 'Acme', role: '', email: '' }])
    expect(plan.update).toEqual([
      {
        line: null,
        id: 'c-ana',
        name: 'Ana',
        matchedBy: 'id',
        changes: [
          { field: 'role', from: 'Planner', to: 'Lead' },
          { field: 'tags', from: 'a', to: 'a, b' },
        ],
      },
    ])
    expect(plan.warnings).toEqual([
      'Restoring replaces your whole network with the backup “kith-network-2026-11-30.json” (2 people, 1 interaction); it is one step you can undo.',
      '1 person and 1 interaction now in Kith are not in the backup and would go.',
    ])
    expect(plan).toMatchObject({ changed: true, createdIds: ['c-cai'], updatedIds: ['c-ana'] })
  })

  it('sees the same network as no change, whatever the order of its keys', () => {
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]))
          : value
    const reordered = reversed(current) as typeof current
    expect(Object.keys(reordered)).not.toEqual(Object.keys(current))
    expect(planRestore(current, reordered)).toMatchObject({ create: [], update: [], changed: false })
    const plan = planRestore(current, { ...current, contacts: current.contacts.map((c) => ({ ...c })) })
    expect(plan).toMatchObject({ create: [], update: [], changed: false })
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true)
    expect(sameJson({ a: 1 }, { a: 1, b: null })).toBe(false)
    expect(sameJson([1, 2], [2, 1])).toBe(false)
  })
})
