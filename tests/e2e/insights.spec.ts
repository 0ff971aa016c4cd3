import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { APIRequestContext, Page } from '@playwright/test'
import { addDays, localIsoDate } from '../../src/core/dates'
import type { Insights } from '../../src/core/insight-schema'
import { groupGaps } from '../../src/renderer/insights/gap-groups'
import { formatDay } from '../../src/renderer/shared/format'
import { contactNodeCount, expect, settledBytes, test, type KithHost } from './fixtures'

type Stored = {
  contacts: { id: string; name: string; categories: string[] }[]
  gapDecisions: Record<string, { decidedOn: string; until: string | null }>
  settings: { insightThresholds: Record<string, number> }
}
const stored = (kith: KithHost): Stored => JSON.parse(readFileSync(path.join(kith.dataDir, 'kith.json'), 'utf8'))

/** What the backend says, asked directly, to compare the screen with. */
async function insightsOf(request: APIRequestContext, kith: KithHost): Promise<Insights> {
  const response = await request.post(`${kith.origin}/api/insights:get`, { data: {}, headers: { Authorization: `Bearer ${kith.token}` } })
  const body = (await response.json()) as { ok: true; value: Insights }
  expect(body.ok).toBe(true)
  return body.value
}

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click()
const gapCard = (page: Page, title: string) => page.getByRole('list', { name: 'Gaps' }).getByRole('article', { name: title, exact: true })

async function openInsights(page: Page, kith: KithHost) {
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Explore a sample network' }).click()
  await expect.poll(() => contactNodeCount(page)).toBe(40)
  await nav(page, 'Insights')
  await expect(page.getByRole('heading', { name: /^Network health/ })).toBeVisible()
}

/** Contacts the map shows unfaded, by id. */
const unfadedContacts = (page: Page) =>
  page.evaluate(() => {
    const cy = window.cy
    if (!cy) return []
    return cy
      .nodes('[kind = "contact"]')
      .filter((n) => !n.hasClass('faded'))
      .map((n) => n.id())
      .sort()
  })

test('the sample network shows its score, breakdown, deliberate gaps, reach-out queue and charts', async ({ page, kith, request }) => {
  await openInsights(page, kith)
  const insights = await insightsOf(request, kith)
  const { score, parts } = insights.metrics.health
  await expect(page.getByRole('img', { name: new RegExp(`^Network health ${score} out of 100`) })).toBeVisible()
  const breakdown = page.getByRole('list', { name: 'Score breakdown' }).getByRole('listitem')
  await expect(breakdown).toHaveCount(parts.length)
  for (const [i, part] of parts.entries()) {
    await expect(breakdown.nth(i)).toContainText(part.label)
    await expect(breakdown.nth(i)).toContainText(`/ ${part.weight}`)
    await expect(breakdown.nth(i)).toContainText(part.explanation)
  }

  const rules = insights.gaps.map((g) => g.rule)
  expect(rules).toEqual(expect.arrayContaining(['no-cross-industry', 'laid-off-list', 'neglected-relationships']))
  // Shown as returned, most severe first, one card per problem.
  await expect(page.getByRole('list', { name: 'Gaps' }).getByRole('article')).toHaveCount(groupGaps(insights.gaps).length)
  await expect(gapCard(page, 'Nobody from another industry')).toContainText('High')
  await expect(gapCard(page, 'Nobody from another industry')).toContainText('0 of 40 contacts work outside healthcare')
  const laidOff = insights.gaps.find((g) => g.rule === 'laid-off-list')
  const neglected = insights.gaps.find((g) => g.rule === 'neglected-relationships')
  await expect(gapCard(page, laidOff?.title ?? '?')).toContainText(laidOff?.actionLabel ?? '?')
  await expect(gapCard(page, neglected?.title ?? '?')).toContainText(neglected?.detail ?? '?')

  const queue = page.getByRole('region', { name: 'Reach out today' }).getByRole('listitem')
  await expect(queue).toHaveCount(insights.reachOut.length)
  await expect(queue.first()).toContainText(insights.reachOut[0]?.name ?? '?')
  await expect(page.getByRole('img', { name: /^Contacts per category: .*Other industries none/ })).toBeVisible()
  await expect(page.getByRole('img', { name: /^Contacts by staleness: New \d+, Fresh \d+/ })).toBeVisible()
})

