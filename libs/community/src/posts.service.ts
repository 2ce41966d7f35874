import { TransactionalConnection } from '@crowdcomms/data-access';
import { BadInputError, ForbiddenError, NotFoundError } from '@crowdcomms/errors';
import { Membership, MembersService } from '@crowdcomms/identity';
import { NotificationsService } from '@crowdcomms/notifications';
import { OutboxService, QueueName } from '@crowdcomms/queue';
import { hasRole, RequestContext, Role } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { CommunityMembersService } from './community-members.service';
import { GroupMemberStatus, GroupPrivacy, GroupRole, ReactionKind } from './community.enums';
import { CreatePostInput, UpdatePostInput } from './dto/posts.types';
import { CommunityGroup } from './entities/community-group.entity';
import { GroupMember } from './entities/group-member.entity';
import { Comment } from './entities/comment.entity';
import { Post } from './entities/post.entity';
import { Reaction } from './entities/reaction.entity';
import { TopicPin } from './entities/topic-pin.entity';
import { Topic } from './entities/topic.entity';
import { FeedService } from './feed.service';
import { memberActivitySql, postReadersSql } from './posts.sql';
import { extractHashtags, MAX_POST_LENGTH, mentionHandle, renderMarkdown, validateBody } from './markdown';
import {
  extractMentions,
  fullMention,
  MentionCandidate,
  MentionProblem,
  MentionResolution,
  resolveMentions,
  UnresolvedMentionShape,
  writeMentionsInFull,
} from './mentions';
import { mentionCandidatesSql, mentionSuggestionsSql } from './mentions.sql';

/** One member's community activity in a date range (see `PostsService.activityByMember`). */
export interface MemberCommunityActivity {
  membershipId: string;
  posts: number;
  linkPosts: number;
  interactionsReceived: number;
  replies: number;
  reactions: number;
}

const truncate = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

const snippet = (body: string, length = 120) => {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
};

/**
 * Posts, their reactions and who may change them. Writes run in one
 * transaction with their notifications and the outbox job that tells live
 * subscribers, so nothing is announced that did not commit.
 */
const NO_MENTIONS: MentionResolution = { resolved: [], unresolved: [] };

