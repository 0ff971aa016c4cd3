import { CATEGORIES, CATEGORY_LABELS } from '../../core/categories'
import type { Metrics } from '../../core/insight-schema'
import { percent, plural, pluralWord } from '../shared/format'

/** One number worth knowing about the network, with what it means in a line. */
export interface Headline {
  readonly id: string
  readonly label: string
  readonly value: string
  readonly explanation: string
  /** How a measure from the research is computed, under its scholarly name: shown on request. */
  readonly more?: string
}

const decimals = (n: number, digits: number) => n.toFixed(digits)

/** The headline numbers, in plain words; Burt's ego-network numbers only once who-knows-whom is recorded. */
export function headlineMetrics(m: Metrics): Headline[] {
  const missing = CATEGORIES.filter((c) => m.categoryCounts[c] === 0).map((c) => CATEGORY_LABELS[c])
  const largest = m.largestOrganization
  const rows: Headline[] = [
    {
      id: 'categories',
      label: 'Categories covered',
      value: `${m.categoriesCovered}/8`,
      explanation: missing.length === 0 ? 'Every kind of contact has someone in it.' : `Missing: ${missing.join(', ')}.`,
    },
    {
      id: 'blau',
      label: 'Variety across categories',
      value: decimals(m.blauIndex, 2),
      explanation: 'How evenly your contacts spread over the eight categories: 0 when all are in one, 0.88 when spread evenly over all eight.',
      more: 'This is the Blau index of heterogeneity: one minus the sum of the squared share of each category. Someone in two categories counts in both.',
    },
    {
      id: 'industries',
      label: 'Industries',
      value: String(m.industries),
      explanation:
        m.industries === 0
          ? 'No contact has an industry recorded yet.'
          : m.industries === 1
            ? m.contacts === 1
              ? 'The industry of your one contact so far.'
              : 'Everyone with an industry recorded works in the same one, so the news you hear comes from one field.'
            : 'Different industries your contacts work in.',
    },
    {
      id: 'organizations',
      label: 'Organizations',
      value: String(m.organizations),
      explanation: m.organizations === 0 ? 'No contact has an organization recorded yet.' : 'Different employers your contacts work for.',
    },
    {
      id: 'largest-organization',
      label: 'Largest organization',
      value: largest ? percent(largest.share) : '—',
      explanation: largest
        ? `${largest.count} of your contacts with a known employer ${pluralWord(largest.count, 'works', 'work')} at ${largest.name}.`
        : 'No organizations recorded yet.',
    },
    {
      id: 'weak-ties',
      label: 'Online ties met',
      value: m.weakTies.rate === null ? '—' : percent(m.weakTies.rate),
      explanation:
        m.weakTies.rate === null
          ? 'No social-media contacts yet.'
          : `${m.weakTies.converted} of ${plural(m.weakTies.social, 'social-media contact')} met in person or by video.`,
    },
    {
      id: 'laid-off',
      label: 'Laid-off list in touch',
      value: `${m.laidOff.withinCadence} of ${m.laidOff.minimum}`,
      explanation: `Of the ${m.laidOff.minimum} people you aim to have on your laid-off list, how many are on it and in touch (${plural(m.laidOff.listed, 'person', 'people')} listed).`,
    },
  ]
  const ego = m.egoNetwork
  if (ego) {
    rows.push(
      {
        id: 'effective-size',
        label: 'Independent contacts',
        value: `${decimals(ego.effectiveSize, 1)} of ${ego.size}`,
        explanation: 'How many of your contacts bring news the others do not, once you count who knows whom.',
        more: `Burt’s effective size: your ${plural(ego.size, 'contact')} minus the overlap among those who know each other, from the ${plural(ego.ties, 'tie')} you recorded between them.`,
      },
      {
        id: 'constraint',
        label: 'Reliance on a few',
        value: decimals(ego.constraint, 2),
        explanation: `${decimals(ego.minConstraint, 2)} if none of your contacts knew each other, ${decimals(ego.maxConstraint, 2)} if all did. Lower means more independent news.`,
        more: 'Burt’s constraint: how much your network depends on a few people who all know each other, so that news and chances reach you through the same circle.',
      },
    )
  }
  return rows
}
