// Deterministic generator of Kith store files (format version 2) for the map benchmark.
//
//   node tests/bench/generate-network.mjs [--contacts N] [--seed S] [--ties-per-contact T] [--validate] [--out FILE]
//
// Same contacts, seed and "today" give the same file. Interactions lie within the two years before today,
// so staleness bands on the map are a realistic mix.
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

  // Ties: unique unordered pairs, no self-ties; 70 % within the same organization when it has others.
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
    const a = ties.length % count
    const peers = byOrg.get(orgOf[a])
    const b = peers && peers.length > 1 && rng.chance(0.7) ? rng.pick(peers) : rng.int(count)
    if (a === b) continue
    const key = a < b ? `${a}:${b}` : `${b}:${a}`
    if (seen.has(key)) continue
    seen.add(key)
    ties.push({ id: `t-${ties.length + 1}`, a: ids[a], b: ids[b], kind: rng.pick(TIE_KINDS) })
  }

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

  return {
    schemaVersion: 2,
    me: {
      name: 'Bench Tester',
      organization: 'Harbor Logistics',
      department: 'Planning',
      industry: 'Logistics',
      role: 'Network Planner',
      linkedinUrl: '',
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

/**
 * Checks a store the way Kith opens it (src/core/migrations.ts: upgrade, then the zod schema), loaded through Vite's module runner
 * because plain Node cannot import the TypeScript sources. Returns the problems found (empty when valid),
 * or null when the schema could not be loaded.
 */
export async function validateWithSchema(store) {
  let loadNetworkFile
  try {
    const { runnerImport } = await import('vite')
    const loaded = await runnerImport(path.join(ROOT, 'src/core/migrations.ts'), { configFile: false, logLevel: 'silent', root: ROOT })
    loadNetworkFile = loaded.module.loadNetworkFile
  } catch {
    return null
  }
  // Through Kith's own upgrade steps, as the host reads it: the generator writes an older format.
  const outcome = loadNetworkFile(JSON.stringify(store))
  return outcome.ok ? [] : [outcome.message]
}

async function main(argv) {
  const value = (name, fallback) => {
    const i = argv.indexOf(name)
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback
  }
  const store = generateNetwork({
    contacts: Number(value('--contacts', 1000)),
    seed: Number(value('--seed', 1)),
    tiesPerContact: Number(value('--ties-per-contact', 2)),
  })
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
