import { ProfileVisibility } from '@crowdcomms/identity';
import { hasRole, RequestContext, Role } from '@crowdcomms/request-context';

/**
 * Which profiles of others a caller may see: HR sees HR_ONLY and ORGANISATION,
 * everyone else (comms, admins, members) only ORGANISATION. PRIVATE is the
 * member's alone. Used by viewing, search, facets and the gap report alike.
 */
export function visibleTo(ctx: RequestContext): ProfileVisibility[] {
  return hasRole(ctx, Role.HR)
    ? [ProfileVisibility.HR_ONLY, ProfileVisibility.ORGANISATION]
    : [ProfileVisibility.ORGANISATION];
}
