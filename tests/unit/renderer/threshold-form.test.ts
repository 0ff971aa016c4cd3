import { describe, expect, it } from 'vitest'
import { DEFAULT_INSIGHT_THRESHOLDS } from '../../../src/core/insight-thresholds'
import { SettingsPatch } from '../../../src/core/schema'
import { describeIssues } from '../../../src/core/describe-issues'
import {
  defaultsNote,
  formatThreshold,
  fractionToPercent,
  notANumberMessage,
  parseNumber,
  percentToFraction,
  readDraft,
  rowKeys,
  THRESHOLD_KEYS,
  THRESHOLD_ROWS,
  thresholdErrors,
  thresholdRange,
  toDraft,
} from '../../../src/renderer/insights/threshold-form'
import { problemSummary } from '../../../src/renderer/shared/field-errors'

/** Units are joined to their numbers by a non-breaking space; compare with plain spaces. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value).replaceAll('\u00a0', ' ')) as T

/** What the backend answers for a refused patch: the same schema and the same wording as dispatch.ts. */
function refused(patch: unknown) {
  const parsed = SettingsPatch.safeParse(patch)
  if (parsed.success) throw new Error('expected the patch to be refused')
  return describeIssues(parsed.error).issues
}

describe('fractions and percents', () => {
  it('shows stored fractions as percents and back, without float noise', () => {
    expect([0.6, 0.07, 0.95, 0.333, 1].map(fractionToPercent)).toEqual([60, 7, 95, 33.3, 100])
    expect([60, 70, 7, 57, 100].map(percentToFraction)).toEqual([0.6, 0.7, 0.07, 0.57, 1])
    for (const p of [10, 29, 33, 58, 70, 95]) expect(fractionToPercent(percentToFraction(p))).toBe(p)
  })

  it('writes values with their units', () => {
    expect(formatThreshold('siloShare', 0.6)).toBe('60%')
    expect(plain(formatThreshold('oneWayRatio', 2))).toBe('2×')
    expect(plain(formatThreshold('laidOffMinimum', 1))).toBe('1 person')
    expect(plain(formatThreshold('eventsWindowDays', 365))).toBe('365 days')
  })
})

describe('the rows', () => {
  it('hold every threshold exactly once', () => {
    expect(THRESHOLD_ROWS.flatMap(rowKeys).sort()).toEqual([...THRESHOLD_KEYS].sort())
  })

  it('say each default with its unit', () => {
    const note = (id: string) => plain(defaultsNote(THRESHOLD_ROWS.find((r) => r.id === id)!))
    expect(note('silo')).toBe('Default 60%.')
    expect(note('laid-off')).toBe('Default 5 people.')
    expect(note('one-way')).toBe('Defaults 2× and 3 times.')
    expect(note('closed')).toBe('Default 60%.')
  })

  it('take their ranges from the schema, in the units shown', () => {
    expect(thresholdRange('siloShare')).toEqual({ min: 30, max: 100, whole: false, step: 1 })
    expect(thresholdRange('closedNetworkShare')).toEqual({ min: 10, max: 95, whole: false, step: 1 })
    expect(thresholdRange('oneWayRatio')).toEqual({ min: 1.2, max: 10, whole: false, step: 0.1 })
    expect(thresholdRange('laidOffMinimum')).toEqual({ min: 1, max: 50, whole: true, step: 1 })
  })
})

describe('from the form to a patch', () => {
  it('shows the saved values in the units typed', () => {
    expect(toDraft(DEFAULT_INSIGHT_THRESHOLDS)).toEqual({
      siloShare: '60',
      valuedStrength: '4',
      laidOffMinimum: '5',
      oneWayRatio: '2',
      oneWayMinimum: '3',
      eventsWindowDays: '365',
      profileReviewDays: '182',
      closedNetworkShare: '60',
    })
  })

  it('sends only what changed, shares as fractions', () => {
    const draft = { ...toDraft(DEFAULT_INSIGHT_THRESHOLDS), laidOffMinimum: '3', siloShare: '70', oneWayRatio: ' 2.5 ' }
    expect(readDraft(draft, DEFAULT_INSIGHT_THRESHOLDS)).toEqual({ patch: { laidOffMinimum: 3, siloShare: 0.7, oneWayRatio: 2.5 }, errors: {} })
    expect(readDraft(toDraft(DEFAULT_INSIGHT_THRESHOLDS), DEFAULT_INSIGHT_THRESHOLDS)).toEqual({ patch: {}, errors: {} })
    // "60.0" is the saved 60 %: nothing to send.
    expect(readDraft({ ...toDraft(DEFAULT_INSIGHT_THRESHOLDS), siloShare: '60.0' }, DEFAULT_INSIGHT_THRESHOLDS).patch).toEqual({})
  })

  it('leaves ranges to the backend but catches what is not a number', () => {
    const draft = { ...toDraft(DEFAULT_INSIGHT_THRESHOLDS), siloShare: '10', laidOffMinimum: '', eventsWindowDays: 'a year' }
    const { patch, errors } = readDraft(draft, DEFAULT_INSIGHT_THRESHOLDS)
    expect(patch).toEqual({ siloShare: 0.1 })
    expect(plain(errors)).toEqual({
      laidOffMinimum: 'Enter a whole number from 1 to 50.',
      eventsWindowDays: 'Enter a whole number from 30 to 730.',
    })
    expect(plain(notANumberMessage('siloShare'))).toBe('Enter a number from 30% to 100%.')
  })

  it('reads plain decimals only', () => {
    expect(['3', ' 0.5 ', '.5', '-2', '1e3', '0x10', 'Infinity', '', '5 people', '1,5'].map(parseNumber)).toEqual([
      3,
      0.5,
      0.5,
      -2,
      null,
      null,
      null,
      null,
      null,
      null,
    ])
  })
})

describe('the backend’s messages, beside their fields', () => {
  it('keeps the plain messages and puts shares in percents', () => {
    const issues = refused({ insightThresholds: { siloShare: 0.1, closedNetworkShare: 0.99, laidOffMinimum: 2.5, oneWayRatio: 1 } })
    expect(plain(thresholdErrors(issues))).toEqual({
      siloShare: 'The silo share must be from 30% to 100%.',
      closedNetworkShare: 'The closed-network share must be from 10% to 95%.',
      laidOffMinimum: 'The laid-off minimum must be a whole number.',
      oneWayRatio: 'The one-way ratio must be from 1.2 to 10.',
    })
  })

  it('passes on the backend’s plain message for a wrong type', () => {
    expect(thresholdErrors(refused({ insightThresholds: { valuedStrength: null } }))).toEqual({ valuedStrength: 'Valued strength must be a number from 1 to 5.' })
  })

  it('ignores issues about other settings and keeps the first per field', () => {
    const errors = thresholdErrors([
      { path: 'monthlyTarget', message: 'Monthly target must be 2, 3 or 4 people.' },
      { path: 'patch.insightThresholds.oneWayMinimum', message: 'first' },
      { path: 'insightThresholds.oneWayMinimum', message: 'second' },
      { path: 'insightThresholds.nonsense', message: 'unknown' },
    ])
    expect(errors).toEqual({ oneWayMinimum: 'first' })
    expect([problemSummary(1), problemSummary(2)]).toEqual([
      'Nothing was saved: check the highlighted field.',
      'Nothing was saved: check the 2 highlighted fields.',
    ])
  })
})
