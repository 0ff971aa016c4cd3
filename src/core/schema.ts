import { z } from 'zod'
import { CATEGORIES, Category, DEFAULT_CADENCE_DAYS } from './categories'
import { IsoDate, IsoDateTime } from './dates'
import { DEFAULT_INSIGHT_THRESHOLDS, InsightThresholds } from './insight-thresholds'
import { WEB_PROTOCOLS } from './web-links'

/*
 * The persisted shapes of a Kith network: people, ties, interactions, the user and their settings. The file's
 * current version is SCHEMA_VERSION in network-file.ts; fields added since version 1 say since when.
 *
 * Field names are part of the file format: renaming one needs a named migration (see migrations.ts).
 * Derived values (last contact, staleness, suggested strength) are computed by the core, never stored.
 */

export const ContactId = z.string().min(1, 'A contact id is required.').max(100).brand<'ContactId'>()
export type ContactId = z.infer<typeof ContactId>
export const TieId = z.string().min(1, 'A tie id is required.').max(100).brand<'TieId'>()
export type TieId = z.infer<typeof TieId>
export const InteractionId = z.string().min(1, 'An interaction id is required.').max(100).brand<'InteractionId'>()
export type InteractionId = z.infer<typeof InteractionId>
export const EventId = z.string().min(1, 'An event id is required.').max(100).brand<'EventId'>()
export type EventId = z.infer<typeof EventId>
export const FollowUpId = z.string().min(1, 'A follow-up id is required.').max(100).brand<'FollowUpId'>()
export type FollowUpId = z.infer<typeof FollowUpId>

const text = (label: string, max = 200) =>
  z.string({ error: `${label} must be text.` }).trim().max(max, `${label} is too long (at most ${max} characters).`)

const webProtocol = new RegExp(`^(${WEB_PROTOCOLS.join('|')})$`)
// Built once: building a zod schema inside a refine, per value, made checking a 30,000-row import five times slower.
const WebAddress = z.url({ protocol: webProtocol, hostname: z.regexes.domain })
const EmailAddress = z.email()

/** Accepts "example.com" as "https://example.com"; only links with one of the WEB_PROTOCOLS are kept. */
const webUrl = (label: string) =>
  text(label, 500)
    .transform((v) => (v === '' || /^[a-z][a-z0-9+.-]*:/i.test(v) ? v : `${WEB_PROTOCOLS[0]}://${v}`))
    .refine((v) => v === '' || WebAddress.safeParse(v).success, {
      error: `${label} must be a web address such as https://example.com.`,
    })

const email = text('E-mail', 254).refine((v) => v === '' || EmailAddress.safeParse(v).success, {
  error: 'E-mail must look like name@example.com.',
})

