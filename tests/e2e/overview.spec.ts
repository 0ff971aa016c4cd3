import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { test as base, expect, recordCalls, startHost, stopHost, type KithHost } from './fixtures'

/*
 * The map of a 5,000-person network opens as an overview of bubbles: counts add up to everyone, a click
 * opens a bubble into its people, and search finds someone inside a closed bubble and centres them.
 */

const PEOPLE = 5000
interface StoredContact {
  id: string
  name: string
  organization: string
  role: string
  tags: string[]
}

interface BigStore {
  readonly file: string
  readonly contacts: readonly StoredContact[]
}

// Opening a 5,000-person store (an upgrade from format 2 first) takes a few seconds more than the sample does.
base.describe.configure({ timeout: 120_000 })

/*
 * One generated store per worker, copied into each test's fresh data folder before its host starts. A worker
 * fixture rather than module code with afterAll: with fullyParallel, a worker runs afterAll after each test it
 * takes from this file, and the next test would find the store gone.
 */
const test = base.extend<{ big: KithHost }, { bigStore: BigStore }>({
  bigStore: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'kith-e2e-5k-'))
      const file = path.join(dir, 'kith.json')
      execFileSync(process.execPath, ['tests/bench/generate-network.mjs', '--contacts', String(PEOPLE), '--seed', '12', '--out', file])
      const contacts = (JSON.parse(readFileSync(file, 'utf8')) as { contacts: StoredContact[] }).contacts
      await use({ file, contacts })
      rmSync(dir, { recursive: true, force: true })
    },
    { scope: 'worker' },
  ],
  big: async ({ dataDir, bigStore }, use) => {
    copyFileSync(bigStore.file, path.join(dataDir, 'kith.json'))
    const started = await startHost(dataDir)
    await use(started.host)
    await stopHost(started.process)
  },
})

/** Bubbles on the live map: id, count, label, where it is drawn (page pixels). */
const bubbles = (page: Page) =>
  page.evaluate(() => {
    const box = window.cy!.container()!.getBoundingClientRect()
    return window.cy!.nodes('[kind = "bubble"]').map((n) => ({
      id: n.id(),
      count: n.data('count') as number,
      label: n.data('label') as string,
      diameter: n.renderedWidth(),
      x: box.left + n.renderedPosition().x,
      y: box.top + n.renderedPosition().y,
    }))
  })

async function openMap(page: Page, host: KithHost): Promise<void> {
  await page.goto(host.url)
  await page.waitForFunction(() => performance.getEntriesByName('kith:map-drawn').length > 0 && (window.cy?.nodes('[kind = "bubble"]').length ?? 0) > 0, null, { timeout: 90_000 })
}

test('a 5,000-person map opens as bubbles whose counts add up to everyone, and a click opens one into its people', async ({ page, big }) => {
  await openMap(page, big)
  const shown = await bubbles(page)
  const individuals = await page.evaluate(() => window.cy!.nodes('[kind = "contact"]').length)
  expect(shown.length).toBeGreaterThan(10)
  expect(shown.reduce((sum, b) => sum + b.count, 0) + individuals).toBe(PEOPLE)
  for (const b of shown) expect(b.label).toBe(b.count.toLocaleString('en-US'))
  // The hub stays small: one edge from me per bubble and per person drawn, not one per person in the network.
  expect(await page.evaluate(() => window.cy!.edges('[kind = "me-group"], [kind = "me-tie"]').length)).toBe(shown.length + individuals)
  // Filters and the legend count people, not bubbles.
  await expect(page.getByRole('button', { name: `People on the map (${PEOPLE.toLocaleString('en-US')})` })).toBeVisible()

  const biggest = shown.reduce((a, b) => (b.diameter > a.diameter ? b : a))
  await page.mouse.click(biggest.x, biggest.y)
  await expect.poll(() => page.evaluate((id) => window.cy!.getElementById(id).length, biggest.id)).toBe(0)
  expect(await page.evaluate(() => window.cy!.nodes('[kind = "contact"]').length)).toBe(individuals + biggest.count)
  expect(await page.evaluate(() => window.cy!.nodes('[kind = "group-handle"]').map((n) => n.data('label') as string))).toEqual([expect.stringMatching(/^Collapse /)])

  await page.getByRole('button', { name: 'Collapse all' }).click()
  await expect.poll(() => page.evaluate((id) => window.cy!.getElementById(id).length, biggest.id)).toBe(1)
  expect(await page.evaluate(() => window.cy!.nodes('[kind = "contact"]').length)).toBe(individuals)
})

