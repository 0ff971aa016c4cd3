import type { Category } from './categories'
import { addDays, type IsoDate, type IsoDateTime } from './dates'
import { snapshotOf } from './insights'
import { NO_PINS } from './layouts'
import { NetworkFile, SCHEMA_VERSION } from './network-file'
import { NO_TEMPLATES } from './outreach/templates'
import { DEFAULT_SETTINGS, type Direction, type InteractionChannel, type Me, type TieKind } from './schema'

/*
 * A believable network for one persona: Priya Raman, a clinical operations manager at a regional hospital.
 *
 * Her network has deliberate weaknesses for Kith to find: everyone works in healthcare and no one is from
 * another industry, most contacts sit in her own organization, her closest former colleagues have gone
 * untended for months, only three people are on her laid-off list, several social-media ties were never
 * met, she receives help far more often than she gives, and she runs no group of her own.
 */

const HOME = 'Northgate Health'

/** The sample's persona at the centre of the map. */
export const SAMPLE_ME: Me = {
  name: 'Priya Raman',
  organization: HOME,
  department: 'Patient Flow',
  industry: 'Healthcare',
  role: 'Clinical Operations Manager',
  linkedinUrl: 'https://www.linkedin.com/in/priya-raman-example',
  profileReviewedOn: null,
  presence: { headline: true, about: false, experience: true, photo: true, recommendations: false },
}

type Row = readonly [
  name: string,
  organization: string,
  department: string,
  role: string,
  categories: readonly Category[],
  tieStrength: 1 | 2 | 3 | 4 | 5,
  onLaidOffList: boolean,
  howMet: string,
  tags: readonly string[],
]

