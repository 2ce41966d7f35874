import { RequestContext } from './request-context';
import { Role } from './role.enum';

/**
 * The id a job's context carries where a person would be: a valid uuid that
 * matches no row, so a query that uses it finds nothing instead of failing.
 */
export const NO_ONE = '00000000-0000-0000-0000-000000000000';

export interface JobContextOptions {
  /** Roles the job acts with (none unless the job needs a role's view of the data). */
  roles?: readonly Role[];
  /** The member the job acts for, when its work is authored by someone (a campaign's digest, the demo's profiles). */
  actingAs?: { membershipId: string; userId?: string };
}

/**
 * The one way a job (a processor, a scheduler, the demo seeder) gets a
 * RequestContext: the organisation it works for, and who — if anyone — it acts
 * as. A payload's organisation id is required; ids of people default to NO_ONE.
 */
export function forOrganisation(organisationId: string, options: JobContextOptions = {}): RequestContext {
  if (!organisationId) throw new Error('forOrganisation needs an organisation id');
  return Object.freeze({
    organisationId,
    membershipId: options.actingAs?.membershipId ?? NO_ONE,
    userId: options.actingAs?.userId ?? NO_ONE,
    sessionId: NO_ONE,
    roles: Object.freeze([...(options.roles ?? [])]),
  });
}