test('adding someone from another industry through the gap closes it without a reload', async ({ page, kith }) => {
  await openInsights(page, kith)
  await page.evaluate(() => ((window as unknown as { sameLoad: boolean }).sameLoad = true))
  await gapCard(page, 'Nobody from another industry').getByRole('button', { name: 'Add someone from another industry' }).click()
  const form = page.getByRole('form', { name: 'New contact' })
  await expect(form.getByRole('checkbox', { name: 'Other industries' })).toBeChecked()
  await form.getByLabel('Name').fill('Jonas Berg')
  await form.getByLabel('Industry').fill('Energy')
  await form.getByRole('button', { name: 'Add contact' }).click()
  await expect(form).toBeHidden()

  await expect(gapCard(page, 'Nobody from another industry')).toHaveCount(0)
  await expect(gapCard(page, 'No one in “Other industries”')).toHaveCount(0)
  await expect(page.getByRole('img', { name: /Other industries 1/ })).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { sameLoad?: boolean }).sameLoad)).toBe(true)
  expect(stored(kith).contacts.find((c) => c.name === 'Jonas Berg')?.categories).toEqual(['other-industry'])
})

test('clicking a gap shows exactly its people on the map', async ({ page, kith, request }) => {
  await openInsights(page, kith)
  const insights = await insightsOf(request, kith)
  for (const rule of ['neglected-relationships', 'laid-off-list'] as const) {
    const gap = insights.gaps.find((g) => g.rule === rule)
    if (!gap) throw new Error(`The sample has no ${rule} gap.`)
    expect(gap.contactIds.length).toBeGreaterThan(1)
    const card = gapCard(page, gap.title)
    // The card itself for one, its title for the other; the buttons do other things.
    if (rule === 'neglected-relationships') await card.locator('.gap-detail').click()
    else await card.getByRole('button', { name: gap.title }).click()

    await expect(page.getByRole('status').filter({ hasText: `Showing ${gap.contactIds.length} people from: ${gap.title}` })).toBeVisible()
    await expect.poll(() => unfadedContacts(page)).toEqual([...gap.contactIds].sort())
    // They are in view.
    const inView = await page.evaluate((ids) => {
      const cy = window.cy
      if (!cy) return false
      const box = cy.extent()
      return ids.every((id) => {
        const p = cy.getElementById(id).position()
        return p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2
      })
    }, gap.contactIds)
    expect(inView).toBe(true)

    await page.getByRole('button', { name: 'Show everyone' }).click()
    await expect.poll(async () => (await unfadedContacts(page)).length).toBe(40)
    await nav(page, 'Insights')
  }
})

test('snoozing hides a gap until the user shows it again, and the decision is saved', async ({ page, kith }) => {
  await openInsights(page, kith)
  const title = 'You run no group of your own'
  const today = localIsoDate(new Date())
  await gapCard(page, title).getByRole('button', { name: 'Snooze 30 days' }).click()
  await expect(gapCard(page, title)).toHaveCount(0)
  await expect.poll(() => stored(kith).gapDecisions['no-hub']).toEqual({ decidedOn: today, until: addDays(today, 30) })

  await page.getByRole('button', { name: '1 hidden' }).click()
  const hidden = page.getByRole('list', { name: 'Hidden gaps' })
  await expect(hidden).toContainText(title)
  await expect(hidden).toContainText(`snoozed until ${formatDay(addDays(today, 30))}`)
  await hidden.getByRole('button', { name: 'Show again' }).click()
  await expect(gapCard(page, title)).toBeVisible()
  await expect.poll(() => 'no-hub' in stored(kith).gapDecisions).toBe(false)

  // Undo takes back "show again": hidden once more.
  await page.getByRole('group', { name: 'Undo and redo' }).getByRole('button', { name: 'Undo' }).click()
  await expect(gapCard(page, title)).toHaveCount(0)
  await expect.poll(() => stored(kith).gapDecisions['no-hub']?.until).toBe(addDays(today, 30))
})

