import { z } from 'zod'
import { NetworkFile, SCHEMA_VERSION } from './network-file'

/**
 * One named upgrade of the stored file from `from` to `from + 1`.
 *
 * Steps work on plain JSON so they never depend on today's schema; the result is validated once at the end.
 */
export interface Migration {
  readonly from: number
  readonly name: string
  readonly up: (file: Record<string, unknown>) => Record<string, unknown>
}

/** Every step since version 1, oldest first. Never edit a released step: add a new one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    name: 'add-layout-pins',
    up: (file) => ({ ...file, layoutPins: { orbit: {}, 'by-organization': {}, 'by-category': {} } }),
  },
  {
    from: 2,
    name: 'add-events-follow-ups-presence',
    up: (file) => ({
      ...file,
      me: { ...(file.me as object), presence: { headline: false, about: false, experience: false, photo: false, recommendations: false } },
      // Left as found when not a list, so validation names the problem instead of this step throwing.
      interactions: Array.isArray(file.interactions) ? file.interactions.map((i: object) => ({ ...i, eventId: null })) : file.interactions,
      events: [],
      followUps: [],
    }),
  },
  {
    from: 3,
    name: 'add-insight-thresholds-decisions-snapshots',
    up: (file) => ({
      ...file,
      settings: {
        ...(file.settings as object),
        insightThresholds: {
          siloShare: 0.6,
          valuedStrength: 4,
          laidOffMinimum: 5,
          oneWayRatio: 2,
          oneWayMinimum: 3,
          eventsWindowDays: 365,
          profileReviewDays: 182,
          closedNetworkShare: 0.6,
        },
      },
      gapDecisions: {},
      snapshots: [],
    }),
  },
  {
    from: 4,
    name: 'add-contact-sources-connected-on',
    up: (file) => ({
      ...file,
      contacts: Array.isArray(file.contacts)
        ? file.contacts.map((c: object) => ({ ...c, sources: [], connectedOn: null }))
        : file.contacts,
    }),
  },
  {
    from: 5,
    name: 'add-monthly-plan-templates',
    up: (file) => ({ ...file, plan: {}, templates: { own: [], edited: {} } }),
  },
]

export type LoadOutcome =
  | { readonly ok: true; readonly file: NetworkFile; readonly migratedFrom: number; readonly applied: readonly string[] }
  | { readonly ok: false; readonly reason: 'unreadable' | 'too-new'; readonly message: string; readonly version?: number }

const Versioned = z.looseObject({ schemaVersion: z.number().int().min(1) })

/** Brings a parsed JSON value up to `targetVersion` through `steps`, then validates it with `schema`. */
export function migrateFile<T>(
  raw: unknown,
  steps: readonly Migration[],
  targetVersion: number,
  schema: z.ZodType<T>,
): { ok: true; file: T; migratedFrom: number; applied: string[] } | Extract<LoadOutcome, { ok: false }> {
  const versioned = Versioned.safeParse(raw)
  if (!versioned.success) {
    return { ok: false, reason: 'unreadable', message: 'The file is not a Kith network: it has no schemaVersion.' }
  }
  const from = versioned.data.schemaVersion
  if (from > targetVersion) {
    return {
      ok: false,
      reason: 'too-new',
      version: from,
      message: `This data was saved by a newer Kith (file format ${from}; this version reads up to ${targetVersion}). Update Kith to open it.`,
    }
  }
  let current: Record<string, unknown> = versioned.data
  const applied: string[] = []
  for (let version = from; version < targetVersion; version++) {
    const step = steps.find((s) => s.from === version)
    if (!step) {
      return { ok: false, reason: 'unreadable', message: `No upgrade is known from file format ${version}.` }
    }
    current = { ...step.up(current), schemaVersion: version + 1 }
    applied.push(step.name)
  }
  const parsed = schema.safeParse(current)
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'file'}: ${i.message}`)
    return { ok: false, reason: 'unreadable', message: `The file does not match Kith's format (${first.join('; ')}).` }
  }
  return { ok: true, file: parsed.data, migratedFrom: from, applied }
}

/**
 * Reads the text of a stored network: parse, upgrade by named steps, validate. Never throws.
 *
 * A leading byte-order mark is dropped: Notepad adds one when a user edits the file by hand, and
 * JSON.parse refuses it.
 */
export function loadNetworkFile(text: string): LoadOutcome {
  let raw: unknown
  try {
    raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text)
  } catch {
    return { ok: false, reason: 'unreadable', message: 'The file is not valid JSON (it may have been cut off or edited by hand).' }
  }
  return migrateFile(raw, MIGRATIONS, SCHEMA_VERSION, NetworkFile)
}