const CONTACTS: readonly Row[] = [
  ['Marcus Bell', HOME, 'Patient Flow', 'Bed Management Lead', ['department'], 4, false, 'Joined the team the same month', ['capacity']],
  ['Aisha Karimi', HOME, 'Patient Flow', 'Discharge Coordinator', ['department'], 3, false, 'Team member', ['discharge']],
  ['Tom Reyes', HOME, 'Patient Flow', 'Data Analyst', ['department'], 3, false, 'Team member', ['data']],
  ['Grace Liu', HOME, 'Patient Flow', 'Director of Patient Flow', ['department', 'leader'], 4, false, 'My manager since 2023', ['mentor']],
  ['Owen Fletcher', HOME, 'Patient Flow', 'Transport Supervisor', ['department'], 2, false, 'Morning huddles', []],
  ['Jorge Alvarez', HOME, 'Patient Flow', 'Night Shift Coordinator', ['department'], 2, false, 'Handover meetings', []],
  ['Olivia Grant', HOME, 'Patient Flow', 'Capacity Planner', ['department'], 3, false, 'Winter surge planning', ['capacity', 'data']],
  ['Hannah Osei', HOME, 'Finance', 'Revenue Cycle Manager', ['cross-function'], 2, false, 'Budget review', ['finance']],
  ['Diego Marín', HOME, 'IT', 'Clinical Systems Architect', ['cross-function'], 3, false, 'Bed board project', ['systems']],
  ['Sofia Petrov', HOME, 'Nursing', 'Nurse Manager, Emergency Department', ['cross-function'], 4, false, 'ED boarding task force', ['ed']],
  ['Ben Adler', HOME, 'People & Culture', 'Talent Partner', ['cross-function'], 2, false, 'Hiring panel', []],
  ['Leila Haddad', HOME, 'Quality & Safety', 'Quality Improvement Lead', ['cross-function'], 3, false, 'Lean training cohort', ['quality']],
  ['Noah Kim', HOME, 'Pharmacy', 'Pharmacy Operations Manager', ['cross-function'], 1, false, 'Discharge medication delays review', []],
  ['Rachel Stone', HOME, 'Facilities', 'Facilities Planner', ['cross-function'], 1, false, 'New ward fit-out', []],
  ['Ibrahim Yusuf', HOME, 'Emergency Medicine', 'Medical Director, Emergency Department', ['cross-function', 'leader'], 2, false, 'ED boarding task force', ['ed']],
  ['Claire Dubois', HOME, 'Strategy', 'VP of Strategy', ['leader'], 1, false, 'Presented the flow dashboard to her', ['executive']],
  ['Kevin O’Brien', HOME, 'Supply Chain', 'Supply Chain Analyst', ['cross-function'], 2, false, 'Linen shortage fix', []],
  ['Mei Tanaka', HOME, 'Patient Experience', 'Patient Experience Lead', ['cross-function'], 2, false, 'Complaints review', []],
  ['Fatima Noor', HOME, 'Case Management', 'Director of Case Management', ['cross-function'], 3, false, 'Long-stay patient rounds', ['discharge']],
  ['Liam Walsh', HOME, 'Analytics', 'Data Engineering Lead', ['cross-function'], 2, false, 'Dashboard data feeds', ['data']],
  ['Paula Santos', HOME, 'Surgical Services', 'Operating Room Scheduling Manager', ['cross-function'], 2, false, 'Elective surgery backlog meeting', []],
  ['Victor Hale', HOME, 'Executive Office', 'Chief Operating Officer', ['leader'], 1, false, 'Town hall question', ['executive']],
  ['Anita Desai', HOME, 'Nursing', 'Chief Nursing Officer', ['leader'], 1, false, 'Nursing leadership forum', ['executive']],
  ['Sam Whitaker', HOME, 'Radiology', 'Imaging Operations Manager', ['cross-function'], 2, false, 'Turnaround time project', []],
  ['Ruth Mensah', HOME, 'Laboratory', 'Lab Operations Supervisor', ['cross-function'], 1, false, 'Specimen courier changes', []],
  ['Daniel Cho', 'St. Brigid’s Hospital', 'Operations', 'Director of Operations', ['existing'], 5, true, 'My first manager, 2016–2021', ['mentor']],
  ['Elena Rossi', 'Lakeshore Clinic Network', 'Clinics', 'Practice Manager', ['existing'], 4, true, 'Worked together at St. Brigid’s', []],
  ['Chris Patel', 'Meridian Health Advisory', 'Advisory', 'Principal Consultant', ['existing', 'leader'], 5, true, 'Mentor from graduate school', ['mentor']],
  ['Yasmin Farouk', 'Riverside Medical Center', 'Nursing Education', 'Nurse Educator', ['existing'], 3, false, 'Nursing school friend', []],
  ['Gareth Evans', 'Healthcare Operations Society', 'Regional Chapter', 'Chapter President', ['association'], 3, false, 'Chapter meetings', ['society']],
  ['Lucy Zhang', 'Riverside Medical Center', 'Operations', 'Operations Manager', ['association'], 2, false, 'Society workshop table', ['society']],
  ['Andre Thompson', 'Valley Regional Hospital', 'Operations', 'Patient Throughput Manager', ['association'], 2, false, 'Society annual meeting', ['society']],
  ['Miriam Cole', 'Cole Health Insights', 'Research', 'Writer of the “Flow Matters” newsletter', ['author'], 1, false, 'Replied to her newsletter', ['newsletter']],
  ['Arjun Mehta', 'Hospital Ops Weekly', 'Media', 'Podcast Host', ['author'], 1, false, 'Commented on an episode', ['podcast']],
  ['Helen Fairbanks', 'Summit Health System', 'Executive Office', 'Chief Executive Officer', ['leader'], 1, false, 'Heard her keynote', ['executive']],
  ['Robert Nguyen', 'National Patient Flow Institute', 'Leadership', 'Executive Director', ['leader'], 1, false, 'Institute webinar', []],
  ['Jess Morgan', 'Lean Care Partners', 'Consulting', 'Lean Healthcare Coach', ['social'], 1, false, 'LinkedIn connection request', []],
  ['Kofi Asante', 'BedWise', 'Product', 'Co-founder', ['social'], 1, false, 'LinkedIn post about bed tracking', ['startup']],
  ['Sara Lindqvist', 'Nordic Care Group', 'Operations', 'Head of Hospital Logistics', ['social'], 1, false, 'LinkedIn group discussion', []],
  ['Matt Keller', 'Riverside Medical Center', 'Analytics', 'Operations Analyst', ['social'], 2, false, 'LinkedIn, then a video call', ['data']],
]

/** [contact names, days ago, channel, direction, summary] */
type Happening = readonly [readonly string[], number, InteractionChannel, Direction, string]

