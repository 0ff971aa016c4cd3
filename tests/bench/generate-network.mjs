// Deterministic generator of Kith store files for the benchmarks.
//
//   node tests/bench/generate-network.mjs [--contacts N] [--seed S] [--ties-per-contact T]
//       [--profile uniform|linkedin] [--format 2|current] [--validate] [--out FILE]
//
// Same arguments and "today" give the same file. Profiles:
// - uniform (default): every category alike, a dozen organizations, one to four interactions each, about two
//   ties per contact. Interactions lie within the two years before today, so staleness bands are a realistic mix.
// - linkedin: what a LinkedIn import looks like: about 80 % in `social`, a heavy tail of organizations (a few
//   hold most people), few interactions and few ties.
// Formats: 2 (default; Kith upgrades it when it opens the file) or current (what src/core/migrations.ts makes of
// format 2 today, so that the host opens it without a migration).
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Kept in step with src/core/categories.ts (the order matters only for realism here). */
export const CATEGORIES = ['department', 'cross-function', 'other-industry', 'author', 'existing', 'association', 'leader', 'social']
const DEFAULT_CADENCE_DAYS = {
  department: 30,
  'cross-function': 60,
  'other-industry': 90,
  author: 120,
  existing: 60,
  association: 90,
  leader: 120,
  social: 90,
}
const TIE_KINDS = ['knows', 'works-with', 'introduced']
const CHANNELS = ['email', 'phone', 'video', 'coffee', 'lunch', 'meeting', 'event', 'comment', 'social', 'other']
const DIRECTIONS = ['gave', 'received', 'mutual', 'none']

const FIRST = ['Ada', 'Ben', 'Chloe', 'Dev', 'Elena', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jonas', 'Kemi', 'Liam', 'Maya', 'Nils', 'Olu', 'Priya', 'Quinn', 'Rosa', 'Sami', 'Tara', 'Umar', 'Vera', 'Wen', 'Xavi', 'Yara', 'Zoe']
const LAST = ['Adams', 'Berg', 'Costa', 'Dubois', 'Eze', 'Fischer', 'Garcia', 'Haddad', 'Ito', 'Jensen', 'Kowalski', 'Lopez', 'Mensah', 'Nakamura', 'Okafor', 'Patel', 'Quispe', 'Rossi', 'Singh', 'Tanaka', 'Usman', 'Varga', 'Wong', 'Yilmaz', 'Zhang']
const ORGS = ['Harbor Logistics', 'Lumen Bank', 'Northwind Health', 'Cobalt Labs', 'Riverbend Council', 'Atlas Freight', 'Kestrel Media', 'Juniper Foods', 'Vantage Energy', 'Orchid Pharma', 'Summit Retail', 'Pioneer Institute']
const DEPARTMENTS = ['Planning', 'Finance', 'Operations', 'Sales', 'Research', 'People', 'Legal', 'IT', 'Marketing', '']
const INDUSTRIES = ['Logistics', 'Finance', 'Healthcare', 'Software', 'Government', 'Media', 'Food', 'Energy', 'Pharma', 'Retail', 'Education']
const ROLES = ['Analyst', 'Manager', 'Director', 'Engineer', 'Consultant', 'Writer', 'Coordinator', 'Lead', 'Specialist', 'Founder', '']
const TAGS = ['mentor', 'routing', 'hiring', 'newsletter', 'conference', 'alumni', 'data', 'board', 'podcast', 'volunteer']

/** mulberry32: a small, fast, seedable PRNG. */
function prng(seed) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n) => Math.floor(next() * n)
  const pick = (list) => list[int(list.length)]
  const chance = (p) => next() < p
  /** k distinct items of list, in random order. */
  const sample = (list, k) => {
    const copy = [...list]
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(i + 1)
      ;[copy[i], copy[j]] = [copy[j], copy[i]]
    }
    return copy.slice(0, k)
  }
  return { next, int, pick, chance, sample }
}

const DAY_MS = 86_400_000
const pad = (n) => String(n).padStart(2, '0')
/** The local calendar day, as the host computes "today". */
export const localIsoDate = (moment) => `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`
const dayNumber = (iso) => {
  const [y, m, d] = iso.split('-').map(Number)
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS)
}
const addDays = (iso, days) => new Date((dayNumber(iso) + days) * DAY_MS).toISOString().slice(0, 10)

/**
 * About `tiesPerContact` × contacts unique unordered contact–contact ties, no self-ties. `firstEnd(n)` gives the
 * first end of the nth tie (an index into `ids`); the other end shares its organization (`orgOf`, -1 for none)
 * with chance `sameOrg` when that organization has others.
 */