test('reach out today: log with the person, or open them on the map; action buttons go where they say', async ({ page, kith, request }) => {
  await openInsights(page, kith)
  const first = (await insightsOf(request, kith)).reachOut[0]
  if (!first) throw new Error('The sample has nobody to reach out to.')
  await page.getByRole('button', { name: `Log interaction with ${first.name}` }).click()
  const log = page.getByRole('form', { name: 'Log an interaction' })
  await expect(log.getByRole('checkbox', { name: new RegExp(first.name) })).toBeChecked()
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click()
  await expect(log).toBeHidden()

  await page.getByRole('region', { name: 'Reach out today' }).getByRole('button', { name: first.name, exact: true }).click()
  await expect(page.getByRole('complementary', { name: `Details of ${first.name}` })).toBeVisible()
  await expect.poll(() => page.evaluate(() => window.cy?.$(':selected').id())).toBe(first.contactId)

  await nav(page, 'Insights')
  await gapCard(page, 'Follow-ups past due').getByRole('button', { name: 'Go to follow-ups' }).click()
  await expect(page.getByRole('heading', { name: 'Follow-ups', level: 1 })).toBeVisible()
})

test('an error from the insights says what went wrong and offers to retry', async ({ page, kith }) => {
  let failing = true
  await page.route('**/api/insights:get', (route) =>
    failing ? route.fulfill({ json: { ok: false, error: { code: 'INTERNAL', message: 'The disk fell asleep.' } } }) : route.fallback(),
  )
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Explore a sample network' }).click()
  await nav(page, 'Insights')
  await expect(page.getByRole('alert')).toContainText('The disk fell asleep.')
  failing = false
  await page.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByRole('heading', { name: /^Network health/ })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
})

/** The gap thresholds, unfolded. */
async function openThresholds(page: Page) {
  await page.getByRole('button', { name: 'Gap thresholds' }).click()
  const form = page.getByRole('form', { name: 'Gap thresholds' })
  await expect(form).toBeVisible()
  return form
}

test('gap thresholds: changed in the form, saved to disk, and the gaps follow; undo takes them back', async ({ page, kith }) => {
  await openInsights(page, kith)
  await expect(gapCard(page, 'Too few people to call if you lost your job')).toBeVisible()
  await expect(gapCard(page, 'Most of your network is at Northgate Health')).toBeVisible()
  await expect(page.getByRole('form', { name: 'Gap thresholds' })).toHaveCount(0)

  const form = await openThresholds(page)
  await expect(form.getByLabel('Laid-off list minimum, in people')).toHaveValue('5')
  await expect(form.getByLabel('Silo share in percent')).toHaveValue('60')
  await expect(form).toContainText('Default 60%.')
  await form.getByLabel('Laid-off list minimum, in people').fill('3')
  await form.getByLabel('Silo share in percent').fill('70')
  await form.getByRole('button', { name: 'Save thresholds' }).click()

  // The sample lists 3 people, 2 of them past their cadence, and has 63 % at Northgate Health.
  await expect(gapCard(page, 'Your laid-off list is going cold')).toBeVisible()
  await expect(gapCard(page, 'Too few people to call if you lost your job')).toHaveCount(0)
  await expect(gapCard(page, 'Most of your network is at Northgate Health')).toHaveCount(0)
  await expect.poll(() => stored(kith).settings.insightThresholds).toMatchObject({ laidOffMinimum: 3, siloShare: 0.7, closedNetworkShare: 0.6 })
  // The form stays open, showing what was saved.
  await expect(form.getByLabel('Silo share in percent')).toHaveValue('70')
  await expect(page.getByRole('region', { name: 'Gap thresholds' })).toContainText('2 changed from the defaults.')

  await page.getByRole('group', { name: 'Undo and redo' }).getByRole('button', { name: 'Undo' }).click()
  await expect(gapCard(page, 'Most of your network is at Northgate Health')).toBeVisible()
  await expect(gapCard(page, 'Too few people to call if you lost your job')).toBeVisible()
  await expect(form.getByLabel('Laid-off list minimum, in people')).toHaveValue('5')
  await expect.poll(() => stored(kith).settings.insightThresholds).toMatchObject({ laidOffMinimum: 5, siloShare: 0.6 })
})