const INTERACTIONS: readonly Happening[] = [
  [['Marcus Bell'], 3, 'meeting', 'mutual', 'Weekly bed huddle debrief'],
  [['Marcus Bell', 'Olivia Grant'], 12, 'meeting', 'mutual', 'Winter surge plan, second draft'],
  [['Marcus Bell'], 40, 'coffee', 'received', 'He covered my on-call week'],
  [['Aisha Karimi'], 6, 'meeting', 'gave', 'Walked her through the discharge lounge data'],
  [['Aisha Karimi'], 95, 'lunch', 'mutual', 'Team lunch'],
  [['Tom Reyes'], 9, 'video', 'received', 'He rebuilt the length-of-stay report for me'],
  [['Tom Reyes', 'Liam Walsh'], 45, 'meeting', 'received', 'Fixed the dashboard refresh'],
  [['Grace Liu'], 2, 'meeting', 'received', 'One-to-one: feedback on my quarterly review'],
  [['Grace Liu'], 60, 'meeting', 'received', 'Career conversation'],
  [['Grace Liu', 'Claire Dubois'], 150, 'meeting', 'none', 'Strategy offsite'],
  [['Owen Fletcher'], 70, 'phone', 'received', 'Porter shortage on a weekend'],
  [['Jorge Alvarez'], 31, 'email', 'received', 'Night handover notes'],
  [['Olivia Grant'], 20, 'coffee', 'mutual', 'Forecasting ideas'],
  [['Hannah Osei'], 200, 'meeting', 'received', 'Budget line for the transfer team'],
  [['Diego Marín'], 25, 'meeting', 'received', 'Bed board go-live issues'],
  [['Diego Marín', 'Liam Walsh'], 120, 'video', 'mutual', 'Integration planning'],
  [['Sofia Petrov', 'Ibrahim Yusuf'], 15, 'meeting', 'mutual', 'ED boarding task force'],
  [['Sofia Petrov'], 80, 'coffee', 'received', 'She shared her triage escalation protocol'],
  [['Ben Adler'], 260, 'meeting', 'none', 'Interview panel'],
  [['Leila Haddad'], 50, 'meeting', 'received', 'Lean A3 coaching'],
  [['Leila Haddad', 'Fatima Noor'], 110, 'meeting', 'mutual', 'Long-stay patient review'],
  [['Noah Kim'], 300, 'email', 'received', 'Discharge medication turnaround data'],
  [['Rachel Stone'], 400, 'meeting', 'none', 'Ward fit-out walk-through'],
  [['Ibrahim Yusuf'], 90, 'email', 'received', 'Boarding hours by week'],
  [['Claire Dubois'], 210, 'meeting', 'gave', 'Presented the patient flow dashboard'],
  [['Kevin O’Brien'], 180, 'phone', 'received', 'Emergency linen order'],
  [['Mei Tanaka'], 140, 'meeting', 'received', 'Complaint themes about waiting'],
  [['Fatima Noor'], 35, 'phone', 'received', 'Escalated a delayed discharge'],
  [['Liam Walsh'], 75, 'email', 'received', 'New data feed for transfers'],
  [['Paula Santos'], 230, 'meeting', 'none', 'Elective backlog meeting'],
  [['Victor Hale'], 330, 'event', 'none', 'Asked a question at the town hall'],
  [['Anita Desai'], 280, 'event', 'none', 'Nursing leadership forum'],
  [['Sam Whitaker'], 160, 'meeting', 'received', 'Imaging turnaround numbers'],
  [['Daniel Cho'], 245, 'phone', 'received', 'Advice on the director opening'],
  [['Daniel Cho'], 520, 'lunch', 'received', 'Catch-up lunch'],
  [['Elena Rossi'], 335, 'video', 'mutual', 'Compared clinic scheduling tools'],
  [['Elena Rossi'], 600, 'coffee', 'mutual', 'Coffee in town'],
  [['Chris Patel'], 28, 'video', 'received', 'Mentoring call: next career step'],
  [['Chris Patel'], 190, 'lunch', 'received', 'Mentoring lunch'],
  [['Yasmin Farouk'], 140, 'social', 'mutual', 'Birthday message'],
  [['Gareth Evans', 'Lucy Zhang'], 100, 'event', 'received', 'Chapter workshop on discharge before noon'],
  [['Gareth Evans'], 400, 'event', 'none', 'Chapter meeting'],
  [['Andre Thompson'], 380, 'event', 'mutual', 'Swapped surge plans at the annual meeting'],
  [['Miriam Cole'], 65, 'comment', 'gave', 'Commented on her piece about discharge timing'],
  [['Arjun Mehta'], 210, 'comment', 'gave', 'Commented on the bed turnaround episode'],
  [['Helen Fairbanks'], 420, 'event', 'none', 'Keynote at the regional conference'],
  [['Jess Morgan'], 85, 'social', 'received', 'She shared a lean template'],
  [['Kofi Asante'], 55, 'comment', 'mutual', 'Exchanged comments on bed tracking'],
  [['Matt Keller'], 130, 'video', 'mutual', 'Compared discharge dashboards'],
  [['Matt Keller'], 250, 'social', 'none', 'Connected on LinkedIn'],
]

/** The one event in the sample, long enough ago that "no events this year" is one of its gaps. */
const CONFERENCE = { name: 'Regional Healthcare Operations Conference', daysAgo: 421, lastDay: 420, people: ['Helen Fairbanks', 'Andre Thompson', 'Gareth Evans'] }

/** [contact names, title, due in days from today (negative = past), done] */
const FOLLOW_UPS: readonly (readonly [readonly string[], string, number, boolean])[] = [
  [['Chris Patel'], 'Send a thank-you for the mentoring call', -26, false],
  [['Tom Reyes'], 'Thank Tom for the rebuilt report', -7, true],
  [['Sofia Petrov', 'Ibrahim Yusuf'], 'Share the boarding-hours summary', 3, false],
]

