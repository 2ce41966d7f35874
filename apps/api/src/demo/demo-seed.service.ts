import {
  CommentsService,
  GroupMemberStatus,
  GroupPrivacy,
  GroupsService,
  PostKind,
  PostsService,
  ReactionKind,
} from '@crowdcomms/community';
import { AppConfig } from '@crowdcomms/config';
import { IdentitySeeder, Membership, OrganisationsService, ProfileVisibility, slugify } from '@crowdcomms/identity';
import { LinkKind, ProfilesService } from '@crowdcomms/profiles';
import { forOrganisation } from '@crowdcomms/request-context';
import { SkillsService } from '@crowdcomms/skills';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DEMO_GROUPS, DEMO_POSTS } from './demo-community';
import { DEMO_ORGANISATION, DEMO_PASSWORD } from './demo-data';

/**
 * With SEED_DEMO=true (as `npm start` sets), loads the demo organisation once:
 * its people, and the profiles they would fill in themselves — through the
 * same services the API uses.
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly seeder: IdentitySeeder,
    private readonly skills: SkillsService,
    private readonly profiles: ProfilesService,
    private readonly organisations: OrganisationsService,
    private readonly posts: PostsService,
    private readonly comments: CommentsService,
    private readonly groups: GroupsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.get('SEED_DEMO')) return;
    const seeded = await this.seeder.seedOrganisation({
      name: DEMO_ORGANISATION.name,
      slug: slugify(DEMO_ORGANISATION.name),
      people: DEMO_ORGANISATION.people.map((p) => ({ ...p, password: DEMO_PASSWORD })),
    });
    if (!seeded) return;
    const slugs = DEMO_ORGANISATION.people.flatMap((p) =>
      p.profile ? [...Object.keys(p.profile.skills), ...(p.profile.wantsToDevelop ?? [])] : [],
    );
    const skillIds = await this.skills.shippedIdsBySlug(slugs);
    for (const person of DEMO_ORGANISATION.people) {
      const membership = seeded.members.get(person.email);
      if (!person.profile || !membership) continue;
      // Each person edits their own profile, as they would in the app.
      const ctx = actingAs(membership);
      const { profile } = person;
      await this.profiles.update(ctx, {
        headline: profile.headline,
        skills: Object.entries(profile.skills).map(([slug, level]) => ({
          skillId: skillIds.get(slug)!,
          level,
        })),
        wantsToDevelop: (profile.wantsToDevelop ?? []).map((slug) => skillIds.get(slug)!),
        interests: profile.interests ?? [],
        links: (profile.links ?? []).map((link) => ({ kind: link.kind as LinkKind, url: link.url })),
        availableHoursPerMonth: profile.availableHoursPerMonth,
      });
      await this.profiles.updatePrivacy(ctx, { visibility: ProfileVisibility.ORGANISATION });
    }
    await this.seedCommunity(seeded.organisation.id, seeded.members);
    this.logger.log(`Loaded the demo organisation "${seeded.organisation.name}"`);
  }

  /** The community as its members made it: groups joined, posts written, replies and reactions given. */
  private async seedCommunity(organisationId: string, members: Map<string, Membership>): Promise<void> {
    // Harbourside has people new to the community follow everyone, so every feed starts full.
    await this.organisations.setFollowEveryoneByDefault(organisationId, true);
    const as = (email: string) => actingAs(members.get(email)!);
    const groupIds = new Map<string, string>();
    for (const spec of DEMO_GROUPS) {
      const manager = as(spec.manager);
      const group = await this.groups.create(manager, {
        name: spec.name,
        description: spec.description,
        privacy: spec.privacy as GroupPrivacy,
      });
      groupIds.set(spec.name, group.id);
      for (const email of spec.members) {
        const row = await this.groups.join(as(email), group.id);
        if (row.status === GroupMemberStatus.PENDING) await this.groups.approve(manager, group.id, row.membershipId);
      }
    }
    for (const spec of DEMO_POSTS) {
      const post = await this.posts.create(as(spec.author), {
        body: spec.body,
        kind: (spec.kind ?? 'UPDATE') as PostKind,
        linkUrl: spec.link?.url ?? null,
        linkTitle: spec.link?.title ?? null,
        groupId: spec.group ? groupIds.get(spec.group)! : null,
      });
      for (const reply of spec.replies ?? []) {
        await this.comments.add(as(reply.who), { postId: post.id, body: reply.body });
      }
      for (const reaction of spec.reactions ?? []) {
        await this.posts.react(as(reaction.who), post.id, reaction.kind as ReactionKind);
      }
    }
  }
}

/** The request context of a person acting for themselves. */
function actingAs(membership: Membership) {
  return forOrganisation(membership.organisationId, {
    roles: membership.roles,
    actingAs: { membershipId: membership.id, userId: membership.userId },
  });
}
