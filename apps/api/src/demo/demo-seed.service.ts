import { AppConfig } from '@crowdcomms/config';
import { IdentitySeeder, ProfileVisibility, slugify } from '@crowdcomms/identity';
import { LinkKind, ProfilesService } from '@crowdcomms/profiles';
import { forOrganisation } from '@crowdcomms/request-context';
import { SkillsService } from '@crowdcomms/skills';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
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
      const ctx = forOrganisation(membership.organisationId, {
        roles: membership.roles,
        actingAs: { membershipId: membership.id, userId: membership.userId },
      });
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
    this.logger.log(`Loaded the demo organisation "${seeded.organisation.name}"`);
  }
}
