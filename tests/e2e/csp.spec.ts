import type { ConsoleMessage, Page } from '@playwright/test'
import { contactNodeCount, expect, test } from './fixtures'

declare global {
  interface Window {
    /** Every Content-Security-Policy violation the page reported, collected by this spec's init script. */
    cspViolations?: string[]
  }
}

const VIEWS = [
  ['Insights', 'Insights'],
  ['Contacts', 'Contacts'],
  ['Timeline', 'Timeline'],
  ['Follow-ups', 'Follow-ups'],
  ['Events', 'Events'],
  ['Profile', 'Your profile'],
  ['Map', 'Network map'],
] as const

/** Each layout, and a node only that layout draws, to know it has been laid out. */
const LAYOUTS = [
  ['by-organization', 'hub:Northgate Health'],
  ['by-category', 'hub:Social media'],
  ['orbit', 'sector:other-industry'],
] as const

/** Console lines Chromium writes when the policy blocks something (eval, inline script or style, a source). */
const isCspMessage = (message: ConsoleMessage) => /Content[- ]Security[- ]Policy|unsafe-eval|unsafe-inline/i.test(message.text())

async function goTo(page: Page, view: string, heading: string) {
  // Starts with: Follow-ups carries a count of what is due.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: new RegExp(`^${view}`) }).click()
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible()
}

test('the sample network, every view and every map layout run without breaking the Content-Security-Policy', async ({ page, kith }) => {
  const cspConsole: string[] = []
  const pageErrors: string[] = []
  page.on('console', (message) => {
    if (isCspMessage(message)) cspConsole.push(message.text())
  })
  page.on('pageerror', (error) => pageErrors.push(error.message))
  // Chromium files most CSP violations (a blocked eval among them) as DevTools issues, which its console
  // shows, rather than as console messages: listen there too.
  const cspIssues: string[] = []
  const devtools = await page.context().newCDPSession(page)
  devtools.on('Audits.issueAdded', ({ issue }) => {
    const details = issue.details.contentSecurityPolicyIssueDetails
    if (issue.code === 'ContentSecurityPolicyIssue' && details) {
      const at = details.sourceCodeLocation
      cspIssues.push(`${details.contentSecurityPolicyViolationType} (${details.violatedDirective}) at ${at?.url ?? '?'}:${at ? at.lineNumber + 1 : '?'}`)
    }
  })
  await devtools.send('Audits.enable')
  // Before any of Kith's scripts: zod probes for eval while its modules load.
  await page.addInitScript(() => {
    const seen: string[] = []
    window.cspViolations = seen
    document.addEventListener(
      'securitypolicyviolation',
      (event) => seen.push(`${event.effectiveDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`),
      true,
    )
  })

  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Explore a sample network' }).click()
  await expect.poll(() => contactNodeCount(page)).toBe(40)

  // The cluster layouts run cytoscape in a Web Worker, whose violations this page cannot hear; but a blocked
  // eval there would throw, the worker would fail, and its hubs would never appear.
  for (const [layout, drawn] of LAYOUTS) {
    await page.getByRole('combobox', { name: 'Layout' }).selectOption(layout)
    await expect.poll(() => page.evaluate((id) => window.cy!.getElementById(id).nonempty(), drawn)).toBe(true)
  }

  for (const [view, heading] of VIEWS) await goTo(page, view, heading)
  await expect.poll(() => contactNodeCount(page)).toBe(40)

  expect(await page.evaluate(() => window.cspViolations)).toEqual([])
  expect(cspIssues).toEqual([])
  expect(cspConsole).toEqual([])
  expect(pageErrors).toEqual([])
})
