import { crossOrganisation, TransactionalConnection } from '@crowdcomms/data-access';
import { MembershipStatus, MembersService } from '@crowdcomms/identity';
import { MailService } from '@crowdcomms/notifications';
import { forOrganisation, RequestContext } from '@crowdcomms/request-context';
import { Injectable, Logger } from '@nestjs/common';
import { CommunityMembersService } from './community-members.service';
import { DigestFrequency } from './community.enums';
import { DigestPreview } from './dto/topics-groups.types';
import { Post } from './entities/post.entity';
import { FeedService } from './feed.service';

const POSTS_PER_DIGEST = 10;
const DAY = 86_400_000;
const WEEK = 7 * DAY;
const BATCH = 200;

interface DueMember {
  id: string;
  membership_id: string;
  digest_frequency: DigestFrequency;
  last_digest_at: Date | null;
  since: Date;
}

/**
 * Daily or weekly e-mail digests of what members follow, instead of a flood
 * of e-mails. `sendDueDigests` is what the worker's `digest` job runs; it is
 * idempotent: a member's `last_digest_at` moves forward in the same
 * transaction that queues their e-mail, so a re-run finds nobody due.
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger(DigestService.name);

  constructor(
    private readonly db: TransactionalConnection,
    private readonly feed: FeedService,
    private readonly members: MembersService,
    private readonly mail: MailService,
    private readonly communityMembers: CommunityMembersService,
  ) {}

  /** The organisations that have community members (the scheduler fans out over them). */
  async organisationIds(): Promise<string[]> {
    const rows: { organisation_id: string }[] = await this.db.within(
      crossOrganisation('the digest tick fans out to every organisation with digests'),
      () => this.db.query(`SELECT DISTINCT organisation_id FROM community_member WHERE digest_frequency <> 'NONE'`),
    );
    return rows.map((r) => r.organisation_id);
  }

  /**
   * Queues the digest of every member of the organisation whose daily or weekly
   * digest is due at `now` (an hour of slack lets a daily schedule never skip a
   * day); returns how many e-mails were queued.
   */
  async sendDueDigests(organisationId: string, now: Date): Promise<number> {
    let sent = 0;
    for (;;) {
      const due: DueMember[] = await this.db.query(
        `SELECT id, membership_id, digest_frequency, last_digest_at, COALESCE(last_digest_at, created_at) AS since
           FROM community_member
          WHERE organisation_id = $1 AND digest_frequency <> 'NONE'
            AND COALESCE(last_digest_at, created_at) <= $2::timestamptz + interval '1 hour'
                - CASE digest_frequency WHEN 'DAILY' THEN interval '1 day' ELSE interval '7 days' END
          ORDER BY id LIMIT $3`,
        [organisationId, now, BATCH],
      );
      if (!due.length) return sent;
      sent += await this.sendBatch(organisationId, now, due);
      if (due.length < BATCH) return sent;
    }
  }

  private async sendBatch(organisationId: string, now: Date, due: DueMember[]): Promise<number> {
    // Identity's services expect a request context; the worker acts for the organisation itself.
    const system = forOrganisation(organisationId);
    const memberships = await this.members.findByIds(
      system,
      due.map((d) => d.membership_id),
    );
    const users = await this.members.usersByIds(memberships.map((m) => m.userId));
    const digests = await Promise.all(
      due.map(async (member) => {
        const [posts, total] = await this.feed.feedBetween(
          { organisationId, membershipId: member.membership_id },
          new Date(member.since),
          now,
          POSTS_PER_DIGEST,
        );
        return { member, posts, total };
      }),
    );
    const authorName = await this.authorNames(
      system,
      digests.flatMap((d) => d.posts),
    );

    let sent = 0;
    for (const { member, posts, total } of digests) {
      const membership = memberships.find((m) => m.id === member.membership_id);
      const user = users.find((u) => u.id === membership?.userId);
      const active = membership?.status === MembershipStatus.ACTIVE && !!user;
      await this.db.transaction(system, async () => {
        const moved: [unknown[], number] = await this.db.manager.query(
          `UPDATE community_member SET last_digest_at = $3
            WHERE organisation_id = $1 AND id = $2 AND last_digest_at IS NOT DISTINCT FROM $4`,
          [organisationId, member.id, now, member.last_digest_at],
        );
        if (!moved[1] || !active || !total) return; // another run got there first, or nothing to say
        const { subject, text } = compose(
          member.digest_frequency,
          user.displayName,
          new Date(member.since),
          posts,
          total,
          authorName,
        );
        await this.mail.queueEmail({ organisationId, to: user.email, subject, text });
        sent++;
      });
    }
    this.logger.log(`queued ${sent} digest e-mails for organisation ${organisationId}`);
    return sent;
  }

  /**
   * The caller's digest as it would be e-mailed now: what their feed gained
   * since their last digest (or, with digests off, over the last week). Nothing
   * is sent and nothing moves: their next real digest is unchanged.
   */
  async preview(ctx: RequestContext, now = new Date()): Promise<DigestPreview> {
    const member = await this.communityMembers.ensure(ctx);
    const window = member.digestFrequency === DigestFrequency.DAILY ? DAY : WEEK;
    const since = member.lastDigestAt ?? new Date(Math.max(member.createdAt.getTime(), now.getTime() - window));
    const frequency = member.digestFrequency === DigestFrequency.NONE ? DigestFrequency.WEEKLY : member.digestFrequency;
    const [posts, total] = await this.feed.feedBetween(
      { organisationId: ctx.organisationId, membershipId: ctx.membershipId },
      since,
      now,
      POSTS_PER_DIGEST,
    );
    const [me] = await this.members.findByIds(ctx, [ctx.membershipId]);
    const [user] = me ? await this.members.usersByIds([me.userId]) : [];
    const authorName = await this.authorNames(ctx, posts);
    const { subject, text } = compose(frequency, user?.displayName ?? 'there', since, posts, total, authorName);
    return { frequency: member.digestFrequency, since, postCount: total, subject, text };
  }

  private async authorNames(scope: RequestContext, posts: Post[]): Promise<(id: string) => string> {
    const authors = await this.members.findByIds(scope, [...new Set(posts.map((p) => p.authorMembershipId))]);
    const users = await this.members.usersByIds(authors.map((a) => a.userId));
    return (id) => {
      const author = authors.find((a) => a.id === id);
      return users.find((u) => u.id === author?.userId)?.displayName ?? 'A former member';
    };
  }
}

