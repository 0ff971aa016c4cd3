// Deterministic generator of LinkedIn Connections.csv exports, for the import benchmark.
//
//   node tests/bench/generate-connections.mjs [--rows N] [--seed S] [--out FILE]
//
// Like a real export: the quoted "Notes:" preamble after a byte-order mark, a blank line, the header, CRLF line
// ends, companies and positions with commas and quotes (so cells are quoted, quotes doubled), a share of rows
// with an e-mail, profile URLs with accented slugs, and "Connected On" days over ten years.
import { writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

const FIRST = ['Ada', 'Ben', 'Chloé', 'Dev', 'Elena', 'Farid', 'Grace', 'Hugo', 'Inês', 'Jonas', 'Kemi', 'Liam', 'Maya', 'Nils', 'Olu', 'Priya', 'Quinn', 'Rosa', 'Sami', 'Tara', 'Umar', 'Vera', 'Wen', 'Xavi', 'Yara', 'Zoë', 'José', 'Søren', 'Aoife', 'Mateus']
const LAST = ['Adams', 'Berg', 'Costa', 'Dubois', 'Eze', 'Fischer', 'García', 'Haddad', 'Ito', 'Jensen', 'Kowalski', 'López', 'Mensah', 'Nakamura', 'Okafor', 'Patel', 'Quispe', 'Rossi', 'Singh', 'Tanaka', 'Usman', 'Varga', 'Wong', 'Yılmaz', 'Zhang', "O'Brien", 'van der Berg', 'Núñez']
const COMPANIES = ['Harbor Logistics', 'Lumen Bank', 'Northwind Health', 'Cobalt Labs, Inc.', 'Riverbend Council', 'Atlas Freight GmbH', 'Kestrel Media', 'Juniper Foods', 'Vantage Energy, LLC', 'Orchid Pharma', 'Summit Retail', 'Pioneer Institute', 'The "Good" Company', 'Self-employed', '']
const POSITIONS = ['Analyst', 'Product Manager', 'Director, Operations', 'Senior Software Engineer', 'Consultant', 'Head of People, EMEA', 'Founder & CEO', 'VP, Sales & Partnerships', 'Data Scientist', 'Research Fellow', '"Chief Everything Officer"', 'Nurse Practitioner', '']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

const PREAMBLE =
  '\uFEFFNotes:\r\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\r\n\r\n'
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n'

function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A CSV cell as LinkedIn writes it: quoted when it holds a comma, a quote or a line end. */
const cell = (text) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text)

const slug = (text) =>
  encodeURIComponent(
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, ''),
  )

/** `rows` connections, each a different person (distinct profile URLs); same rows and seed, same text. */
export function generateConnections({ rows, seed = 7 }) {
  const random = prng(seed)
  const pick = (list) => list[Math.floor(random() * list.length)]
  const lines = [PREAMBLE, HEADER]
  for (let i = 0; i < rows; i++) {
    const first = pick(FIRST)
    const last = pick(LAST)
    const url = `https://www.linkedin.com/in/${slug(`${first} ${last}`)}-${(i * 7919).toString(36)}${i}`
    const email = random() < 0.15 ? `${slug(first)}.${slug(last)}${i}@example.com`.replace(/%[0-9A-F]{2}/g, '') : ''
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0')
    const connected = `${day} ${pick(MONTHS)} ${2015 + Math.floor(random() * 10)}`
    lines.push(`${[first, last, url, email, pick(COMPANIES), pick(POSITIONS), connected].map(cell).join(',')}\r\n`)
  }
  return lines.join('')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2)
  const value = (name, fallback) => {
    const i = args.indexOf(name)
    return i < 0 ? fallback : args[i + 1]
  }
  const text = generateConnections({ rows: Number(value('--rows', 1000)), seed: Number(value('--seed', 7)) })
  const out = value('--out', null)
  if (out) writeFileSync(out, text)
  else process.stdout.write(text)
}