function pickTies(rng, ids, orgOf, tiesPerContact, { sameOrg, firstEnd }) {
  const count = ids.length
  const byOrg = new Map()
  orgOf.forEach((org, i) => {
    if (org < 0) return
    if (!byOrg.has(org)) byOrg.set(org, [])
    byOrg.get(org).push(i)
  })
  const ties = []
  const seen = new Set()
  const target = count < 2 ? 0 : Math.min(Math.round(count * tiesPerContact), (count * (count - 1)) / 2)
  for (let attempts = 0; ties.length < target && attempts < target * 50; attempts++) {
    const a = firstEnd(ties.length)
    const peers = byOrg.get(orgOf[a])
    const b = peers && peers.length > 1 && rng.chance(sameOrg) ? rng.pick(peers) : rng.int(count)
    if (a === b) continue
    const key = a < b ? `${a}:${b}` : `${b}:${a}`
    if (seen.has(key)) continue
    seen.add(key)
    ties.push({ id: `t-${ties.length + 1}`, a: ids[a], b: ids[b], kind: rng.pick(TIE_KINDS) })
  }
  return ties
}

/**
 * A valid version-2 store: `contacts` contacts, about `tiesPerContact` × contacts unique contact–contact ties
 * (mostly within an organization), one to four interactions per contact (or exactly `interactionsPerContact`)
 * over the two years before `today`.
 */
export function generateNetwork({ contacts: count = 1000, seed = 1, tiesPerContact = 2, interactionsPerContact = null, today = localIsoDate(new Date()) } = {}) {
  const rng = prng(seed * 2654435761 + count)
  const width = String(count).length
  const ids = Array.from({ length: count }, (_, i) => `c-${String(i + 1).padStart(width, '0')}`)
  const orgOf = []

  const contacts = ids.map((id, i) => {
    const first = rng.pick(FIRST)
    const last = rng.pick(LAST)
    const org = rng.chance(0.85) ? rng.int(ORGS.length) : -1
    orgOf.push(org)
    const categories = rng.sample(CATEGORIES, rng.chance(0.75) ? 1 : 2 + rng.int(2))
    const created = new Date((dayNumber(addDays(today, -(760 + rng.int(900)))) * DAY_MS) + rng.int(DAY_MS)).toISOString()
    const updated = rng.chance(0.5) ? created : new Date(Date.parse(created) + rng.int(700) * DAY_MS).toISOString()
    const slug = `${first}.${last}${i + 1}`.toLowerCase()
    return {
      id,
      name: `${first} ${last}`,
      organization: org >= 0 ? ORGS[org] : '',
      department: rng.pick(DEPARTMENTS),
      industry: rng.pick(INDUSTRIES),
      role: rng.pick(ROLES),
      categories,
      tags: rng.sample(TAGS, rng.int(3)),
      // Few close ties, many weak ones, as in a real network.
      tieStrength: [1, 1, 1, 2, 2, 2, 3, 3, 4, 5][rng.int(10)],
      cadenceDays: rng.chance(0.7) ? null : rng.pick([14, 30, 60, 90, 180, 365]),
      howMet: rng.chance(0.4) ? rng.pick(['Conference', 'Same team', 'Alumni event', 'Online', 'Project', 'Meetup']) : '',
      introducedBy: i > 0 && rng.chance(0.15) ? ids[rng.int(i)] : null,
      email: rng.chance(0.6) ? `${slug}@example.com` : '',
      phone: rng.chance(0.3) ? `+1 555 ${String(rng.int(10000)).padStart(4, '0')}` : '',
      linkedinUrl: rng.chance(0.5) ? `https://www.linkedin.com/in/${slug.replace('.', '-')}` : '',
      website: rng.chance(0.1) ? `https://${slug.replace('.', '-')}.example.org` : '',
      onLaidOffList: rng.chance(0.05),
      notes: rng.chance(0.2) ? 'Generated for the map benchmark.' : '',
      createdAt: created,
      updatedAt: updated,
    }
  })

  // 70 % within the same organization; every contact in turn as the first end.
  const ties = pickTies(rng, ids, orgOf, tiesPerContact, { sameOrg: 0.7, firstEnd: (n) => n % count })

  const interactions = []
  for (let i = 0; i < count; i++) {
    const n = interactionsPerContact ?? 1 + rng.int(4)
    for (let k = 0; k < n; k++) {
      const contactIds = [ids[i]]
      if (count > 1 && rng.chance(0.15)) {
        const other = ids[rng.int(count)]
        if (other !== ids[i]) contactIds.push(other)
      }
      interactions.push({
        id: `i-${interactions.length + 1}`,
        contactIds,
        date: addDays(today, -rng.int(730)),
        channel: rng.pick(CHANNELS),
        direction: rng.pick(DIRECTIONS),
        summary: rng.chance(0.3) ? 'Caught up.' : '',
      })
    }
  }

  return versionTwoStore({ today, linkedinUrl: '', contacts, ties, interactions })
}

