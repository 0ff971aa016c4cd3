import { describe, expect, it } from 'vitest'
import { escapeMarkdown, sharePlanMarkdown, sharePlanSubject, sharePlanText, type SharedPlanInput } from '../../../../src/core/outreach/share-plan'

const plan: SharedPlanInput = {
  myName: 'Priya Raman',
  partnerName: 'Sam',
  streak: 2,
  lastMonth: {
    month: '2026-10',
    target: 2,
    busy: false,
    items: [
      { name: 'Ana Marín', purpose: 'Ask about rota planning', status: 'thanked' },
      { name: 'Ben Okafor', purpose: 'Explore a joint workshop', status: 'met' },
      { name: 'Cho Park', purpose: '', status: 'skipped', skipReason: 'Moved abroad' },
    ],
  },
  months: [
    { month: '2026-11', target: 3, busy: false, items: [{ name: 'Dev *Rao*', purpose: 'Interview for the blog [draft]', status: 'contacted' }] },
    { month: '2026-12', target: 1, busy: true, items: [] },
  ],
}

describe('share my plan', () => {
  it('writes last month’s results and the coming months as plain text', () => {
    expect(sharePlanSubject(plan)).toBe('My networking plan from November 2026')
    expect(sharePlanText(plan)).toBe(`Hi Sam,

Here is my networking plan. Thank you for keeping me to it.

Last month, October 2026
I met 2 of the 2 people I aimed for (target reached).
That makes 2 months in a row on target.
- Ana Marín: Ask about rota planning (met and thanked)
- Ben Okafor: Explore a joint workshop (met)
- Cho Park (skipped: Moved abroad)

Coming months

November 2026: target 3
- Dev *Rao*: Interview for the blog [draft] (asked, waiting for a reply)

December 2026: a busy month, target 1
Nobody planned yet.

Thanks,
Priya Raman
`)
  })

  it('writes Markdown with headings and names escaped so they show as typed', () => {
    const md = sharePlanMarkdown({ ...plan, lastMonth: { ...plan.lastMonth!, items: plan.lastMonth!.items.slice(0, 1), target: 3 }, streak: null })
    expect(md).toBe(`Hi Sam,

Here is my networking plan. Thank you for keeping me to it.

## Last month, October 2026
I met 1 of the 3 people I aimed for (2 short).
- **Ana Marín**: Ask about rota planning _(met and thanked)_

## Coming months

## November 2026: target 3
- **Dev \\*Rao\\***: Interview for the blog \\[draft\\] _(asked, waiting for a reply)_

## December 2026: a busy month, target 1
Nobody planned yet.

Thanks,
Priya Raman
`)
  })

  it('works without a partner, a last month or any months', () => {
    const text = sharePlanText({ myName: '', months: [], lastMonth: null })
    expect(text).toBe('Hi,\n\nHere is my networking plan. Thank you for keeping me to it.\n\nComing months\nNothing planned yet.\n\nThanks,\nMe\n')
    expect(sharePlanSubject({ myName: '', months: [], lastMonth: null })).toBe('My networking plan')
  })

  it('escapes Markdown list markers only at the start of a line', () => {
    expect(escapeMarkdown('- 3.5 days, 1-2 people')).toBe('\\- 3.5 days, 1-2 people')
    expect(escapeMarkdown('2026. A year')).toBe('2026\\. A year')
    expect(escapeMarkdown('a_b `c` <d> #e |f ~g \\h')).toBe('a\\_b \\`c\\` \\<d\\> \\#e \\|f \\~g \\\\h')
  })
})
