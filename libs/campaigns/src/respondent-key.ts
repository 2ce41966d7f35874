import { createHmac } from 'node:crypto';

/**
 * Who answered an anonymous survey is never stored: the response carries this
 * keyed hash instead, enough to keep one response per person (and to let that
 * person edit, export or erase it) but not to tell, from the database alone,
 * whose it is. The key is derived from JWT_SECRET, which never enters the database.
 */
export function respondentKey(secret: string, surveyId: string, membershipId: string): string {
  return createHmac('sha256', secret).update(`survey-respondent:${surveyId}:${membershipId}`).digest('hex');
}
