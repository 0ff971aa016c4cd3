import { emptyNetwork, NetworkFile } from '../../../src/core/network-file'
import type { EventId } from '../../../src/core/schema'
import { cid, makeContact, makeInteraction, makeTie } from './builders'

/**
 * A small network whose exports are known cell by cell: awkward names (markup, quotes, accents), text that
 * starts like a formula, a phone number with its plus, notes over two lines, an introducer, an event, and
 * interactions that two people share. Today is TODAY (2026-11-26).
 */
export const exportNetwork = (): NetworkFile =>
  NetworkFile.parse({
    ...emptyNetwork(),
    me: { ...emptyNetwork().me, name: 'Priya Raman', organization: 'Northgate Health' },
    contacts: [
      makeContact({
        id: 'ana',
        name: 'Ana Marín',
        organization: '=HYPERLINK("http://evil.example","click")',
        department: 'Flow',
        industry: 'Healthcare',
        role: 'Analyst',
        categories: ['department', 'author'],
        tags: ['data', 'ops'],
        tieStrength: 4,
        cadenceDays: 30,
        email: 'ana@example.com',
        phone: '+44 20 7946 0958',
        linkedinUrl: 'https://www.linkedin.com/in/ana',
        website: 'https://ana.example.com',
        howMet: 'Winter planning',
        introducedBy: cid('ben'),
        onLaidOffList: true,
        connectedOn: '2024-03-12',
        notes: 'Two lines,\nand "quotes"',
      }),
      makeContact({ id: 'ben', name: 'Ben <&> "Ode"', role: '-lead', categories: ['social'], tags: ['@team'] }),
      makeContact({ id: 'cy', name: 'Cy Park', notes: "=cmd|' /C calc'!A0" }),
    ],
    ties: [makeTie('t1', 'ana', 'ben'), makeTie('t2', 'ben', 'cy')],
    interactions: [
      makeInteraction('i1', ['ana', 'ben'], '2026-11-20', { channel: 'coffee', direction: 'mutual', summary: '+1 for the plan', eventId: 'e1' as EventId }),
      makeInteraction('i2', ['ana'], '2026-10-01', { channel: 'email', direction: 'gave', summary: 'Sent the deck' }),
      makeInteraction('i3', ['ana', 'ben'], '2026-11-01', { channel: 'video', direction: 'none' }),
    ],
    events: [{ id: 'e1', name: 'Flow & Capacity Summit', kind: 'conference', role: 'attendee', startOn: '2026-11-20', endOn: null, contactIds: [], notes: '' }],
  })
