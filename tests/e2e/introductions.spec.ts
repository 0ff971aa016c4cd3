import type { Page } from '@playwright/test'
import { localIsoDate } from '../../src/core/dates'
import type { NetworkFile } from '../../src/core/network-file'
import { introductionGraph, introductionPaths } from '../../src/core/outreach/introduction-paths'
import { prepBrief, prepBriefText } from '../../src/core/outreach/prep-brief'
import { contactNodeCount, expect, test, type KithHost } from './fixtures'

async function call<T>(page: Page, kith: KithHost, channel: string, input: unknown): Promise<T> {
  const response = await page.request.post(`${kith.origin}/api/${channel}`, { data: input, headers: { Authorization: `Bearer ${kith.token}` } })
  const body = (await response.json()) as { ok: boolean; value: T; error?: { message: string } }
  if (!body.ok) throw new Error(`${channel} failed: ${body.error?.message}`)
  return body.value
}

async function openSample(page: Page, kith: KithHost): Promise<NetworkFile> {
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Explore a sample network' }).click()
  await expect.poll(() => contactNodeCount(page)).toBe(40)
  return call<NetworkFile>(page, kith, 'network:get', {})
}

const idOf = (network: NetworkFile, name: string): string => {
  const contact = network.contacts.find((c) => c.name === name)
  if (!contact) throw new Error(`${name} is not in the sample.`)
  return contact.id
}

test('who could introduce me: ranked paths match the core, a path shows on the map, an organization without one says so', async ({ page, kith }) => {
  const network = await openSample(page, kith)
  const nameOf = (id: string) => network.contacts.find((c) => c.id === id)!.name
  const expected = introductionPaths(introductionGraph(network.contacts, network.ties), { kind: 'person', contactId: idOf(network, 'Elena Rossi') as never })
  // Known input: Daniel Cho knows Elena; Chris Patel introduced Daniel, so a second route runs through both.
  expect(expected.paths.map((p) => p.via.map(nameOf))).toEqual([['Daniel Cho'], ['Chris Patel', 'Daniel Cho']])

  await page.getByRole('button', { name: 'Who could introduce me?' }).click()
  const dialog = page.getByRole('dialog', { name: 'Who could introduce me?' })
  await dialog.getByRole('searchbox', { name: 'Person' }).fill('Elena')
  await dialog.getByRole('list', { name: 'Matching people' }).getByRole('button', { name: /Elena Rossi/ }).click()
  await expect(dialog.getByRole('status')).toHaveText(expected.summary)
  const chains = dialog.locator('.intro-chain')
  await expect(chains).toHaveText(expected.paths.map((p) => ['You', ...p.via.map(nameOf), 'Elena Rossi'].join(' → ')))
  await expect(dialog.locator('.intro-path').nth(1)).toContainText('Ask Chris Patel, who was introduced to Daniel Cho, who knows Elena Rossi.')

  await dialog.getByRole('button', { name: 'Show on map: the path through Chris Patel' }).click()
  await expect(dialog).toBeHidden()
  const banner = page.locator('.map-focus-banner')
  await expect(banner).toContainText('Showing 3 people from: Introduction to Elena Rossi through Chris Patel')
  const pathPeople = ['Chris Patel', 'Daniel Cho', 'Elena Rossi'].map((n) => idOf(network, n)).sort()
  await expect
    .poll(() => page.evaluate(() => window.cy!.nodes('[kind = "contact"]').not('.faded').map((n) => n.id()).sort()))
    .toEqual(pathPeople)
  const pathEdges = await page.evaluate(() =>
    window.cy!.edges('.path').map((e) => [e.source().id(), e.target().id()].sort().join(' ')).sort(),
  )
  const link = (a: string, b: string) => [a, b].sort().join(' ')
  expect(pathEdges).toEqual(
    [link('me', pathPeople.find((id) => nameOf(id) === 'Chris Patel')!), link(idOf(network, 'Chris Patel'), idOf(network, 'Daniel Cho')), link(idOf(network, 'Daniel Cho'), idOf(network, 'Elena Rossi'))].sort(),
  )
  // Drawn, not just classed: the middle of the Chris–Daniel link is the highlight colour (light theme).
  const [red, green, blue] = [0x0b, 0x6e, 0x4f]
  await expect
    .poll(() =>
      page.evaluate(
        ([a, b]) => {
          // A haystack edge is a straight line between its two nodes' centres.
          const [p, q] = [window.cy!.getElementById(a).renderedPosition(), window.cy!.getElementById(b).renderedPosition()]
          const [x, y] = [(p.x + q.x) / 2, (p.y + q.y) / 2]
          const colours: number[][] = []
          for (const canvas of document.querySelectorAll<HTMLCanvasElement>('.map-canvas canvas')) {
            const scale = canvas.width / canvas.clientWidth
            const { data } = canvas.getContext('2d')!.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1)
            if (data[3]! > 200) colours.push([data[0]!, data[1]!, data[2]!])
          }
          return colours
        },
        [idOf(network, 'Chris Patel'), idOf(network, 'Daniel Cho')] as const,
      ),
    )
    .toContainEqual([red, green, blue])
  // Every other link is faded.
  expect(await page.evaluate(() => window.cy!.edges().not('.path').not('.faded').length)).toBe(0)
  await banner.getByRole('button', { name: 'Show everyone' }).click()
  await expect(banner).toBeHidden()
  expect(await page.evaluate(() => window.cy!.elements('.faded, .path').length)).toBe(0)

  // An organization where nobody is tied to the one person there.
  await page.getByRole('button', { name: 'Who could introduce me?' }).click()
  await dialog.getByLabel('Someone at an organization').check()
  await dialog.getByRole('combobox', { name: 'Organization' }).fill('Cole Health Insights')
  await dialog.getByRole('button', { name: 'Find paths' }).click()
  await expect(dialog.getByRole('status')).toHaveText('No one you know is tied to Cole Health Insights, but you already know people there.')
  await expect(dialog.locator('.intro-closest li')).toHaveText([/^Miriam Cole Works at Cole Health Insights; tie strength \d of 5\.$/])
  await expect(dialog.locator('.intro-path')).toHaveCount(0)
  // An empty organization is refused with a message, not searched.
  await dialog.getByRole('combobox', { name: 'Organization' }).fill('  ')
  await dialog.getByRole('button', { name: 'Find paths' }).click()
  await expect(dialog.getByText('Type the name of an organization first.')).toBeVisible()
})