/** The version-2 file around the generated people: the same "me", settings and empty pins for every profile. */
function versionTwoStore({ today, linkedinUrl, contacts, ties, interactions }) {
  return {
    schemaVersion: 2,
    me: {
      name: 'Bench Tester',
      organization: ORGS[0],
      department: 'Planning',
      industry: 'Logistics',
      role: 'Network Planner',
      linkedinUrl,
      profileReviewedOn: addDays(today, -90),
    },
    contacts,
    ties,
    interactions,
    settings: { cadenceDaysByCategory: { ...DEFAULT_CADENCE_DAYS }, monthlyTarget: 3 },
    sampleLoaded: false,
    layoutPins: { orbit: {}, 'by-organization': {}, 'by-category': {} },
  }
}

/** The organizations of the LinkedIn profile: the dozen above first, then numbered ones for the long tail. */
const orgName = (rank) => (rank < ORGS.length ? ORGS[rank] : `${['Nimbus', 'Vertex', 'Beacon', 'Meridian', 'Quarry', 'Tandem'][rank % 6]} ${Math.floor(rank / 6)}`)

/**
 * A LinkedIn-like version-2 store: about 80 % of the people only in `social`; organizations by a Zipf law over
 * about one per ten people (s = 1.2, so the largest five hold about half of those with one); one interaction for
 * about one person in eight; `tiesPerContact` (default 0.2) ties per contact, within an organization when possible.
 * Everyone has a LinkedIn address and the day they connected, as the export gives them.
 */
export function generateLinkedInNetwork({ contacts: count = 1000, seed = 1, tiesPerContact = 0.2, today = localIsoDate(new Date()) } = {}) {
  const rng = prng(seed * 40503 + count * 7 + 3)
  const width = String(count).length
  const ids = Array.from({ length: count }, (_, i) => `c-${String(i + 1).padStart(width, '0')}`)
  const orgCount = Math.max(ORGS.length, Math.round(count / 10))
  const cumulative = []
  let sum = 0
  for (let k = 1; k <= orgCount; k++) cumulative.push((sum += k ** -1.2))
  const zipf = () => {
    const u = rng.next() * sum
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid] < u) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  const others = CATEGORIES.filter((c) => c !== 'social')
  const orgOf = []
  const connectedOf = []
  const contacts = ids.map((id, i) => {
    const first = rng.pick(FIRST)
    const last = rng.pick(LAST)
    const org = rng.chance(0.9) ? zipf() : -1
    orgOf.push(org)
    const categories = rng.chance(0.8) ? ['social'] : rng.chance(0.7) ? [rng.pick(others)] : rng.sample(others, 1).concat('social')
    const connectedOn = addDays(today, -(30 + rng.int(4000)))
    connectedOf.push(connectedOn)
    const imported = new Date(dayNumber(addDays(today, -rng.int(20))) * DAY_MS + rng.int(DAY_MS)).toISOString()
    const slug = `${first}-${last}-${(i + 1).toString(36)}`.toLowerCase()
    return {
      id,
      name: `${first} ${last}`,
      organization: org >= 0 ? orgName(org) : '',
      department: '',
      industry: rng.chance(0.3) ? rng.pick(INDUSTRIES) : '',
      role: rng.pick(ROLES),
      categories,
      tags: rng.chance(0.05) ? [rng.pick(TAGS)] : [],
      // An import leaves almost everyone at the weakest tie until the user says otherwise.
      tieStrength: rng.chance(0.9) ? 1 : 2 + rng.int(4),
      cadenceDays: null,
      howMet: '',
      introducedBy: null,
      email: rng.chance(0.1) ? `${slug}@example.com` : '',
      phone: '',
      linkedinUrl: `https://www.linkedin.com/in/${slug}`,
      website: '',
      onLaidOffList: rng.chance(0.01),
      notes: '',
      createdAt: imported,
      updatedAt: imported,
    }
  })

  const ties = pickTies(rng, ids, orgOf, tiesPerContact, { sameOrg: 0.8, firstEnd: () => rng.int(count) })

  const interactions = []
  for (let i = 0; i < count; i++) {
    if (!rng.chance(0.12)) continue
    interactions.push({
      id: `i-${interactions.length + 1}`,
      contactIds: [ids[i]],
      date: addDays(today, -rng.int(730)),
      channel: rng.pick(['social', 'comment', 'email', 'video']),
      direction: rng.pick(DIRECTIONS),
      summary: '',
    })
  }

  return {
    ...versionTwoStore({ today, linkedinUrl: 'https://www.linkedin.com/in/bench-tester', contacts, ties, interactions }),
    // Not part of format 2: what the import recorded per person, kept aside until toCurrentFormat adds it.
    [LINKEDIN_SOURCES]: connectedOf,
  }
}