const phone = text('Phone', 40).refine((v) => v === '' || (/^[0-9+()\-./\s#*xext]+$/i.test(v) && /\d/.test(v)), {
  error: 'Phone may hold digits, spaces and + ( ) - . only.',
})

/** Keep-in-touch interval in days: weekly at most, every two years at least. */
export const CadenceDays = z
  .number({ error: 'Cadence must be a number of days.' })
  .int('Cadence must be a whole number of days.')
  .min(7, 'Cadence must be at least 7 days.')
  .max(730, 'Cadence must be at most 730 days (two years).')

/** 1 = weak (met once, online only) … 5 = close (would help without being asked). */
export const TieStrength = z
  .number({ error: 'Tie strength must be a number from 1 to 5.' })
  .int('Tie strength must be a whole number from 1 to 5.')
  .min(1, 'Tie strength must be from 1 (weak) to 5 (close).')
  .max(5, 'Tie strength must be from 1 (weak) to 5 (close).')

const Categories = z
  .array(Category, { error: (issue) => (issue.input === undefined ? 'Choose at least one category.' : 'Categories must be a list.') })
  .min(1, 'Choose at least one category.')
  .refine((list) => new Set(list).size === list.length, { error: 'Each category may appear only once.' })

const Tags = z
  .array(text('A tag', 50).min(1, 'Tags cannot be empty.'), { error: 'Tags must be a list.' })
  .max(50, 'At most 50 tags per contact.')

/** The user at the centre of the map. */
const meFields = {
  name: text('Your name'),
  organization: text('Organization'),
  department: text('Department'),
  industry: text('Industry'),
  role: text('Role'),
  linkedinUrl: webUrl('LinkedIn URL'),
  /** Day the user last reviewed their online profile; null when never. */
  profileReviewedOn: IsoDate.nullable(),
  /** Since format 3: the online-presence checklist, one tick per part of the profile that is up to date. */
  presence: z.strictObject({
    headline: z.boolean(),
    about: z.boolean(),
    experience: z.boolean(),
    photo: z.boolean(),
    recommendations: z.boolean(),
  }),
}
export const Me = z.object(meFields)
export type Me = z.infer<typeof Me>
export const MePatch = z.strictObject(meFields).partial()
export type MePatch = z.input<typeof MePatch>
export type MePatchValue = z.output<typeof MePatch>

/** Editable fields of a contact; `id`, `createdAt` and `updatedAt` are set by the core. */
const contactFields = {
  name: text('Name').min(1, 'Give the contact a name.'),
  organization: text('Organization'),
  department: text('Department'),
  industry: text('Industry'),
  role: text('Role'),
  /** One or more of the eight categories; the first is the contact's main colour on the map. */
  categories: Categories,
  tags: Tags,
  tieStrength: TieStrength,
  /** Keep-in-touch interval in days; null means "use the default of the contact's categories". */
  cadenceDays: CadenceDays.nullable(),
  howMet: text('How you met', 500),
  /** The contact who introduced you, if any. */
  introducedBy: ContactId.nullable(),
  email,
  phone,
  linkedinUrl: webUrl('LinkedIn URL'),
  website: webUrl('Website'),
  /** Someone you would call if you lost your job tomorrow. */
  onLaidOffList: z.boolean({ error: 'The laid-off list flag must be true or false.' }),
  notes: text('Notes', 5000),
}

/** Kinds of contact file an import reads; the source of a contact's imported fields. */
export const IMPORT_SOURCE_KINDS = ['linkedin-csv', 'google-csv', 'vcard'] as const
export const ImportSourceKind = z.enum(IMPORT_SOURCE_KINDS)
export type ImportSourceKind = z.infer<typeof ImportSourceKind>

/**
 * Since format 5: one file a contact was imported from. `key` is what matched them (a LinkedIn URL, an e-mail,
 * or name + organization); `fields` are the values that file gave last time, so a later import of the same
 * source may update a field still holding its value and never one the user has typed over.
 */
export const ContactSource = z.object({
  kind: ImportSourceKind,
  key: z.string().max(600),
  importedOn: IsoDate,
  fields: z.record(z.string(), z.string().max(5000)),
})
export type ContactSource = z.infer<typeof ContactSource>

export const Contact = z.object({
  id: ContactId,
  ...contactFields,
  /** Since format 5: the files this contact was imported from; empty for people added by hand. */
  sources: z.array(ContactSource).max(20),
  /** Since format 5: the day the user connected with them on LinkedIn, from its export; null when unknown. */
  connectedOn: IsoDate.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
})
export type Contact = z.infer<typeof Contact>

/** What a user gives to create a contact: a name and categories at least; everything else has a default. */
export const ContactDraft = z.strictObject({
  ...contactFields,
  organization: contactFields.organization.default(''),
  department: contactFields.department.default(''),
  industry: contactFields.industry.default(''),
  role: contactFields.role.default(''),
  tags: contactFields.tags.default([]),
  tieStrength: contactFields.tieStrength.default(2),
  cadenceDays: contactFields.cadenceDays.default(null),
  howMet: contactFields.howMet.default(''),
  introducedBy: contactFields.introducedBy.default(null),
  email: contactFields.email.default(''),
  phone: contactFields.phone.default(''),
  linkedinUrl: contactFields.linkedinUrl.default(''),
  website: contactFields.website.default(''),
  onLaidOffList: contactFields.onLaidOffList.default(false),
  notes: contactFields.notes.default(''),
  /**
   * Not stored on the contact: the day the user last spoke with them, logged as an interaction in the
   * same change, so the timeline, last contact and staleness agree from the start. null: never, or not said.
   */
  lastSpokeOn: z.iso.date({ error: 'Give the day you last spoke as a date, or choose “Not yet”.' }).nullable().default(null),
})
export type ContactDraft = z.input<typeof ContactDraft>
export type ContactDraftValue = z.output<typeof ContactDraft>

export const ContactPatch = z.strictObject(contactFields).partial()
export type ContactPatch = z.input<typeof ContactPatch>
export type ContactPatchValue = z.output<typeof ContactPatch>

export const TIE_KINDS = ['knows', 'works-with', 'introduced'] as const
export const TieKind = z.enum(TIE_KINDS, { error: () => `Tie kind must be one of: ${TIE_KINDS.join(', ')}.` })
export type TieKind = z.infer<typeof TieKind>

/** Two contacts who know each other (who-knows-whom, not you-know-them). */
export const Tie = z.object({ id: TieId, a: ContactId, b: ContactId, kind: TieKind })
export type Tie = z.infer<typeof Tie>
export const TieDraft = z.strictObject({ a: ContactId, b: ContactId, kind: TieKind.default('knows') })
export type TieDraft = z.input<typeof TieDraft>
export type TieDraftValue = z.output<typeof TieDraft>

/** How an interaction happened (not to be confused with the backend's channels in channels.ts). */
export const INTERACTION_CHANNELS = ['email', 'phone', 'video', 'coffee', 'lunch', 'meeting', 'event', 'comment', 'social', 'other'] as const
export const InteractionChannel = z.enum(INTERACTION_CHANNELS, { error: () => `Channel must be one of: ${INTERACTION_CHANNELS.join(', ')}.` })
export type InteractionChannel = z.infer<typeof InteractionChannel>

/** Channels where the user saw the person, in person or by video: what turns an online tie into a real one. */
export const LIVE_CHANNELS: ReadonlySet<InteractionChannel> = new Set(['coffee', 'lunch', 'meeting', 'event', 'video'])

/** Who helped whom, for reciprocity: `gave` = I helped them, `received` = they helped me, `none` = no help either way. */
export const DIRECTIONS = ['gave', 'received', 'mutual', 'none'] as const
export const Direction = z.enum(DIRECTIONS, { error: () => `Direction must be one of: ${DIRECTIONS.join(', ')}.` })
export type Direction = z.infer<typeof Direction>

const interactionFields = {
  /** Everyone who took part; one interaction can involve several contacts. */
  contactIds: z
    .array(ContactId, { error: 'Choose who the interaction was with.' })
    .min(1, 'Choose at least one contact.')
    .max(100, 'At most 100 contacts per interaction.')
    .refine((ids) => new Set(ids).size === ids.length, { error: 'Each contact may appear only once.' }),
  /** The day it happened. */
  date: IsoDate,
  channel: InteractionChannel,
  direction: Direction,
  summary: text('Summary', 2000),
  /** Since format 3: the event, committee or hub where it happened, if any. */
  eventId: EventId.nullable(),
}
export const Interaction = z.object({ id: InteractionId, ...interactionFields })
export type Interaction = z.infer<typeof Interaction>
export const InteractionDraft = z.strictObject({
  ...interactionFields,
  // Most conversations are just that: help either way has to be said, never assumed.
  direction: interactionFields.direction.default('none'),
  summary: interactionFields.summary.default(''),
  eventId: interactionFields.eventId.default(null),
  /** Something to do afterwards (a thank-you, a promised introduction); becomes a follow-up record. */
  followUp: z
    .strictObject({
      title: text('Follow-up', 200).min(1, 'Say what the follow-up is, e.g. “Send a thank-you”.'),
      dueOn: IsoDate,
    })
    .nullable()
    .default(null),
})
export type InteractionDraft = z.input<typeof InteractionDraft>
/** A correction to a logged interaction: any of its fields (follow-ups are kept apart, in their own list). */
export const InteractionPatch = z.strictObject(interactionFields).partial()
export type InteractionPatchValue = z.output<typeof InteractionPatch>
export type InteractionDraftValue = z.output<typeof InteractionDraft>

const settingsFields = {
  /** Keep-in-touch interval per category, in days, for contacts without their own. */
  cadenceDaysByCategory: z.strictObject(
    Object.fromEntries(CATEGORIES.map((c) => [c, CadenceDays])) as Record<Category, typeof CadenceDays>,
  ),
  /** How many people to plan to meet each month (2–4 keeps it sustainable). */
  monthlyTarget: z
    .number({ error: 'Monthly target must be a number.' })
    .int('Monthly target must be a whole number.')
    .min(2, 'Monthly target must be 2, 3 or 4 people.')
    .max(4, 'Monthly target must be 2, 3 or 4 people.'),
  /** Since format 4: the thresholds of the gap rules. */
  insightThresholds: InsightThresholds,
}
/** Light or dark colours: as the system says, or the user's own choice. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const
export const ThemeChoice = z.enum(THEME_CHOICES, { error: 'Theme must be system, light or dark.' })
export type ThemeChoice = z.infer<typeof ThemeChoice>
/** Someone who keeps the user honest about the plan: "Share my plan" goes to them. */
export const Partner = z.strictObject({
  name: text('Partner name', 100).min(1, 'Give your accountability partner a name.'),
  email,
})
export type Partner = z.infer<typeof Partner>
// Optional in the file with a default, so files written before the theme (or the partner) existed load unchanged.
export const Settings = z.object({ ...settingsFields, theme: ThemeChoice.default('system'), partner: Partner.nullable().default(null) })
export type Settings = z.infer<typeof Settings>
export const SettingsPatch = z.strictObject({
  ...settingsFields,
  cadenceDaysByCategory: settingsFields.cadenceDaysByCategory.partial(),
  insightThresholds: settingsFields.insightThresholds.partial(),
  // Without the default: a patch that leaves the theme out keeps the user's choice.
  theme: ThemeChoice,
  /** null forgets the partner. */
  partner: Partner.nullable(),
}).partial()
export type SettingsPatch = z.input<typeof SettingsPatch>
export type SettingsPatchValue = z.output<typeof SettingsPatch>

export const DEFAULT_SETTINGS: Settings = {
  cadenceDaysByCategory: { ...DEFAULT_CADENCE_DAYS },
  monthlyTarget: 3,
  insightThresholds: DEFAULT_INSIGHT_THRESHOLDS,
  theme: 'system',
  partner: null,
}

export const PRESENCE_ITEMS = ['headline', 'about', 'experience', 'photo', 'recommendations'] as const
export type PresenceItem = (typeof PRESENCE_ITEMS)[number]
export const NO_PRESENCE: Me['presence'] = { headline: false, about: false, experience: false, photo: false, recommendations: false }

export const EMPTY_ME: Me = {
  name: '',
  organization: '',
  department: '',
  industry: '',
  role: '',
  linkedinUrl: '',
  profileReviewedOn: null,
  presence: NO_PRESENCE,
}

/** The whole network as the renderer sees it. */
export interface Network {
  readonly me: Me
  readonly contacts: readonly Contact[]
  readonly ties: readonly Tie[]
  readonly interactions: readonly Interaction[]
  readonly settings: Settings
}