@Injectable()
export class PostsService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly feed: FeedService,
    private readonly members: MembersService,
    private readonly communityMembers: CommunityMembersService,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
  ) {}

  /** A post the caller may see, or NOT_FOUND (also for private-group posts and other organisations). */
  async get(ctx: RequestContext, postId: string): Promise<Post> {
    const query = this.feed.visiblePosts(ctx).andWhere('p.id = :postId', { postId });
    const post = await query.getOne();
    if (!post) throw new NotFoundError('Post');
    return post;
  }

  /**
   * Publishes a post; inside the caller's transaction when there is one (e.g. a campaign digest and its bookkeeping).
   * A `generated` post (written by the product, quoting member text it has escaped) skips the checks made on
   * what a member types: it is cut to length, keeps at most the allowed hashtags and notifies no mentions —
   * so no member's text can make it fail. Its HTML is rendered and sanitised like any other.
   */
  async create(
    ctx: RequestContext,
    input: CreatePostInput,
    { generated = false }: { generated?: boolean } = {},
  ): Promise<Post> {
    const typed = generated ? truncate(input.body.trim(), MAX_POST_LENGTH) : validateBody(input.body, MAX_POST_LENGTH);
    const link = this.link(input.linkUrl, input.linkTitle);
    const hashtags = generated ? extractHashtags(typed, { capped: true }) : extractHashtags(typed);
    return this.db.transaction(ctx, async () => {
      const { body, mentions } = generated ? { body: typed, mentions: NO_MENTIONS } : await this.mentionsIn(ctx, typed);
      await this.communityMembers.ensure(ctx);
      const group = input.groupId ? await this.groupToPostIn(ctx, input.groupId) : null;
      const topics = await this.upsertTopics(ctx.organisationId, hashtags);
      const post = await this.db.manager.save(
        this.db.manager.create(Post, {
          organisationId: ctx.organisationId,
          authorMembershipId: ctx.membershipId,
          kind: input.kind,
          body,
          bodyHtml: renderMarkdown(body),
          ...link,
          groupId: group?.id ?? null,
          hashtags,
          topicIds: topics.map((t) => t.id),
          mentionedMembershipIds: [],
        }),
      );
      const told = await this.notifyMentions(ctx, post, mentions, []);
      post.mentionedMembershipIds = told.notified;
      post.unresolved = told.unresolved;
      if (post.mentionedMembershipIds.length) {
        await this.db.manager.update(Post, { id: post.id }, { mentionedMembershipIds: post.mentionedMembershipIds });
      }
      await this.notifyTopicManagers(ctx, post, topics);
      await this.outbox.enqueue({
        queue: QueueName.COMMUNITY,
        name: 'publish-post',
        jobId: `post-${post.id}`,
        payload: { organisationId: ctx.organisationId, postId: post.id },
        organisationId: ctx.organisationId,
      });
      return post;
    });
  }

  /**
   * Community activity of `memberIds` in [from, to), per member: posts written (and how many carry a link),
   * reactions and replies those posts have received, replies written and reactions given. A read model for
   * other contexts (campaign metrics and digests): only what every member may see is counted, never a
   * private group's posts or the replies and reactions on them; rows of other organisations never are.
   * With `hashtag`, only posts carrying it (and replies and reactions on them) count.
   */
  async activityByMember(
    ctx: RequestContext,
    from: Date,
    to: Date,
    memberIds: readonly string[],
    { hashtag = null }: { hashtag?: string | null } = {},
  ): Promise<MemberCommunityActivity[]> {
    if (!memberIds.length) return [];
    return this.db.run(memberActivitySql(ctx.organisationId, from, to, memberIds, hashtag));
  }

  /** The author or a moderator edits; the post shows it was edited. */
  async update(ctx: RequestContext, input: UpdatePostInput): Promise<Post> {
    return this.db.transaction(ctx, async () => {
      const post = await this.get(ctx, input.postId);
      await this.assertCanChange(ctx, post);
      let mentions = NO_MENTIONS;
      if (input.body !== undefined) {
        ({ body: post.body, mentions } = await this.mentionsIn(ctx, validateBody(input.body, MAX_POST_LENGTH)));
        post.bodyHtml = renderMarkdown(post.body);
        post.hashtags = extractHashtags(post.body);
        post.topicIds = (await this.upsertTopics(ctx.organisationId, post.hashtags)).map((t) => t.id);
      }
      if (input.kind) post.kind = input.kind;
      if (input.linkUrl !== undefined || input.linkTitle !== undefined) {
        const link = this.link(
          input.linkUrl === undefined ? post.linkUrl : input.linkUrl || null,
          input.linkTitle === undefined ? post.linkTitle : input.linkTitle || null,
        );
        Object.assign(post, link);
      }
      post.editedAt = new Date();
      await this.db.manager.save(post);
      if (input.body !== undefined) {
        const told = await this.notifyMentions(ctx, post, mentions, post.mentionedMembershipIds);
        post.unresolved = told.unresolved;
        if (told.notified.length) {
          post.mentionedMembershipIds = [...post.mentionedMembershipIds, ...told.notified];
          await this.db.manager.update(Post, { id: post.id }, { mentionedMembershipIds: post.mentionedMembershipIds });
        }
      }
      return post;
    });
  }

  /** The author or a moderator deletes the post with its comments, reactions and pins. */
  async delete(ctx: RequestContext, postId: string): Promise<boolean> {
    return this.db.transaction(ctx, async () => {
      const post = await this.get(ctx, postId);
      await this.assertCanChange(ctx, post);
      const where = { organisationId: ctx.organisationId, postId: post.id };
      await this.db.manager.delete(Reaction, where);
      await this.db.manager.delete(Comment, where);
      await this.db.manager.delete(TopicPin, where);
      await this.db.manager.delete(Post, { organisationId: ctx.organisationId, id: post.id });
      return true;
    });
  }

  /** Reacting again with the same kind changes nothing; another kind replaces the first. */
  async react(ctx: RequestContext, postId: string, kind: ReactionKind): Promise<Post> {
    return this.db.transaction(ctx, async () => {
      const post = await this.get(ctx, postId);
      const rows: { inserted: boolean }[] = await this.db.manager.query(
        `INSERT INTO reaction (organisation_id, post_id, membership_id, kind) VALUES ($1, $2, $3, $4)
         ON CONFLICT (organisation_id, post_id, membership_id) DO UPDATE SET kind = EXCLUDED.kind
           WHERE reaction.kind <> EXCLUDED.kind
         RETURNING (xmax = 0) AS inserted`,
        [ctx.organisationId, post.id, ctx.membershipId, kind],
      );
      if (rows[0]?.inserted) {
        await this.db.manager.increment(Post, { organisationId: ctx.organisationId, id: post.id }, 'reactionCount', 1);
        post.reactionCount += 1;
        // The author may have left the post's private group since: then they hear nothing of it.
        const [author] =
          post.authorMembershipId === ctx.membershipId ? [] : await this.canSee(post, [post.authorMembershipId]);
        if (author) {
          const name = await this.displayName(ctx);
          await this.notifications.notify({
            organisationId: ctx.organisationId,
            recipientMembershipIds: [author],
            kind: 'COMMUNITY_REACTION',
            title: `${name} reacted to your post`,
            body: snippet(post.body),
            data: { postId: post.id },
            groupKey: `community-reactions:${post.id}`,
          });
        }
      }
      return post;
    });
  }

  async unreact(ctx: RequestContext, postId: string): Promise<Post> {
    return this.db.transaction(ctx, async () => {
      const post = await this.get(ctx, postId);
      const result = await this.db.manager.delete(Reaction, {
        organisationId: ctx.organisationId,
        postId: post.id,
        membershipId: ctx.membershipId,
      });
      if (result.affected) {
        await this.db.manager.decrement(Post, { organisationId: ctx.organisationId, id: post.id }, 'reactionCount', 1);
        post.reactionCount -= 1;
      }
      return post;
    });
  }

  /**
   * Moderators of a post: admins and comms, managers of any of its topics,
   * managers of its group.
   */
  async canModerate(ctx: RequestContext, post: Post): Promise<boolean> {
    if (hasRole(ctx, Role.ADMIN, Role.COMMS)) return true;
    const [row]: { moderator: boolean }[] = await this.db.manager.query(
      `SELECT EXISTS (SELECT 1 FROM topic_manager WHERE organisation_id = $1 AND membership_id = $2 AND topic_id = ANY($3::uuid[]))
           OR EXISTS (SELECT 1 FROM group_member WHERE organisation_id = $1 AND membership_id = $2 AND group_id = $4
                         AND role = $5 AND status = $6) AS moderator`,
      [ctx.organisationId, ctx.membershipId, post.topicIds, post.groupId, GroupRole.MANAGER, GroupMemberStatus.ACTIVE],
    );
    return row.moderator;
  }

  async assertCanChange(ctx: RequestContext, post: Post): Promise<void> {
    if (post.authorMembershipId === ctx.membershipId) return;
    if (!(await this.canModerate(ctx, post))) {
      throw new ForbiddenError('Only the author or a moderator can change this post');
    }
  }

  /** Who may see a post, among `candidates` (the shared visibility rule): whom a notification about it may reach. */
  async canSee(post: Pick<Post, 'id' | 'organisationId'>, candidates: string[]): Promise<string[]> {
    if (!candidates.length) return candidates;
    const rows: { membership_id: string }[] = await this.db.run(
      postReadersSql(post.organisationId, post.id, candidates),
    );
    const allowed = new Set(rows.map((r) => r.membership_id));
    return candidates.filter((id) => allowed.has(id));
  }

  async displayName(ctx: RequestContext): Promise<string> {
    const [user] = await this.members.usersByIds([ctx.userId]);
    return user?.displayName ?? 'Someone';
  }

  /**
   * Who the @mentions of `body` mean, and the body with each of them written as the person's full name
   * (kept as typed if that would make it too long).
   */
  async mentionsIn(
    ctx: RequestContext,
    body: string,
    maxLength = MAX_POST_LENGTH,
  ): Promise<{ body: string; mentions: MentionResolution }> {
    const found = extractMentions(body);
    if (!found.length) return { body, mentions: NO_MENTIONS };
    const candidates = await this.db.run<MentionCandidate[]>(
      mentionCandidatesSql(
        ctx.organisationId,
        found.map((m) => m.handle),
      ),
    );
    const mentions = resolveMentions(found, candidates);
    const written = writeMentionsInFull(body, mentions.resolved);
    return { body: written.length <= maxLength ? written : body, mentions };
  }

  /**
   * People a mention being typed may mean, with the mention to insert. In a group, only people who can
   * read it; a private group the writer is not in is NOT_FOUND, like any hidden group.
   */
  async mentionSuggestions(
    ctx: RequestContext,
    args: { prefix: string; groupId?: string | null; first: number },
  ): Promise<{ member: Membership; mention: string }[]> {
    const prefix = mentionHandle(args.prefix);
    if (!prefix) return [];
    if (args.groupId) await this.groupToRead(ctx, args.groupId);
    const rows = await this.db.run<MentionCandidate[]>(
      mentionSuggestionsSql(ctx.organisationId, ctx.membershipId, prefix, args.groupId ?? null, args.first),
    );
    const members = new Map(
      (
        await this.members.findByIds(
          ctx,
          rows.map((r) => r.membershipId),
        )
      ).map((m) => [m.id, m]),
    );
    return rows
      .filter((r) => members.has(r.membershipId))
      .map((r) => ({ member: members.get(r.membershipId)!, mention: fullMention(r.displayName) }));
  }

  /**
   * Notifies the members mentioned who were not already and may see the post; returns who was notified,
   * and the mentions that reached no one (ambiguous, unknown, or someone who cannot see it) for the author.
   */
  async notifyMentions(
    ctx: RequestContext,
    post: { id: string; organisationId: string; groupId: string | null; body: string },
    mentions: MentionResolution,
    already: string[],
    where = 'a post',
  ): Promise<{ notified: string[]; unresolved: UnresolvedMentionShape[] }> {
    const others = mentions.resolved.filter((m) => m.member.membershipId !== ctx.membershipId);
    const readers = new Set(await this.canSee(post, [...new Set(others.map((m) => m.member.membershipId))]));
    const cannotSee = others
      .filter((m) => !readers.has(m.member.membershipId))
      .map((m) => ({ text: m.text, problem: MentionProblem.CANNOT_SEE, matches: 1 }));
    const recipients = [...readers].filter((id) => !already.includes(id));
    if (recipients.length) {
      await this.notifications.notify({
        organisationId: ctx.organisationId,
        recipientMembershipIds: recipients,
        kind: 'COMMUNITY_MENTION',
        title: `${await this.displayName(ctx)} mentioned you in ${where}`,
        body: snippet(post.body),
        data: { postId: post.id },
        groupKey: `community-mention:${post.id}`,
      });
    }
    return { notified: recipients, unresolved: [...mentions.unresolved, ...cannotSee] };
  }

  private async notifyTopicManagers(ctx: RequestContext, post: Post, topics: Topic[]) {
    if (!topics.length) return;
    const rows: { topic_id: string; membership_id: string }[] = await this.db.manager.query(
      `SELECT topic_id, membership_id FROM topic_manager
        WHERE organisation_id = $1 AND topic_id = ANY($2::uuid[]) AND membership_id <> $3`,
      [ctx.organisationId, topics.map((t) => t.id), ctx.membershipId],
    );
    for (const topic of topics) {
      const managers = rows.filter((r) => r.topic_id === topic.id).map((r) => r.membership_id);
      const recipients = await this.canSee(post, managers);
      if (!recipients.length) continue;
      await this.notifications.notify({
        organisationId: ctx.organisationId,
        recipientMembershipIds: recipients,
        kind: 'COMMUNITY_TOPIC_POST',
        title: `New post in #${topic.tag}`,
        body: snippet(post.body),
        data: { postId: post.id, topicId: topic.id },
        groupKey: `community-topic-posts:${topic.id}`,
      });
    }
  }

  /** Creates the topics of new hashtags; returns the topics in hashtag order. */
  private async upsertTopics(organisationId: string, tags: string[]): Promise<Topic[]> {
    if (!tags.length) return [];
    await this.db.manager.query(
      `INSERT INTO topic (organisation_id, tag) SELECT $1, unnest($2::text[]) ON CONFLICT (organisation_id, tag) DO NOTHING`,
      [organisationId, tags],
    );
    const topics = await this.db.manager
      .getRepository(Topic)
      .createQueryBuilder('t')
      .where('t.organisationId = :org AND t.tag = ANY(:tags)', { org: organisationId, tags })
      .getMany();
    return tags.map((tag) => topics.find((t) => t.tag === tag)!);
  }

  /** The group to post in: a private one the caller is not in does not exist for them. */
  private async groupToPostIn(ctx: RequestContext, groupId: string): Promise<CommunityGroup> {
    const { group, member } = await this.groupToRead(ctx, groupId);
    if (!member) throw new ForbiddenError('Join the group to post in it');
    return group;
  }

  /** A group the caller may read (open, or private and theirs); a private group of others is NOT_FOUND. */
  private async groupToRead(ctx: RequestContext, groupId: string): Promise<{ group: CommunityGroup; member: boolean }> {
    const group = await this.db.manager.findOneBy(CommunityGroup, { organisationId: ctx.organisationId, id: groupId });
    if (!group) throw new NotFoundError('Group');
    const member = await this.db.manager.existsBy(GroupMember, {
      organisationId: ctx.organisationId,
      groupId,
      membershipId: ctx.membershipId,
      status: GroupMemberStatus.ACTIVE,
    });
    if (!member && group.privacy === GroupPrivacy.PRIVATE) throw new NotFoundError('Group');
    return { group, member };
  }

  private link(url: string | null | undefined, title: string | null | undefined) {
    const linkUrl = url?.trim() || null;
    const linkTitle = title?.trim() || null;
    if (linkTitle && !linkUrl) throw new BadInputError('A link title needs a link', { field: 'linkTitle' });
    return { linkUrl, linkTitle };
  }
}
