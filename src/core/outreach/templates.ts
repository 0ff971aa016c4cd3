import { z } from 'zod'

/*
 * Outreach templates: a short, concrete request that says how much time it asks for. The built-in texts are
 * Kith's own; a user's own templates follow OwnTemplate (their storage comes with the plan model).
 *
 * Placeholders are written {name} (see fill-template.ts for the names and where their values come from).
 */

/** What a template is for: asking for time, saying thanks afterwards, or keeping a tie warm. */
export const TEMPLATE_KINDS = ['request', 'after-meeting', 'keep-in-touch'] as const
export type TemplateKind = (typeof TEMPLATE_KINDS)[number]

export interface OutreachTemplate {
  readonly id: string
  readonly name: string
  readonly kind: TemplateKind
  /** The time the message asks for, in words: filled into {timeAsked} unless the composer says otherwise. */
  readonly timeAsked: string
  readonly subject: string
  readonly body: string
}

export const BUILT_IN_TEMPLATES: readonly OutreachTemplate[] = [
  {
    id: 'expert-opinion',
    name: 'Ask for an expert opinion',
    kind: 'request',
    timeAsked: '20 minutes, by video or phone',
    subject: 'Your view on {topic}?',
    body: `Hi {firstName},

We know each other from {howWeMet}. I am working on {topic}, and you are the person whose judgement on it I trust most.

Could you spare {timeAsked} in the next few weeks? I will come with three specific questions so we keep to time.

If now is a bad moment, just say so. I will understand.

Best wishes,
{myName}`,
  },
  {
    id: 'how-you-solved-it',
    name: 'Learn how they solved a problem',
    kind: 'request',
    timeAsked: '30 minutes over coffee, or a video call',
    subject: 'How did you handle {topic}?',
    body: `Hi {firstName},

We know each other from {howWeMet}. I am facing {topic} at the moment, and I remember that you dealt with something similar.

Would you have {timeAsked} to tell me what worked for you and what you would do differently? The coffee is on me.

Thank you for considering it,
{myName}`,
  },
  {
    id: 'explore-collaboration',
    name: 'Explore a collaboration',
    kind: 'request',
    timeAsked: '30 minutes, by video',
    subject: 'An idea we could work on together: {topic}',
    body: `Hi {firstName},

We know each other from {howWeMet}. I have been thinking about {topic}, and I believe your team and mine could do something useful together.

Could we take {timeAsked} to see whether the idea holds up? I will send a one-page outline beforehand so you can judge it quickly.

Kind regards,
{myName}`,
  },
  {
    id: 'navigate-situation',
    name: 'Ask for advice on a situation',
    kind: 'request',
    timeAsked: '20 minutes, by phone or video',
    subject: 'Could I ask your advice on {topic}?',
    body: `Hi {firstName},

We know each other from {howWeMet}. I am in the middle of {topic} and would value the view of someone who has seen more of these than I have.

Would {timeAsked} suit you some time this month? I will keep it to the point and share the background in a short note first.

With thanks,
{myName}`,
  },
  {
    id: 'interview',
    name: 'Interview them for an article or blog',
    kind: 'request',
    timeAsked: '30 minutes, by video, recorded only if you agree',
    subject: 'An interview about {topic}?',
    body: `Hi {firstName},

We know each other from {howWeMet}. I am writing a piece on {topic}, and your experience would make it far better than my own notes could.

Could I interview you for {timeAsked}? You would see the quotes before anything is published.

Best wishes,
{myName}`,
  },
  {
    id: 'speak-to-team',
    name: 'Invite them to speak to your team',
    kind: 'request',
    timeAsked: 'a 30-minute talk with questions, in person or by video',
    subject: 'Would you speak to my team about {topic}?',
    body: `Hi {firstName},

We know each other from {howWeMet}. My team is working through {topic}, and hearing how you approach it would help them a great deal.

Would you consider {timeAsked}, on a date that suits you? I will take care of the arrangements and send the questions the team has in advance.

Thank you for thinking about it,
{myName}`,
  },
  {
    id: 'thank-you',
    name: 'Thank them after a meeting',
    kind: 'after-meeting',
    timeAsked: 'no time: a note to read in a minute',
    subject: 'Thank you for your time',
    body: `Hi {firstName},

Thank you for talking with me about {topic}. Your advice gave me a clear next step, and I am starting on it this week.

I will let you know how it goes. If I can return the favour in any way, please ask.

With thanks,
{myName}`,
  },
  {
    id: 'follow-up-questions',
    name: 'Follow up with clarifying questions',
    kind: 'after-meeting',
    timeAsked: '5 minutes, by e-mail',
    subject: 'Two short questions after our talk on {topic}',
    body: `Hi {firstName},

Thanks again for our conversation about {topic}. While putting your advice into practice, two questions came up:

1. 
2. 

A line or two on each would be plenty, whenever you have {timeAsked}.

Best wishes,
{myName}`,
  },
  {
    id: 'reconnect',
    name: 'Reconnect, no agenda',
    kind: 'keep-in-touch',
    timeAsked: 'a coffee or a 20-minute call, whenever suits',
    subject: 'It has been a while',
    body: `Hi {firstName},

It has been too long since we last spoke, and I have been wondering how things are with you. I have no request this time: I would simply like to catch up.

Would you be up for {timeAsked}? I would love to hear what you are working on.

All the best,
{myName}`,
  },
  {
    id: 'comment-on-work',
    name: 'Comment on their post or talk',
    kind: 'keep-in-touch',
    timeAsked: 'no time: a comment to read, no reply expected',
    subject: 'Your piece on {topic}',
    body: `Hi {firstName},

I read your piece on {topic} and it stayed with me. It made me rethink how we do things on my side, and I have already shared it with my team.

No need to reply. I wanted you to know it landed.

Best,
{myName}`,
  },
]