test('search finds someone inside a closed bubble, opens their group and centres them', async ({ page, big, bigStore }) => {
  await openMap(page, big)
  const drawn = new Set(await page.evaluate(() => window.cy!.nodes('[kind = "contact"]').map((n) => n.id())))
  // Someone in a bubble whom name, organization and role single out (the map's search matches every word).
  const haystack = (c: StoredContact) => [c.name, c.organization, c.role, ...c.tags].join(' ').toLowerCase()
  const stored = bigStore.contacts
  const target = stored.find((c) => {
    if (drawn.has(c.id) || !c.organization || !c.role) return false
    const words = `${c.name} ${c.organization} ${c.role}`.toLowerCase().split(/\s+/)
    return stored.filter((o) => words.every((w) => haystack(o).includes(w))).length === 1
  })!
  expect(target).toBeDefined()

  await page.getByRole('searchbox', { name: 'Search the map' }).fill(`${target.name} ${target.organization} ${target.role}`)
  await expect(page.getByText('1 found')).toBeVisible()
  // Their group opens, so they are on the map themselves, ringed as a match and brought to the middle.
  await expect.poll(() => page.evaluate((id) => window.cy!.getElementById(id).hasClass('match'), target.id)).toBe(true)
  await expect
    .poll(() =>
      page.evaluate((id) => {
        const cy = window.cy!
        const p = cy.getElementById(id).renderedPosition()
        return Math.max(Math.abs(p.x - cy.width() / 2) / cy.width(), Math.abs(p.y - cy.height() / 2) / cy.height())
      }, target.id),
    )
    .toBeLessThan(0.1)
})

test('editing and deleting in a 5,000-person map changes those nodes in place, without reading the network again', async ({ page, big, bigStore }) => {
  const calls = recordCalls(page)
  await openMap(page, big)
  // Returns nothing: serializing a cytoscape instance takes Playwright ages.
  await page.evaluate(() => void window.cy!.scratch('_e2e', 'first map'))
  calls.length = 0
  const nameOf = (id: string) => bigStore.contacts.find((c) => c.id === id)!.name
  const node = (id: string) =>
    page.evaluate((nodeId) => {
      const n = window.cy!.getElementById(nodeId)
      return n.length === 0 ? null : { label: n.data('label') as string, strength: n.data('strength') as number, edges: n.connectedEdges().length }
    }, id)

  // Someone drawn on their own: a new name and tie strength show on their node.
  const standout = await page.evaluate(() => window.cy!.nodes('[kind = "contact"]')[0]!.id())
  await page.evaluate((id) => void window.cy!.getElementById(id).emit('tap'), standout)
  await page.getByRole('complementary', { name: `Details of ${nameOf(standout)}` }).getByRole('button', { name: 'Edit', exact: true }).click()
  const form = page.getByRole('form', { name: `Edit ${nameOf(standout)}` })
  await form.getByLabel('Name').fill('Renamed Standout')
  await form.getByLabel('Tie strength').selectOption('5')
  await form.getByRole('button', { name: 'Save changes' }).click()
  await expect.poll(() => node(standout).then((n) => n && { label: n.label, strength: n.strength })).toEqual({ label: 'Renamed Standout', strength: 5 })

  // Someone inside the biggest bubble: open it, delete them, close it again; one person fewer in it.
  const biggest = (await bubbles(page)).reduce((a, b) => (b.count > a.count ? b : a))
  const drawnBefore = await page.evaluate(() => window.cy!.nodes('[kind = "contact"]').map((n) => n.id()))
  await page.mouse.click(biggest.x, biggest.y)
  await expect.poll(() => page.evaluate((id) => window.cy!.getElementById(id).length, biggest.id)).toBe(0)
  const member = await page.evaluate((before) => window.cy!.nodes('[kind = "contact"]').filter((n) => !before.includes(n.id()))[0]!.id(), drawnBefore)
  expect((await node(member))!.edges).toBeGreaterThan(0)
  await page.evaluate((id) => void window.cy!.getElementById(id).emit('tap'), member)
  await page.getByRole('complementary', { name: `Details of ${nameOf(member)}` }).getByRole('button', { name: 'Edit', exact: true }).click()
  const memberForm = page.getByRole('form', { name: `Edit ${nameOf(member)}` })
  await memberForm.getByRole('button', { name: 'Delete contact' }).click()
  await memberForm.getByRole('group', { name: 'Confirm deletion' }).getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(memberForm).toBeHidden()
  // Their node and every edge of theirs are gone.
  await expect.poll(() => node(member)).toBeNull()
  expect(await page.evaluate((id) => window.cy!.edges().filter((e) => e.source().id() === id || e.target().id() === id).length, member)).toBe(0)

  await page.getByRole('button', { name: 'Collapse all' }).click()
  await expect.poll(async () => (await bubbles(page)).find((b) => b.id === biggest.id)?.count).toBe(biggest.count - 1)
  await expect(page.getByRole('button', { name: `People on the map (${(PEOPLE - 1).toLocaleString('en-US')})` })).toBeVisible()

  // The same cytoscape instance throughout, and only deltas came back from the backend.
  expect(await page.evaluate(() => window.cy!.scratch('_e2e') as string)).toBe('first map')
  const channels = calls.map((c) => c.channel)
  expect(channels).toEqual(expect.arrayContaining(['contacts:update', 'contacts:delete']))
  expect(channels).not.toContain('network:get')
  expect(new Set(calls.filter((c) => c.channel === 'network:since').map((c) => c.kind))).toEqual(new Set(['delta']))
})

