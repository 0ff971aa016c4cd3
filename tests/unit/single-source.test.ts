import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/*
 * Domain rules live once, in the core. Copies of a rule in a view drift apart within weeks (a review period,
 * "is this event still going on", which channels count as meeting someone), so this test looks for the
 * tell-tale shape of each rule anywhere else in the product code and names the file to call instead.
 */

const ROOTS = ['src', 'electron']

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : []
  })
}

const files = ROOTS.flatMap(sourceFiles).map((file) => ({ file: file.split(path.sep).join('/'), text: readFileSync(file, 'utf8') }))

/** Lines of product code matching `shape`, outside the files allowed to hold it. */
function copies(shape: RegExp, home: readonly string[]): string[] {
  return files
    .filter(({ file }) => !home.includes(file))
    .flatMap(({ file, text }) => text.split('\n').flatMap((line, n) => (shape.test(line) ? [`${file}:${n + 1}: ${line.trim()}`] : [])))
}

const RULES = [
  {
    rule: 'which channels mean meeting in person or by video (LIVE_CHANNELS)',
    // In person (coffee) and by video in one list: that is the rule. A thank-you list (coffee, lunch, meeting) is another.
    shape: /'video'.*'coffee'|'coffee'.*'video'/,
    home: ['src/core/schema.ts'],
  },
  {
    rule: 'a contact’s keep-in-touch cadence (effectiveCadence, categoryCadence)',
    shape: /cadenceDaysByCategory\s*\[|cadenceDays\s*\?\?/,
    home: ['src/core/cadence.ts'],
  },
  {
    rule: 'whether an event is still going on (isOngoing, eventInWindow)',
    shape: /kind\s*[!=]==\s*'conference'|endOn\s*\?\?\s*\(|ONGOING_KINDS/,
    home: ['src/core/event-timing.ts'],
  },
  {
    rule: 'when the profile review is due (profileReview)',
    shape: /(daysBetween|addDays|addMonths)\([^)]*reviewed|REVIEW_EVERY/i,
    home: ['src/core/profile-review.ts'],
  },
  {
    rule: 'plurals (plural, pluralWord in core/wording.ts)',
    shape: /\$\{[^}]*\}\s*\w+\$\{[^}]*=== 1 \? '' : 's'\}/,
    home: [],
  },
  {
    rule: 'dates and spans written by hand instead of the shared format module',
    shape: /toLocaleDateString|toLocaleString\(|new Intl\.(DateTimeFormat|RelativeTimeFormat|PluralRules)/,
    home: ['src/core/wording.ts', 'src/renderer/shared/format.ts'],
  },
]

describe('domain rules live once', () => {
  it.each(RULES)('$rule', ({ shape, home }) => {
    expect(copies(shape, home)).toEqual([])
  })

  it('finds a copy when one is made (the check itself works)', () => {
    const pasted = "const live = new Set(['coffee', 'lunch', 'video'])"
    expect(RULES[0]?.shape.test(pasted)).toBe(true)
    expect(RULES[1]?.shape.test('settings.cadenceDaysByCategory[c]')).toBe(true)
    expect(RULES[2]?.shape.test("event.endOn ?? (event.kind === 'conference' ? a : b)")).toBe(true)
    expect(RULES[3]?.shape.test('daysBetween(me.profileReviewedOn, today)')).toBe(true)
    expect(RULES[0]?.shape.test("new Set(['coffee', 'lunch', 'meeting'])")).toBe(false)
    expect(RULES[4]?.shape.test('`${n} contact${n === 1 ? \'\' : \'s\'}`')).toBe(true)
  })
})
