import { createRequire } from 'node:module'
import type { Page } from '@playwright/test'
import type { AxeResults, RunOptions } from 'axe-core'

/*
 * axe-core run straight in the page, injected once per page load. AxeBuilder injects the whole axe source
 * again on every analyze() and opens a blank page to merge its results: seconds per audit on a busy
 * 2-core machine, for a page without frames to merge. The axe used is the one @axe-core/playwright ships
 * with, so results match it; page.evaluate is not subject to the app's Content-Security-Policy.
 */

const axeSource: string = (createRequire(import.meta.resolve('@axe-core/playwright'))('axe-core') as { source: string }).source

type AxeWindow = { axe?: { run: (context: unknown, options: RunOptions) => Promise<AxeResults> } }

/** Runs axe on the page as it is now, or only inside `include` (a CSS selector). */
export async function runAxe(page: Page, options: RunOptions = {}, include?: string): Promise<AxeResults> {
  if (!(await page.evaluate(() => typeof (window as AxeWindow).axe?.run === 'function'))) await page.evaluate(axeSource)
  return page.evaluate(
    ({ options, include }) => {
      const axe = (window as AxeWindow).axe
      if (!axe) throw new Error('axe-core is not in the page')
      return axe.run(include ? { include: [include] } : document, options)
    },
    { options, include },
  )
}