test('in a 5,000-person network, "Introduced by" is found by name, not picked from a list of everyone', async ({ page, big, bigStore }) => {
  await openMap(page, big)
  // Someone drawn on their own (a standout) to edit, and someone with a one-of-a-kind name who introduced them.
  const drawnId = await page.evaluate(() => window.cy!.nodes('[kind = "contact"]')[0]!.id())
  const person = bigStore.contacts.find((c) => c.id === drawnId)!
  const introducer = bigStore.contacts.find((c) => c.id !== person.id && bigStore.contacts.filter((o) => o.name === c.name).length === 1)!
  await page.evaluate((id) => void window.cy!.getElementById(id).emit('tap'), person.id)
  await page.getByRole('complementary', { name: `Details of ${person.name}` }).getByRole('button', { name: 'Edit', exact: true }).click()
  const form = page.getByRole('form', { name: `Edit ${person.name}` })
  const list = form.getByLabel('Introduced by', { exact: true })
  // Not 5,000 options: the current choice (if any) and "Nobody" until a name is typed.
  expect(await list.locator('option').count()).toBeLessThanOrEqual(2)
  await expect(form.getByText(/Type part of a name to choose among 4,999 people/)).toBeVisible()

  await form.getByRole('searchbox', { name: 'Find who introduced them' }).fill(introducer.name)
  await expect(form.getByText(/^1 found\.$/)).toBeVisible()
  await list.selectOption(introducer.id)
  await form.getByRole('button', { name: 'Save changes' }).click()
  await expect(form).toBeHidden()

  // Saved: the person's line in kith.json or in the journal beside it names the introducer.
  const saved = () =>
    ['kith.json', 'kith.journal']
      .map((name) => path.join(big.dataDir, name))
      .filter((file) => existsSync(file))
      .flatMap((file) => readFileSync(file, 'utf8').split('\n'))
      .some((line) => line.includes(`"id":"${person.id}"`) && line.includes(`"introducedBy":"${introducer.id}"`))
  await expect.poll(saved).toBe(true)
})

test('in a 5,000-person network, two chosen people of one name read apart on the chosen line', async ({ page, big, bigStore }) => {
  await openMap(page, big)
  const where = (c: StoredContact) => [c.role, c.organization].filter(Boolean).join(', ')
  // A name two people have, with a different role or organization each.
  const seen = new Map<string, StoredContact>()
  let pair: [StoredContact, StoredContact] | null = null
  for (const c of bigStore.contacts) {
    const other = seen.get(c.name)
    if (other && where(c) && where(c) !== where(other)) {
      pair = [other, c]
      break
    }
    if (where(c)) seen.set(c.name, c)
  }
  const [first, second] = pair!
  await page.getByRole('button', { name: 'Log interaction' }).click()
  const form = page.getByRole('dialog')
  await form.getByLabel('Find a person').fill(first.name)
  for (const person of [first, second]) await form.getByRole('checkbox', { name: new RegExp(`${person.name}.*${where(person).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).first().check()
  await expect(form.getByRole('button', { name: /^Remove / })).toHaveText([`Remove ${first.name} · ${where(first)} ×`, `Remove ${second.name} · ${where(second)} ×`])
})
