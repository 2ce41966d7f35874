import { forOrganisation, NO_ONE } from './for-organisation';
import { Role } from './role.enum';

describe('forOrganisation', () => {
  const org = '7f1f4a7e-3b0c-4f57-9a55-0e7d3c1f2b10';

  it('acts for the organisation with no person behind it and no roles by default', () => {
    expect(forOrganisation(org)).toEqual({
      organisationId: org,
      membershipId: NO_ONE,
      userId: NO_ONE,
      sessionId: NO_ONE,
      roles: [],
    });
  });

  it('acts as a member with the roles asked for', () => {
    const ctx = forOrganisation(org, { roles: [Role.COMMS], actingAs: { membershipId: 'm-1', userId: 'u-1' } });
    expect(ctx).toMatchObject({ organisationId: org, membershipId: 'm-1', userId: 'u-1', roles: [Role.COMMS] });
    expect(ctx.sessionId).toBe(NO_ONE);
  });

  it('refuses a missing organisation, and cannot be changed afterwards', () => {
    expect(() => forOrganisation('')).toThrow(/organisation id/);
    const ctx = forOrganisation(org);
    expect(() => ((ctx as { organisationId: string }).organisationId = 'other')).toThrow();
  });

  it('keeps the id of no one a valid uuid, so a query with it matches nothing rather than failing', () => {
    expect(NO_ONE).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});
