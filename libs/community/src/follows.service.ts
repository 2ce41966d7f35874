import { TransactionalConnection } from '@crowdcomms/data-access';
import { BadInputError, NotFoundError } from '@crowdcomms/errors';
import { MembersService } from '@crowdcomms/identity';
import { RequestContext } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { CommunityMembersService } from './community-members.service';
import { FollowTargetType } from './community.enums';
import { CommunityGroup } from './entities/community-group.entity';
import { Topic } from './entities/topic.entity';

/**
 * Following people, topics and groups. Members who follow everyone follow
 * every person and topic they have not explicitly unfollowed.
 */
@Injectable()
export class FollowsService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly members: MembersService,
    private readonly communityMembers: CommunityMembersService,
  ) {}

  /** Follows (or, with `following: false`, unfollows); doing it twice changes nothing. */
  async set(ctx: RequestContext, targetType: FollowTargetType, targetId: string, following: boolean): Promise<boolean> {
    await this.assertTarget(ctx, targetType, targetId);
    await this.communityMembers.ensure(ctx);
    await this.db.query(
      `INSERT INTO follow (organisation_id, follower_membership_id, target_type, target_id, following)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (organisation_id, follower_membership_id, target_type, target_id) DO UPDATE SET following = EXCLUDED.following`,
      [ctx.organisationId, ctx.membershipId, targetType, targetId, following],
    );
    return following;
  }

  /** Whether the caller follows each target (explicitly, or by following everyone). */
  async isFollowing(
    ctx: RequestContext,
    targetType: FollowTargetType,
    targetIds: readonly string[],
  ): Promise<boolean[]> {
    const rows: { target_id: string; following: boolean | null; everyone: boolean }[] = await this.db.query(
      `SELECT t.id AS target_id, f.following,
              COALESCE((SELECT follow_everyone FROM community_member WHERE organisation_id = $1 AND membership_id = $2), false)
                AS everyone
         FROM unnest($4::uuid[]) AS t(id)
         LEFT JOIN follow f ON f.organisation_id = $1 AND f.follower_membership_id = $2 AND f.target_type = $3 AND f.target_id = t.id`,
      [ctx.organisationId, ctx.membershipId, targetType, targetIds],
    );
    const byId = new Map(rows.map((r) => [r.target_id, r]));
    return targetIds.map((id) => {
      const row = byId.get(id);
      if (row?.following != null) return row.following;
      return targetType !== FollowTargetType.GROUP && !!row?.everyone;
    });
  }

  /** How many members follow a target, counting those who follow everyone and did not unfollow it. */
  async followerCount(organisationId: string, targetType: FollowTargetType, targetId: string): Promise<number> {
    const [row]: { count: number }[] = await this.db.query(
      `SELECT (SELECT count(*) FROM follow WHERE organisation_id = $1 AND target_type = $2 AND target_id = $3 AND following)
            + CASE WHEN $2 = 'GROUP' THEN 0 ELSE (
                SELECT count(*) FROM community_member cm
                 WHERE cm.organisation_id = $1 AND cm.follow_everyone AND cm.membership_id <> $3
                   AND NOT EXISTS (SELECT 1 FROM follow f WHERE f.organisation_id = $1
                                     AND f.follower_membership_id = cm.membership_id
                                     AND f.target_type = $2 AND f.target_id = $3)) END AS count`,
      [organisationId, targetType, targetId],
    );
    return Number(row.count);
  }

  private async assertTarget(ctx: RequestContext, targetType: FollowTargetType, targetId: string): Promise<void> {
    const where = { organisationId: ctx.organisationId, id: targetId };
    switch (targetType) {
      case FollowTargetType.MEMBER:
        if (targetId === ctx.membershipId) throw new BadInputError('You cannot follow yourself', { field: 'targetId' });
        await this.members.get(ctx, targetId);
        return;
      case FollowTargetType.TOPIC:
        if (!(await this.db.getRepository(Topic).existsBy(where))) throw new NotFoundError('Topic');
        return;
      case FollowTargetType.GROUP:
        if (!(await this.db.getRepository(CommunityGroup).existsBy(where))) throw new NotFoundError('Group');
        return;
    }
  }
}