/** The digest e-mail's subject and text: one line per post (author, hashtags, the start of the text). */
export function compose(
  frequency: DigestFrequency,
  name: string,
  since: Date,
  posts: Post[],
  total: number,
  authorName: (id: string) => string,
): { subject: string; text: string } {
  const period = frequency === DigestFrequency.DAILY ? 'daily' : 'weekly';
  const lines = posts.map((p) => {
    const tags = p.hashtags.length ? ` in ${p.hashtags.map((t) => `#${t}`).join(' ')}` : '';
    const flat = p.body.replace(/\s+/g, ' ').trim();
    const text = flat.length > 160 ? `${flat.slice(0, 159)}…` : flat;
    return `- ${authorName(p.authorMembershipId)}${tags}: ${text}`;
  });
  const more = total > posts.length ? [`…and ${total - posts.length} more in your feed.`] : [];
  return {
    subject: `Your ${period} community digest: ${total} new post${total === 1 ? '' : 's'}`,
    text: [
      `Hello ${name},`,
      '',
      `${total} new post${total === 1 ? '' : 's'} from the people, topics and groups you follow since ${since.toISOString().slice(0, 10)}:`,
      '',
      ...lines,
      ...more,
      '',
      'You can choose a daily or weekly digest, or none, in your community settings.',
    ].join('\n'),
  };
}