const TIES: readonly (readonly [string, string, TieKind])[] = [
  ['Marcus Bell', 'Aisha Karimi', 'works-with'],
  ['Marcus Bell', 'Olivia Grant', 'works-with'],
  ['Tom Reyes', 'Olivia Grant', 'works-with'],
  ['Tom Reyes', 'Liam Walsh', 'works-with'],
  ['Diego Marín', 'Liam Walsh', 'works-with'],
  ['Grace Liu', 'Claire Dubois', 'works-with'],
  ['Grace Liu', 'Victor Hale', 'works-with'],
  ['Sofia Petrov', 'Ibrahim Yusuf', 'works-with'],
  ['Sofia Petrov', 'Anita Desai', 'works-with'],
  ['Leila Haddad', 'Fatima Noor', 'works-with'],
  ['Gareth Evans', 'Lucy Zhang', 'knows'],
  ['Lucy Zhang', 'Matt Keller', 'works-with'],
  ['Lucy Zhang', 'Yasmin Farouk', 'works-with'],
  ['Daniel Cho', 'Elena Rossi', 'knows'],
  ['Chris Patel', 'Daniel Cho', 'introduced'],
]

/**
 * The sample network, dated relative to `today` so that staleness looks the same whenever it is opened.
 *
 * @param newId source of fresh ids (the backend passes random UUIDs; tests pass a counter).
 */
export function buildSampleNetwork(today: IsoDate, now: IsoDateTime, newId: () => string): NetworkFile {
  const ids = new Map<string, string>()
  // Priya has known these people for years: added long ago, so nobody in the sample is still "new".
  const addedAt = `${addDays(today, -730)}T09:00:00.000Z`
  const contacts = CONTACTS.map(([name, organization, department, role, categories, tieStrength, onLaidOffList, howMet, tags]) => {
    const id = newId()
    ids.set(name, id)
    return {
      id,
      name,
      organization,
      department,
      industry: 'Healthcare',
      role,
      categories: [...categories],
      tags: [...tags],
      tieStrength,
      cadenceDays: null,
      howMet,
      introducedBy: null as string | null,
      email: '',
      phone: '',
      linkedinUrl: '',
      website: '',
      onLaidOffList,
      notes: '',
      sources: [],
      connectedOn: null,
      createdAt: addedAt,
      updatedAt: now,
    }
  })
  const idOf = (name: string): string => {
    const id = ids.get(name)
    if (id === undefined) throw new Error(`Sample network names an unknown contact: ${name}`)
    return id
  }
  const daniel = contacts.find((c) => c.name === 'Daniel Cho')
  if (daniel) daniel.introducedBy = idOf('Chris Patel')

  const conference = {
    id: newId(),
    name: CONFERENCE.name,
    kind: 'conference' as const,
    role: 'attendee' as const,
    startOn: addDays(today, -CONFERENCE.daysAgo),
    endOn: addDays(today, -CONFERENCE.lastDay),
    contactIds: CONFERENCE.people.map(idOf),
    notes: 'Went for the patient-flow track.',
  }
  const interactions = INTERACTIONS.map(([names, daysAgo, channel, direction, summary]) => ({
    id: newId(),
    contactIds: names.map(idOf),
    date: addDays(today, -daysAgo),
    channel,
    direction,
    summary,
    eventId: daysAgo === CONFERENCE.lastDay ? conference.id : null,
  }))

  // Parsed so the brands and every rule of the file format are checked, not assumed.
  const sample = NetworkFile.parse({
    schemaVersion: SCHEMA_VERSION,
    me: { ...SAMPLE_ME, profileReviewedOn: addDays(today, -400) },
    contacts,
    ties: TIES.map(([a, b, kind]) => ({ id: newId(), a: idOf(a), b: idOf(b), kind })),
    interactions,
    settings: DEFAULT_SETTINGS,
    sampleLoaded: true,
    layoutPins: NO_PINS,
    events: [conference],
    followUps: FOLLOW_UPS.map(([names, title, dueIn, done]) => ({
      id: newId(),
      title,
      contactIds: names.map(idOf),
      interactionId: null,
      dueOn: addDays(today, dueIn),
      doneOn: done ? addDays(today, dueIn) : null,
    })),
    gapDecisions: {},
    snapshots: [],
    plan: {},
    templates: NO_TEMPLATES,
  })
  // A half-year of trend, each month computed from the sample as it stood then (interactions up to that day).
  return { ...sample, snapshots: [180, 150, 120, 90, 60, 30].map((daysAgo) => snapshotOf(sample, addDays(today, -daysAgo))) }
}
