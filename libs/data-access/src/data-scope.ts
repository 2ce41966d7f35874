/** Whose data a transaction works on: one organisation (a request, a job for one organisation). */
export interface OrganisationScope {
  readonly organisationId: string;
}

const CROSS_ORGANISATION = Symbol('cross-organisation');

/**
 * A transaction that legitimately spans organisations: signing in (finding a
 * person's memberships), the outbox relay, schedulers that fan out per
 * organisation, seeding. Only `crossOrganisation(reason)` makes one, and the
 * lint configuration lists the files allowed to call it.
 */
export interface CrossOrganisationScope {
  readonly [CROSS_ORGANISATION]: true;
  readonly reason: string;
}

export type DataScope = OrganisationScope | CrossOrganisationScope;

/** A named, deliberate cross-organisation scope. */
export function crossOrganisation(reason: string): CrossOrganisationScope {
  if (!reason.trim()) throw new Error('a cross-organisation scope needs a reason');
  return { [CROSS_ORGANISATION]: true, reason };
}

export function isCrossOrganisation(scope: DataScope): scope is CrossOrganisationScope {
  return (scope as CrossOrganisationScope)[CROSS_ORGANISATION] === true;
}

/** The organisation of a scope, or null for a cross-organisation one. */
export function organisationOf(scope: DataScope): string | null {
  if (isCrossOrganisation(scope)) return null;
  if (!scope.organisationId) throw new Error('an organisation scope needs an organisationId');
  return scope.organisationId;
}

export function sameScope(a: DataScope, b: DataScope): boolean {
  return organisationOf(a) === organisationOf(b);
}

export function describeScope(scope: DataScope): string {
  return isCrossOrganisation(scope)
    ? `cross-organisation work (${scope.reason})`
    : `organisation ${scope.organisationId}`;
}