test('the prep brief from the map panel shows the plan purpose and the last interaction, and copies as text', async ({ page, kith, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: kith.origin })
  let network = await openSample(page, kith)
  const chris = idOf(network, 'Chris Patel')
  const today = localIsoDate(new Date())
  const purpose = 'Ask how the new patient-flow team is staffed'
  await call(page, kith, 'plan:add', { month: today.slice(0, 7), contactId: chris, purpose })
  network = await call<NetworkFile>(page, kith, 'network:get', {})
  await page.reload()
  await expect.poll(() => contactNodeCount(page)).toBe(40)

  // The callback returns nothing: serializing a cytoscape collection takes Playwright ages.
  await page.evaluate((id) => {
    window.cy!.getElementById(id).emit('tap')
  }, chris)
  const panel = page.getByRole('complementary', { name: 'Details of Chris Patel' })
  await panel.getByRole('button', { name: 'Prep brief' }).click()
  const dialog = page.getByRole('dialog', { name: 'Meeting prep: Chris Patel' })
  const contact = network.contacts.find((c) => c.id === chris)!
  const paths = introductionPaths(introductionGraph(network.contacts, network.ties), { kind: 'person', contactId: contact.id }).paths
  const brief = prepBrief({ contact, contacts: network.contacts, ties: network.ties, interactions: network.interactions, followUps: network.followUps, today, purpose, introductionPaths: paths })
  expect(brief.recent.length).toBeGreaterThan(0)
  await expect(dialog.getByTestId('brief-purpose')).toHaveText(purpose)
  const recent = dialog.getByRole('region', { name: 'Recent interactions' })
  await expect(recent.locator('li').first()).toContainText(brief.recent[0]!.summary)
  await expect(dialog.getByRole('region', { name: 'Open follow-ups' })).toContainText('Send a thank-you for the mentoring call')

  await dialog.getByRole('button', { name: 'Copy as text' }).click()
  await expect(dialog.getByRole('status')).toContainText('Copied.')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(prepBriefText(brief))
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // The contacts table offers the same brief on each row.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Contacts' }).click()
  // Named "Prep brief" alone, so a contact's name still finds just their own button in the table.
  await page.getByRole('row', { name: /Elena Rossi/ }).getByRole('button', { name: 'Prep brief' }).click()
  await expect(page.getByRole('dialog', { name: 'Meeting prep: Elena Rossi' }).getByRole('region', { name: 'Who else could introduce you' })).toContainText('Daniel Cho')
})