const LINKEDIN_SOURCES = Symbol('linkedin connected days')

let core = null
/** src/core/migrations.ts, loaded once through Vite's module runner: plain Node cannot import the TypeScript sources. */
function loadCore() {
  core ??= import('vite')
    .then(({ runnerImport }) => runnerImport(path.join(ROOT, 'src/core/migrations.ts'), { configFile: false, logLevel: 'silent', root: ROOT }))
    .then((loaded) => loaded.module)
  return core
}

/**
 * A version-2 store brought to the current format by Kith's own upgrade steps, so that no default is copied
 * here. LinkedIn-profile contacts then get what the import records: the source and the day they connected.
 */
export async function toCurrentFormat(store) {
  const outcome = (await loadCore()).loadNetworkFile(JSON.stringify(store))
  if (!outcome.ok) throw new Error(`Kith could not upgrade the generated store: ${outcome.message}`)
  const connected = store[LINKEDIN_SOURCES]
  if (!connected) return outcome.file
  const contacts = outcome.file.contacts.map((c, i) => {
    const fields = {}
    for (const key of ['name', 'organization', 'department', 'industry', 'role', 'email', 'phone', 'linkedinUrl', 'website', 'notes']) if (c[key] !== '') fields[key] = c[key]
    const key = `linkedin.com/in/${c.linkedinUrl.split('/in/')[1].toLowerCase()}`
    return { ...c, sources: [{ kind: 'linkedin-csv', key, importedOn: c.createdAt.slice(0, 10), fields }], connectedOn: connected[i] }
  })
  return { ...outcome.file, contacts }
}

/** One store of the given profile and format (see the top of this file); async for the current format's core. */
export async function generateStore({ profile = 'uniform', format = '2', ...options } = {}) {
  if (profile !== 'uniform' && profile !== 'linkedin') throw new Error(`Unknown profile "${profile}": use uniform or linkedin.`)
  if (format !== '2' && format !== 'current') throw new Error(`Unknown format "${format}": use 2 or current.`)
  const { tiesPerContact, ...rest } = options
  const ties = tiesPerContact === undefined || tiesPerContact === null ? {} : { tiesPerContact }
  const store = profile === 'linkedin' ? generateLinkedInNetwork({ ...rest, ...ties }) : generateNetwork({ ...rest, ...ties })
  return format === 'current' ? toCurrentFormat(store) : store
}

/**
 * Checks a store the way Kith opens it (src/core/migrations.ts: upgrade, then the zod schema), loaded through Vite's module runner
 * because plain Node cannot import the TypeScript sources. Returns the problems found (empty when valid),
 * or null when the schema could not be loaded.
 */
export async function validateWithSchema(store) {
  let loadNetworkFile
  try {
    loadNetworkFile = (await loadCore()).loadNetworkFile
  } catch {
    return null
  }
  // Through Kith's own upgrade steps, as the host reads it.
  const outcome = loadNetworkFile(JSON.stringify(store))
  if (!outcome.ok) return [outcome.message]
  // A current-format store must open as it is: "host open (no migration)" measures no upgrade.
  if (store.schemaVersion !== 2 && outcome.applied.length > 0) return [`The store needed upgrade steps (${outcome.applied.join(', ')}).`]
  return []
}

async function main(argv) {
  const value = (name, fallback) => {
    const i = argv.indexOf(name)
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback
  }
  const ties = value('--ties-per-contact', null)
  let store
  try {
    store = await generateStore({
      profile: value('--profile', 'uniform'),
      format: value('--format', '2'),
      contacts: Number(value('--contacts', 1000)),
      seed: Number(value('--seed', 1)),
      tiesPerContact: ties === null ? null : Number(ties),
    })
  } catch (error) {
    console.error(error.message)
    process.exit(2)
  }
  if (argv.includes('--validate')) {
    const problems = await validateWithSchema(store)
    if (problems === null) console.error('Could not load src/core/network-file.ts to validate; skipped.')
    else if (problems.length > 0) {
      console.error(`Generated store is invalid:\n  ${problems.join('\n  ')}`)
      process.exit(1)
    } else console.error(`Valid: ${store.contacts.length} contacts, ${store.ties.length} ties, ${store.interactions.length} interactions.`)
  }
  const out = value('--out', null)
  const text = `${JSON.stringify(store, null, 2)}\n`
  if (out) writeFileSync(out, text)
  else process.stdout.write(text)
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main(process.argv.slice(2))
