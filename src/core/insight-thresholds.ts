import { z } from 'zod'

/**
 * The numbers behind the gap rules, adjustable in settings. Defaults and why:
 * - `siloShare` 0.6: when more than 60 % of the people with a known organization (or, inside the user's
 *   organization, a known department) sit in one place, one reorganization can take most of the network with it;
 * - `valuedStrength` 4: a tie rated 4 or 5 is one the user says they value;
 * - `laidOffMinimum` 5: enough people to call in the first week after losing a job;
 * - `oneWayRatio` 2 and `oneWayMinimum` 3: help received at least twice as often as given, once there are at
 *   least three times help was received in the last year (fewer is too little to judge);
 * - `eventsWindowDays` 365: a committee, conference, volunteering or talk at least once a year;
 * - `profileReviewDays` 182: look at the online profile twice a year;
 * - `closedNetworkShare` 0.6: Burt's constraint at least 60 % of the way from "none of your contacts know each
 *   other" to "all of them do" (see ego-network.ts).
 */
export const InsightThresholds = z.strictObject({
  siloShare: z.number({ error: 'The silo share must be a number.' }).min(0.3, 'The silo share must be from 0.3 to 1.').max(1, 'The silo share must be from 0.3 to 1.'),
  valuedStrength: z.number({ error: 'Valued strength must be a number from 1 to 5.' }).int('Valued strength must be a whole number.').min(1, 'Valued strength must be from 1 to 5.').max(5, 'Valued strength must be from 1 to 5.'),
  laidOffMinimum: z.number({ error: 'The laid-off minimum must be a number from 1 to 50.' }).int('The laid-off minimum must be a whole number.').min(1, 'The laid-off minimum must be from 1 to 50.').max(50, 'The laid-off minimum must be from 1 to 50.'),
  oneWayRatio: z.number({ error: 'The one-way ratio must be a number.' }).min(1.2, 'The one-way ratio must be from 1.2 to 10.').max(10, 'The one-way ratio must be from 1.2 to 10.'),
  oneWayMinimum: z.number({ error: 'The one-way minimum must be a number from 1 to 50.' }).int('The one-way minimum must be a whole number.').min(1, 'The one-way minimum must be from 1 to 50.').max(50, 'The one-way minimum must be from 1 to 50.'),
  eventsWindowDays: z.number({ error: 'The events window must be a number of days from 30 to 730.' }).int('The events window must be a whole number of days.').min(30, 'The events window must be from 30 to 730 days.').max(730, 'The events window must be from 30 to 730 days.'),
  profileReviewDays: z.number({ error: 'The profile review interval must be a number of days from 30 to 730.' }).int('The profile review interval must be a whole number of days.').min(30, 'The profile review interval must be from 30 to 730 days.').max(730, 'The profile review interval must be from 30 to 730 days.'),
  closedNetworkShare: z.number({ error: 'The closed-network share must be a number.' }).min(0.1, 'The closed-network share must be from 0.1 to 0.95.').max(0.95, 'The closed-network share must be from 0.1 to 0.95.'),
})
export type InsightThresholds = z.infer<typeof InsightThresholds>

export const DEFAULT_INSIGHT_THRESHOLDS: InsightThresholds = {
  siloShare: 0.6,
  valuedStrength: 4,
  laidOffMinimum: 5,
  oneWayRatio: 2,
  oneWayMinimum: 3,
  eventsWindowDays: 365,
  profileReviewDays: 182,
  closedNetworkShare: 0.6,
}
