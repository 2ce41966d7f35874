import { TransactionalConnection } from '@crowdcomms/data-access';
import { OrganisationsService } from '@crowdcomms/identity';
import { RequestContext } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { DigestFrequency } from './community.enums';
import { CommunityMember } from './entities/community-member.entity';

/** A member's community settings, created on first use from the organisation's defaults. */
@Injectable()
export class CommunityMembersService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly organisations: OrganisationsService,
  ) {}

  /**
   * The caller's settings row; the first call creates it, following everyone
   * when the organisation's `followEveryoneByDefault` is on at that moment.
   */
  async ensure(ctx: RequestContext): Promise<CommunityMember> {
    const where = { organisationId: ctx.organisationId, membershipId: ctx.membershipId };
    const existing = await this.db.manager.findOneBy(CommunityMember, where);
    if (existing) return existing;
    const organisation = await this.organisations.findById(ctx.organisationId);
    await this.db.manager
      .createQueryBuilder()
      .insert()
      .into(CommunityMember)
      .values({ ...where, followEveryone: organisation?.settings?.followEveryoneByDefault ?? false })
      .orIgnore()
      .execute();
    return this.db.manager.findOneByOrFail(CommunityMember, where);
  }

  async update(
    ctx: RequestContext,
    changes: { digestFrequency?: DigestFrequency | null; followEveryone?: boolean | null },
  ): Promise<CommunityMember> {
    const member = await this.ensure(ctx);
    if (changes.digestFrequency) member.digestFrequency = changes.digestFrequency;
    // An explicit null means "leave it", as for every optional field of the input.
    if (changes.followEveryone != null) member.followEveryone = changes.followEveryone;
    return this.db.getRepository(CommunityMember).save(member);
  }

  /**
   * Opening the feed: records today's visit and makes sure the caller's settings row exists — one
   * statement on every read but a member's first (which also creates the row through `ensure`).
   */
  async visit(ctx: RequestContext): Promise<void> {
    const [row]: { present: boolean }[] = await this.db.query(
      `WITH visit AS (
         INSERT INTO community_visit (organisation_id, day, membership_id) VALUES ($1, (now() AT TIME ZONE 'UTC')::date, $2)
         ON CONFLICT DO NOTHING)
       SELECT EXISTS (SELECT 1 FROM community_member WHERE organisation_id = $1 AND membership_id = $2) AS present`,
      [ctx.organisationId, ctx.membershipId],
    );
    if (!row.present) await this.ensure(ctx);
  }
}