const BUILT_IN_IDS = new Set(BUILT_IN_TEMPLATES.map((t) => t.id))

/** A built-in template by id, or undefined. */
export const builtInTemplate = (id: string): OutreachTemplate | undefined => BUILT_IN_TEMPLATES.find((t) => t.id === id)

const field = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .min(1, `Give the template ${label.toLowerCase()}.`)
    .max(max, `${label} is too long (at most ${max} characters).`)

/** A template the user wrote; `id` is set by the core and never reuses a built-in one's. */
export const OwnTemplate = z.strictObject({
  id: z
    .string()
    .min(1, 'A template id is required.')
    .max(100)
    .refine((id) => !BUILT_IN_IDS.has(id), { error: 'This id belongs to a built-in template.' }),
  name: field('A name', 100),
  kind: z.enum(TEMPLATE_KINDS, { error: () => `Kind must be one of: ${TEMPLATE_KINDS.join(', ')}.` }),
  timeAsked: field('The time asked', 100),
  subject: field('A subject', 200),
  body: field('A body', 5000),
})
export type OwnTemplate = z.infer<typeof OwnTemplate>
/** What a user gives to add or edit a template: everything but the id. */
export const OwnTemplateDraft = OwnTemplate.omit({ id: true })
export type OwnTemplateDraft = z.input<typeof OwnTemplateDraft>

/** The user's version of a built-in template; Reset drops it and the built-in text returns. */
export const BuiltInEdit = z.strictObject({ timeAsked: OwnTemplate.shape.timeAsked, subject: OwnTemplate.shape.subject, body: OwnTemplate.shape.body })
export type BuiltInEdit = z.infer<typeof BuiltInEdit>

/** Since format 6: the user's own templates, and their edits of built-in ones by built-in id. */
export const TemplateStore = z.object({
  own: z.array(OwnTemplate).max(200, 'At most 200 own templates.'),
  edited: z.record(
    z.string().refine((id) => BUILT_IN_IDS.has(id), { error: 'Only a built-in template can be edited in place.' }),
    BuiltInEdit,
  ),
})
export type TemplateStore = z.infer<typeof TemplateStore>
export const NO_TEMPLATES: TemplateStore = { own: [], edited: {} }

/** A template as the composer lists it: built-ins first (with the user's edit applied), then the user's own. */
export interface ListedTemplate extends OutreachTemplate {
  readonly origin: 'built-in' | 'own'
  /** A built-in the user changed: Reset brings the original back. */
  readonly edited: boolean
}

export function listTemplates(store: TemplateStore): ListedTemplate[] {
  const builtIns = BUILT_IN_TEMPLATES.map((t): ListedTemplate => {
    const edit = Object.hasOwn(store.edited, t.id) ? store.edited[t.id] : undefined
    return { ...t, ...(edit ?? {}), origin: 'built-in', edited: edit !== undefined }
  })
  return [...builtIns, ...store.own.map((t): ListedTemplate => ({ ...t, origin: 'own', edited: false }))]
}