test('gap thresholds: a bad value is explained beside its field and nothing is saved', async ({ page, kith }) => {
  await openInsights(page, kith)
  const form = await openThresholds(page)
  const before = (await settledBytes(page, kith)).toString('utf8')

  const silo = form.getByLabel('Silo share in percent')
  // The row a field sits in, where its message shows.
  const rowOf = (label: string) => form.getByRole('listitem').filter({ has: page.getByLabel(label) })
  await silo.fill('10')
  await form.getByRole('button', { name: 'Save thresholds' }).click()
  await expect(form.getByRole('alert')).toHaveText('Nothing was saved: check the highlighted field.')
  await expect(silo).toHaveAttribute('aria-invalid', 'true')
  await expect(silo).toHaveAccessibleDescription(/^The silo share must be from 30% to 100%\./)
  // The focus goes to the field to fix.
  await expect(silo).toBeFocused()
  await expect(rowOf('Silo share in percent')).toContainText('The silo share must be from 30% to 100%.')

  // An empty field too, both at once.
  const laidOff = form.getByLabel('Laid-off list minimum, in people')
  await laidOff.fill('')
  await form.getByRole('button', { name: 'Save thresholds' }).click()
  await expect(form.getByRole('alert')).toHaveText('Nothing was saved: check the 2 highlighted fields.')
  await expect(rowOf('Laid-off list minimum, in people')).toContainText('Enter a whole number from 1 to 50.')
  await expect(rowOf('Silo share in percent')).toContainText('The silo share must be from 30% to 100%.')
  await expect(gapCard(page, 'Most of your network is at Northgate Health')).toBeVisible()
  expect(readFileSync(path.join(kith.dataDir, 'kith.json'), 'utf8')).toBe(before)

  // Reset to defaults fills the form again; nothing to save until something differs from what is on disk.
  await form.getByRole('button', { name: 'Reset to defaults' }).click()
  await expect(silo).toHaveValue('60')
  await expect(laidOff).toHaveValue('5')
  await expect(form.getByRole('alert')).toHaveCount(0)
  await expect(form.getByRole('button', { name: 'Save thresholds' })).toBeDisabled()
  expect(readFileSync(path.join(kith.dataDir, 'kith.json'), 'utf8')).toBe(before)
})

test('two rules about the same problem show as one card, and snoozing it hides both', async ({ page, kith, request }) => {
  await openInsights(page, kith)
  // The sample has nobody from another industry: both rules fire, and the API keeps both.
  const ids = (await insightsOf(request, kith)).gaps.map((g) => g.id)
  expect(ids).toEqual(expect.arrayContaining(['no-cross-industry', 'missing-category:other-industry']))
  const card = gapCard(page, 'Nobody from another industry')
  await expect(card).toHaveCount(1)
  await expect(card).toContainText('This also covers: No one in “Other industries”.')
  await expect(gapCard(page, 'No one in “Other industries”')).toHaveCount(0)

  await card.getByRole('button', { name: 'Snooze 30 days' }).click()
  await expect(card).toHaveCount(0)
  await expect.poll(() => Object.keys(stored(kith).gapDecisions).sort()).toEqual(['missing-category:other-industry', 'no-cross-industry'])
  // Hidden as one, and back as one.
  await page.getByRole('button', { name: '1 hidden' }).click()
  await page.getByRole('list', { name: 'Hidden gaps' }).getByRole('button', { name: 'Show again' }).click()
  await expect(gapCard(page, 'Nobody from another industry')).toContainText('This also covers')
  await expect.poll(() => Object.keys(stored(kith).gapDecisions)).toEqual([])
})

test('the network measures have plain names; the scholarly explanation opens from the keyboard', async ({ page, kith }) => {
  await openInsights(page, kith)
  const numbers = page.getByRole('region', { name: 'Your network in numbers' })
  for (const [name, scholarly] of [
    ['Variety across categories', 'Blau index'],
    ['Reliance on a few', 'Burt’s constraint'],
  ] as const) {
    const measure = numbers.locator('.headline').filter({ has: page.getByRole('term').filter({ hasText: name }) })
    // Folded away until asked for.
    await expect(measure.getByText(scholarly)).toBeHidden()
    const more = measure.getByText('How is this measured?')
    await more.focus()
    await expect(more).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(measure.getByText(scholarly)).toBeVisible()
  }
})
