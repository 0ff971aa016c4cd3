import { plural, writtenMonth } from '../wording'

/*
 * "Share my plan": the coming months and last month's results, as plain text and as Markdown, for the
 * accountability partner. It works over a small input of its own, so it does not depend on how the plan is
 * stored; the caller maps the plan model (and contact names) into it.
 */

export const SHARED_STATUSES = ['planned', 'contacted', 'scheduled', 'met', 'thanked', 'skipped'] as const
export type SharedStatus = (typeof SHARED_STATUSES)[number]

export interface SharedPlanItem {
  readonly name: string
  readonly purpose: string
  readonly status: SharedStatus
  /** Why it was skipped, when it was. */
  readonly skipReason?: string | null
}

export interface SharedPlanMonth {
  /** `YYYY-MM`. */
  readonly month: string
  /** People to meet that month (already lowered for a busy month). */
  readonly target: number
  readonly busy: boolean
  readonly items: readonly SharedPlanItem[]
}

export interface SharedPlanInput {
  readonly myName: string
  readonly partnerName?: string | null
  /** The current month first, then the ones after it. */
  readonly months: readonly SharedPlanMonth[]
  readonly lastMonth: SharedPlanMonth | null
  /** Months in a row that met their target, if known. */
  readonly streak?: number | null
}

const STATUS_WORDS: Readonly<Record<SharedStatus, string>> = {
  planned: 'to ask',
  contacted: 'asked, waiting for a reply',
  scheduled: 'meeting booked',
  met: 'met',
  thanked: 'met and thanked',
  skipped: 'skipped',
}

/** Met counts a thanked meeting too: thanking comes after meeting. */
const metCount = (m: SharedPlanMonth): number => m.items.filter((i) => i.status === 'met' || i.status === 'thanked').length

const statusOf = (item: SharedPlanItem): string =>
  item.status === 'skipped' && item.skipReason?.trim() ? `skipped: ${item.skipReason.trim()}` : STATUS_WORDS[item.status]

const monthTitle = (m: SharedPlanMonth): string => `${writtenMonth(m.month)}: ${m.busy ? `a busy month, target ${m.target}` : `target ${m.target}`}`

const resultLine = (m: SharedPlanMonth): string => {
  const met = metCount(m)
  const verdict = met >= m.target ? 'target reached' : `${m.target - met} short`
  return `I met ${met} of the ${plural(m.target, 'person', 'people')} I aimed for (${verdict}).`
}

const oneLine = (text: string): string => text.trim().replace(/\s+/g, ' ')

/** The subject line when the plan is sent by e-mail. */
export const sharePlanSubject = (input: SharedPlanInput): string =>
  input.months[0] ? `My networking plan from ${writtenMonth(input.months[0].month)}` : 'My networking plan'

interface Writer {
  readonly heading: (text: string) => string
  readonly item: (name: string, purpose: string, status: string) => string
  readonly text: (text: string) => string
}

function write(input: SharedPlanInput, w: Writer): string {
  const lines: string[] = [w.text(`Hi${input.partnerName?.trim() ? ` ${oneLine(input.partnerName)}` : ''},`), '', w.text('Here is my networking plan. Thank you for keeping me to it.')]
  if (input.lastMonth) {
    const m = input.lastMonth
    lines.push('', w.heading(`Last month, ${writtenMonth(m.month)}`), w.text(resultLine(m)))
    if (input.streak) lines.push(w.text(`That makes ${plural(input.streak, 'month')} in a row on target.`))
    lines.push(...m.items.map((i) => w.item(oneLine(i.name), oneLine(i.purpose), statusOf(i))))
  }
  lines.push('', w.heading('Coming months'))
  if (input.months.length === 0) lines.push(w.text('Nothing planned yet.'))
  for (const m of input.months) {
    lines.push('', w.heading(monthTitle(m)))
    if (m.items.length === 0) lines.push(w.text('Nobody planned yet.'))
    lines.push(...m.items.map((i) => w.item(oneLine(i.name), oneLine(i.purpose), statusOf(i))))
  }
  lines.push('', w.text('Thanks,'), w.text(oneLine(input.myName) || 'Me'))
  return `${lines.join('\n')}\n`
}

/** The plan as plain text, for the clipboard or a mailto body. */
export const sharePlanText = (input: SharedPlanInput): string =>
  write(input, {
    heading: (text) => text,
    item: (name, purpose, status) => `- ${name}${purpose ? `: ${purpose}` : ''} (${status})`,
    text: (text) => text,
  })

/**
 * Backslash-escapes what Markdown would read as formatting, so a name like "*Ana* [CEO]" shows as typed;
 * a list marker ("-", "+", "1.") only counts at the start of a line, so only there is it escaped.
 */
export const escapeMarkdown = (text: string): string =>
  text.replace(/[\\`*_[\]<>#|~]/g, '\\$&').replace(/^([-+])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2')

/** The plan as Markdown, for notes apps and chat. */
export const sharePlanMarkdown = (input: SharedPlanInput): string =>
  write(input, {
    heading: (text) => `## ${escapeMarkdown(text)}`,
    item: (name, purpose, status) => `- **${escapeMarkdown(name)}**${purpose ? `: ${escapeMarkdown(purpose)}` : ''} _(${escapeMarkdown(status)})_`,
    text: escapeMarkdown,
  })
