import { TransactionalConnection } from '@crowdcomms/data-access';
import { BadInputError, NotFoundError } from '@crowdcomms/errors';
import { MembersService } from '@crowdcomms/identity';
import { RequestContext } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { CommunityMembersService } from './community-members.service';
import { FollowTargetType } from './community.enums';
import { CommunityGroup } from './entities/community-group.entity';
import { Topic } from './entities/topic.entity';
import { followerCountSql, followingSql, setFollowSql } from './follows.sql';
import { visibleTopic } from './visibility';

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
    await this.assertTarget(ctx, targetType, targetId, following);
    await this.communityMembers.ensure(ctx);
    await this.db.run(setFollowSql(ctx.organisationId, ctx.membershipId, targetType, targetId, following));
    return following;
  }

  /** Whether the caller follows each target (explicitly, or by following everyone). */
  async isFollowing(
    ctx: RequestContext,
    targetType: FollowTargetType,
    targetIds: readonly string[],
  ): Promise<boolean[]> {
    const rows: { target_id: string; following: boolean | null; everyone: boolean }[] = await this.db.run(
      followingSql(ctx.organisationId, ctx.membershipId, targetType, targetIds),
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
    const [row]: { count: number }[] = await this.db.run(followerCountSql(organisationId, targetType, targetId));
    return Number(row.count);
  }

  /** The target exists; a topic to follow must also be one the caller may know of (unfollowing always works). */
  private async assertTarget(
    ctx: RequestContext,
    targetType: FollowTargetType,
    targetId: string,
    following: boolean,
  ): Promise<void> {
    switch (targetType) {
      case FollowTargetType.MEMBER:
        if (targetId === ctx.membershipId) throw new BadInputError('You cannot follow yourself', { field: 'targetId' });
        await this.members.get(ctx, targetId);
        return;
      case FollowTargetType.TOPIC: {
        const topics = this.db.scoped(ctx, Topic).createQueryBuilder('t').andWhere('t.id = :targetId', { targetId });
        if (following) topics.andWhere(visibleTopic('t'), { me: ctx.membershipId });
        if (!(await topics.getExists())) throw new NotFoundError('Topic');
        return;
      }
      case FollowTargetType.GROUP:
        if (!(await this.db.scoped(ctx, CommunityGroup).existsBy({ id: targetId }))) throw new NotFoundError('Group');
        return;
    }
  }
}
