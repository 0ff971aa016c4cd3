import { describe, expect, it } from 'vitest'
import { thankYouProposal } from '../../../src/renderer/interactions/thank-you-proposal'
import { makeContact, makeNetwork } from '../helpers/builders'
import { makeItem, withPlan } from '../helpers/plan-builders'

const file = withPlan(makeNetwork({ contacts: [makeContact({ id: 'ana', name: 'Dr. Ana Silva' }), makeContact({ id: 'ben', name: 'Ben Ode' }), makeContact({ id: 'cy', name: 'Cy Ray' })] }), {
  '2026-11': { items: [makeItem('ana', 'contacted'), makeItem('ben', 'met')] },
  '2026-12': { items: [makeItem('cy', 'planned')] },
})

describe('the thank-you proposed after a meeting', () => {
  it('names the planned person and the month when a live meeting is logged', () => {
    const proposal = thankYouProposal(file, { contactIds: ['ana'], channel: 'coffee', date: '2026-11-26' })
    expect(proposal).toEqual({
      contactId: 'ana',
      title: 'Send a thank-you to Ana',
      why: 'Dr. Ana Silva is in your plan for November 2026: saving marks them met, and doing this thank-you marks them thanked.',
    })
  })

  it('proposes nothing for an e-mail, for someone already met, or for nobody in the plan', () => {
    expect(thankYouProposal(file, { contactIds: ['ana'], channel: 'email', date: '2026-11-26' })).toBeNull()
    expect(thankYouProposal(file, { contactIds: ['ben'], channel: 'lunch', date: '2026-11-26' })).toBeNull()
    expect(thankYouProposal(file, { contactIds: [], channel: 'coffee', date: '2026-11-26' })).toBeNull()
    expect(thankYouProposal(file, { contactIds: ['ana'], channel: 'coffee', date: '2026-11-2' })).toBeNull()
  })

  it('counts the others when several planned people were at the meeting', () => {
    const proposal = thankYouProposal(file, { contactIds: ['ana', 'ben', 'cy'], channel: 'meeting', date: '2026-11-26' })
    expect(proposal?.title).toBe('Send a thank-you to Ana and one other')
    expect(proposal?.why).toContain('and one other person are in your plan')
  })

  it('finds next month’s item a month early, as the backend does', () => {
    expect(thankYouProposal(file, { contactIds: ['cy'], channel: 'video', date: '2026-11-20' })?.why).toContain('December 2026')
  })
})
