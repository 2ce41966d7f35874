import { TransactionalConnection } from '@crowdcomms/data-access';
import { BadInputError, NotFoundError } from '@crowdcomms/errors';
import {
  Membership,
  MembershipStatus,
  MembersService,
  OrganisationSettings,
  OrganisationsService,
  ProfileVisibility,
} from '@crowdcomms/identity';
import { RequestContext } from '@crowdcomms/request-context';
import { matchVolunteerJob, OutboxService } from '@crowdcomms/queue';
import { Skill, SkillsService } from '@crowdcomms/skills';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import {
  AddMySkillInput,
  RemoveMySkillInput,
  ProfileSkillLevelInput,
  SkillRefInput,
  UpdateProfileInput,
  UpdateProfilePrivacyInput,
} from './dto/profile.types';
import { ProfileAuditAction } from './entities/profile-audit-event.entity';
import { Profile } from './entities/profile.entity';
import { ProfileSkill, ProfileSkillKind } from './entities/profile-skill.entity';
import { SkillDemand } from './entities/skill-demand.entity';
import { ProfileAuditService } from './profile-audit.service';
import { REFRESH_SEARCH_FIELDS_SQL } from './search/search-fields.sql';
import { visibleTo } from './visibility';

/** As many as updateMyProfile accepts in one list. */
const MAX_SKILLS: Record<ProfileSkillKind, number> = { [ProfileSkillKind.HAS]: 50, [ProfileSkillKind.WANTS]: 20 };

/**
 * Skills profiles: one per membership, created on first read or write with the
 * organisation's default visibility. A member always sees and edits their whole
 * profile; others see it only when its visibility allows (see visibility.ts),
 * and every such view is audited. Other organisations' ids are NOT_FOUND.
 */
@Injectable()
export class ProfilesService implements OnModuleInit {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly members: MembersService,
    private readonly organisations: OrganisationsService,
    private readonly skills: SkillsService,
    private readonly audit: ProfileAuditService,
    private readonly outbox: OutboxService,
  ) {}

  onModuleInit(): void {
    this.skills.onMerge((ctx, merge) => this.moveSkillReferences(ctx, merge));
  }

  /** The caller's own profile, whatever its visibility. */
  mine(ctx: RequestContext): Promise<Profile> {
    return this.ensure(ctx, ctx.membershipId);
  }

  /**
   * Someone's profile as the caller may see it: their own always; another
   * active member's when the visibility allows, recorded as a VIEW. Hidden,
   * deactivated, missing and foreign all read NOT_FOUND.
   */
  async view(ctx: RequestContext, memberId: string): Promise<Profile> {
    if (memberId === ctx.membershipId) return this.mine(ctx);
    let member: Membership;
    try {
      member = await this.members.get(ctx, memberId);
    } catch (error) {
      if (error instanceof NotFoundError) throw new NotFoundError('Profile');
      throw error;
    }
    if (member.status !== MembershipStatus.ACTIVE) throw new NotFoundError('Profile');
    const profile = await this.ensure(ctx, memberId, member);
    if (!visibleTo(ctx).includes(profile.visibility)) throw new NotFoundError('Profile');
    await this.audit.record(ctx, ProfileAuditAction.VIEW, memberId, null);
    return profile;
  }

  /** Edits the caller's profile; lists given replace the stored list. */
  async update(ctx: RequestContext, input: UpdateProfileInput): Promise<Profile> {
    // Resolve skills before the transaction: unknown ids or names fail fast with BAD_USER_INPUT and nothing is written.
    for (const s of input.skills ?? []) this.oneRef(s, 'skills');
    const resolved = await this.skills.resolve(ctx, [
      ...(input.skills ?? []).flatMap((s) => (s.skillId ? [s.skillId] : [])),
      ...(input.wantsToDevelop ?? []),
    ]);
    const named = await this.skills.resolveNames(
      ctx,
      (input.skills ?? []).flatMap((s) => (s.skillId ? [] : [s.skillName!])),
      'skills',
    );
    const wantedByName = await this.skills.resolveNames(ctx, input.wantsToDevelopNames ?? [], 'wantsToDevelopNames');
    const idOf = (s: ProfileSkillLevelInput): string =>
      (s.skillId ? resolved.get(s.skillId)! : named.get(s.skillName!)!).id;
    return this.db.transaction(ctx, async () => {
      const profile = await this.lockOwn(ctx);
      for (const key of ['headline', 'bio', 'cvText', 'photoUrl'] as const) {
        if (input[key] !== undefined) profile[key] = input[key]?.trim() ? input[key] : null;
      }
      if (input.availableHoursPerMonth !== undefined) profile.availableHoursPerMonth = input.availableHoursPerMonth;
      if (input.links) profile.links = input.links.map((l) => ({ kind: l.kind, url: l.url }));
      if (input.interests) profile.interests = input.interests;
      await this.db.manager.save(profile);

      if (input.skills) {
        // Two ids may name one skill after a merge: keep the higher level.
        const bySkill = new Map<string, { level: number; years: number | null }>();
        for (const s of input.skills) {
          const id = idOf(s);
          const prev = bySkill.get(id);
          if (!prev || prev.level < s.level) bySkill.set(id, { level: s.level, years: s.years ?? null });
        }
        await this.replaceSkills(ctx, profile, ProfileSkillKind.HAS, bySkill);
      }
      if (input.wantsToDevelop || input.wantsToDevelopNames) {
        const ids = [
          ...(input.wantsToDevelop ?? []).map((id) => resolved.get(id)!.id),
          ...(input.wantsToDevelopNames ?? []).map((name) => wantedByName.get(name)!.id),
        ];
        const wanted = new Map(ids.map((id) => [id, { level: null, years: null }] as const));
        await this.replaceSkills(ctx, profile, ProfileSkillKind.WANTS, wanted);
      }
      await this.refreshSearchFields(ctx, [profile.id]);
      await this.outbox.enqueue(matchVolunteerJob(ctx.organisationId, ctx.membershipId));
      return this.db.manager.findOneByOrFail(Profile, { id: profile.id, organisationId: ctx.organisationId });
    });
  }

  /**
   * Adds one skill to the caller's profile, or changes its level and years when it is there
   * already, leaving the others as they are: HAS with a level, or (wantsToDevelop) WANTS without.
   */
  async addSkill(ctx: RequestContext, input: AddMySkillInput): Promise<Profile> {
    const kind = input.wantsToDevelop ? ProfileSkillKind.WANTS : ProfileSkillKind.HAS;
    if (kind === ProfileSkillKind.HAS && (input.level === undefined || input.level === null)) {
      throw new BadInputError('level is required for a skill you have (1–5)', { field: 'level' });
    }
    if (kind === ProfileSkillKind.WANTS && input.level != null) {
      throw new BadInputError('A skill you want to develop has no level', { field: 'level' });
    }
    const skill = await this.resolveRef(ctx, input);
    return this.setSkill(ctx, skill.id, kind, input.level ?? null, input.years ?? null);
  }

  /** Takes one skill off the caller's profile; one that is not there leaves the profile as it is. */
  async removeSkill(ctx: RequestContext, input: RemoveMySkillInput): Promise<Profile> {
    const kind = input.wantsToDevelop ? ProfileSkillKind.WANTS : ProfileSkillKind.HAS;
    const skill = await this.resolveRef(ctx, input);
    return this.db.transaction(ctx, async () => {
      const profile = await this.lockOwn(ctx);
      const removed = await this.db
        .scoped(ctx, ProfileSkill)
        .delete({ profileId: profile.id, kind, skillId: skill.id });
      if (removed) await this.skillsChanged(ctx, profile);
      return profile;
    });
  }

  /**
   * Sets one skill of the caller's profile (a live skill id, resolved by the caller) in the
   * caller's transaction if any: for adding a skill and for accepting a suggestion.
   */
  async setSkill(
    ctx: RequestContext,
    skillId: string,
    kind: ProfileSkillKind,
    level: number | null,
    years: number | null,
  ): Promise<Profile> {
    return this.db.transaction(ctx, async () => {
      const profile = await this.lockOwn(ctx);
      const rows = this.db.scoped(ctx, ProfileSkill);
      const existing = await rows.findOneBy({ profileId: profile.id, kind, skillId });
      if (existing) {
        await rows.update({ id: existing.id }, { level, years });
      } else {
        if ((await rows.countBy({ profileId: profile.id, kind })) >= MAX_SKILLS[kind]) {
          throw new BadInputError(`You can list up to ${MAX_SKILLS[kind]} of these skills`, { field: 'skillName' });
        }
        await rows.insert({ profileId: profile.id, skillId, kind, level, years });
      }
      await this.skillsChanged(ctx, profile);
      return profile;
    });
  }

  /** The skill a reference names: by id or by name, exactly one of them. */
  private async resolveRef(ctx: RequestContext, ref: SkillRefInput): Promise<Skill> {
    this.oneRef(ref, 'skillName');
    if (ref.skillId) return (await this.skills.resolve(ctx, [ref.skillId])).get(ref.skillId)!;
    return (await this.skills.resolveNames(ctx, [ref.skillName!])).get(ref.skillName!)!;
  }

  private oneRef(ref: SkillRefInput, field: string): void {
    if (ref.skillId && ref.skillName) {
      throw new BadInputError('Name a skill by its id or by its name, not both', { field });
    }
    if (!ref.skillId && !ref.skillName) throw new BadInputError('Name a skill by its id or its name', { field });
  }

  /** Search fields and matches follow a change of skills, in the same transaction. */
  private async skillsChanged(ctx: RequestContext, profile: Profile): Promise<void> {
    await this.refreshSearchFields(ctx, [profile.id]);
    await this.outbox.enqueue(matchVolunteerJob(ctx.organisationId, ctx.membershipId));
  }

  /** Whether the caller gets the monthly reminder to complete their profile (a notification setting). */
  async completionReminders(ctx: RequestContext): Promise<boolean> {
    return (await this.mine(ctx)).completionReminders;
  }

  async setCompletionReminders(ctx: RequestContext, on: boolean): Promise<boolean> {
    const profile = await this.mine(ctx);
    await this.db.scoped(ctx, Profile).update({ id: profile.id }, { completionReminders: on });
    return on;
  }

  /** Visibility and targeting consent: the member's own decisions. */
  async updatePrivacy(ctx: RequestContext, input: UpdateProfilePrivacyInput): Promise<Profile> {
    return this.db.transaction(ctx, async () => {
      const profile = await this.lockOwn(ctx);
      if (input.visibility) profile.visibility = input.visibility;
      if (input.interestsTargetingConsent != null) profile.interestsTargetingConsent = input.interestsTargetingConsent;
      // Consent decides whether interests may count in matching.
      await this.outbox.enqueue(matchVolunteerJob(ctx.organisationId, ctx.membershipId));
      const saved = await this.db.manager.save(profile);
      // Visibility is in the search tokens (who may find me): refresh them in the same transaction.
      await this.refreshSearchFields(ctx, [profile.id]);
      return saved;
    });
  }

  /** Sets the organisation's default for new profiles (PRIVATE or HR_ONLY). */
  async setDefaultVisibility(
    ctx: RequestContext,
    visibility: OrganisationSettings['defaultProfileVisibility'],
  ): Promise<ProfileVisibility> {
    const settings = await this.organisations.setDefaultProfileVisibility(ctx.organisationId, visibility);
    return settings.defaultProfileVisibility;
  }

  /**
   * Members who share an interest (case-insensitive) AND consented to being
   * targeted by their interests — for calls and campaigns. Without consent an
   * interest is never used for targeting, whatever the profile's visibility.
   */
  async membersToTargetByInterest(ctx: RequestContext, interest: string): Promise<string[]> {
    const rows: { membership_id: string }[] = await this.db.query(
      `SELECT p.membership_id
         FROM profile p
         JOIN membership m ON m.organisation_id = p.organisation_id AND m.id = p.membership_id
        WHERE p.organisation_id = $1 AND p.interests_targeting_consent AND m.status = 'ACTIVE'
          AND EXISTS (SELECT 1 FROM unnest(p.interests) i WHERE lower(i) = lower($2))
        ORDER BY p.membership_id`,
      [ctx.organisationId, interest.trim()],
    );
    return rows.map((r) => r.membership_id);
  }

  /** Skill rows of profiles of the caller's organisation, strongest first, for DataLoaders. */
  skillsOfProfiles(ctx: RequestContext, profileIds: readonly string[]): Promise<ProfileSkill[]> {
    if (!profileIds.length) return Promise.resolve([]);
    return this.db.getRepository(ProfileSkill).find({
      where: { organisationId: ctx.organisationId, profileId: In([...profileIds]) },
      order: { level: 'DESC', createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Placement (department, grade, location) lives on the membership: read through identity. */
  membershipsByIds(ctx: RequestContext, ids: readonly string[]): Promise<Membership[]> {
    return this.members.findByIds(ctx, ids);
  }

  /**
   * Profiles of members of the caller's organisation, by membership id, whatever
   * their visibility — only for a context the member shared their profile with by
   * taking part (the ambassador programme's pool shows comms a summary). Never
   * hand these out as `Profile`s. Members without a profile yet are absent.
   */
  profilesOfMembers(ctx: RequestContext, membershipIds: readonly string[]): Promise<Profile[]> {
    if (!membershipIds.length) return Promise.resolve([]);
    return this.db
      .getRepository(Profile)
      .findBy({ organisationId: ctx.organisationId, membershipId: In([...membershipIds]) });
  }

  /**
   * Each member's profile visibility, in the order asked; a member without a
   * profile yet has the one their profile will start with (the organisation's default).
   */
  async visibilityOfMembers(ctx: RequestContext, membershipIds: readonly string[]): Promise<ProfileVisibility[]> {
    const profiles = await this.profilesOfMembers(ctx, membershipIds);
    const byMember = new Map(profiles.map((p) => [p.membershipId, p.visibility]));
    const missing = membershipIds.some((id) => !byMember.has(id));
    const fallback = missing ? await this.defaultVisibility(ctx) : ProfileVisibility.HR_ONLY;
    return membershipIds.map((id) => byMember.get(id) ?? fallback);
  }

  /**
   * Membership ids to tell about an opportunity needing `skillIds`: members who
   * declared one of those skills (have it or want to develop it), and — only with
   * their consent to interest targeting — members with an interest equal
   * (case-insensitively) to one of `interests`. Status is not checked here.
   */
  async membersToTarget(
    ctx: RequestContext,
    skillIds: readonly string[],
    interests: readonly string[],
  ): Promise<string[]> {
    if (!skillIds.length && !interests.length) return [];
    const rows: { membership_id: string }[] = await this.db.query(
      `SELECT p.membership_id FROM profile p
        WHERE p.organisation_id = $1
          AND (EXISTS (SELECT 1 FROM profile_skill s
                        WHERE s.organisation_id = $1 AND s.profile_id = p.id AND s.skill_id = ANY($2::uuid[]))
               OR (p.interests_targeting_consent
                   AND EXISTS (SELECT 1 FROM unnest(p.interests) i WHERE lower(i) = ANY($3::text[]))))`,
      [ctx.organisationId, [...skillIds], interests.map((i) => i.toLowerCase())],
    );
    return rows.map((r) => r.membership_id);
  }

  /**
   * Finds or creates the profile of a membership of the caller's organisation.
   * The default visibility comes from the organisation and is never ORGANISATION.
   */
  private async ensure(ctx: RequestContext, membershipId: string, member?: Membership): Promise<Profile> {
    const existing = await this.db.manager.findOneBy(Profile, { organisationId: ctx.organisationId, membershipId });
    if (existing) return existing;
    const membership = member ?? (await this.members.get(ctx, membershipId));
    const [user] = await this.members.usersByIds([membership.userId]);
    const visibility = await this.defaultVisibility(ctx);
    // Two first requests at once both try to create it; the unique key keeps one.
    await this.db.manager
      .createQueryBuilder()
      .insert()
      .into(Profile)
      .values({
        organisationId: ctx.organisationId,
        membershipId,
        displayName: user?.displayName ?? '',
        visibility,
      })
      .orIgnore()
      .execute();
    const created = await this.db.manager.findOneByOrFail(Profile, {
      organisationId: ctx.organisationId,
      membershipId,
    });
    await this.refreshSearchFields(ctx, [created.id]);
    return created;
  }

  /** What a new profile starts with: the organisation's default, never ORGANISATION. */
  private async defaultVisibility(ctx: RequestContext): Promise<ProfileVisibility> {
    const organisation = await this.organisations.findById(ctx.organisationId);
    return organisation?.settings?.defaultProfileVisibility === ProfileVisibility.PRIVATE
      ? ProfileVisibility.PRIVATE
      : ProfileVisibility.HR_ONLY;
  }

  private async lockOwn(ctx: RequestContext): Promise<Profile> {
    const profile = await this.ensure(ctx, ctx.membershipId, undefined);
    await this.db.manager
      .createQueryBuilder(Profile, 'p')
      .setLock('pessimistic_write')
      .where('p.id = :id AND p.organisationId = :org', { id: profile.id, org: ctx.organisationId })
      .getOne();
    return this.db.manager.findOneByOrFail(Profile, { id: profile.id, organisationId: ctx.organisationId });
  }

  private async replaceSkills(
    ctx: RequestContext,
    profile: Profile,
    kind: ProfileSkillKind,
    skills: Map<string, { level: number | null; years: number | null }>,
  ): Promise<void> {
    await this.db.manager.delete(ProfileSkill, { organisationId: ctx.organisationId, profileId: profile.id, kind });
    if (!skills.size) return;
    await this.db.manager.insert(
      ProfileSkill,
      [...skills].map(([skillId, s]) => ({
        organisationId: ctx.organisationId,
        profileId: profile.id,
        skillId,
        kind,
        level: s.level,
        years: s.years,
      })),
    );
  }

  /** Recomputes the derived search fields (see search-fields.sql.ts) in the caller's transaction. */
  private async refreshSearchFields(ctx: RequestContext, profileIds: string[]): Promise<void> {
    await this.db.manager.query(REFRESH_SEARCH_FIELDS_SQL, [ctx.organisationId, profileIds]);
  }

  /**
   * A skill merge moves profile skills and demand from the duplicate to the
   * surviving skill, inside the merge transaction. Where a profile already had
   * both, the stronger entry wins.
   */
  private async moveSkillReferences(
    ctx: RequestContext,
    { sourceId, targetId }: { sourceId: string; targetId: string },
  ): Promise<void> {
    const org = ctx.organisationId;
    await this.db.manager.query(
      `UPDATE profile_skill t
          SET level = GREATEST(t.level, s.level), years = GREATEST(t.years, s.years)
         FROM profile_skill s
        WHERE s.organisation_id = $1 AND t.organisation_id = $1 AND s.skill_id = $2 AND t.skill_id = $3
          AND s.profile_id = t.profile_id AND s.kind = t.kind`,
      [org, sourceId, targetId],
    );
    await this.db.manager.query(
      `DELETE FROM profile_skill s
        USING profile_skill t
        WHERE s.organisation_id = $1 AND t.organisation_id = $1 AND s.skill_id = $2 AND t.skill_id = $3
          AND s.profile_id = t.profile_id AND s.kind = t.kind`,
      [org, sourceId, targetId],
    );
    await this.db.manager.query(`UPDATE profile_skill SET skill_id = $3 WHERE organisation_id = $1 AND skill_id = $2`, [
      org,
      sourceId,
      targetId,
    ]);
    // Demand from one source naming both skills collapses into the larger of the two.
    await this.db.manager.query(
      `UPDATE skill_demand t
          SET people = GREATEST(t.people, s.people), hours = GREATEST(t.hours, s.hours),
              min_level = GREATEST(t.min_level, s.min_level)
         FROM skill_demand s
        WHERE s.organisation_id = $1 AND t.organisation_id = $1 AND s.skill_id = $2 AND t.skill_id = $3
          AND s.source_id IS NOT NULL AND s.source_kind = t.source_kind AND s.source_id = t.source_id`,
      [org, sourceId, targetId],
    );
    await this.db.manager.query(
      `DELETE FROM skill_demand s
        USING skill_demand t
        WHERE s.organisation_id = $1 AND t.organisation_id = $1 AND s.skill_id = $2 AND t.skill_id = $3
          AND s.source_id IS NOT NULL AND s.source_kind = t.source_kind AND s.source_id = t.source_id`,
      [org, sourceId, targetId],
    );
    await this.db.manager.update(SkillDemand, { organisationId: org, skillId: sourceId }, { skillId: targetId });
    const affected: { profile_id: string }[] = await this.db.manager.query(
      `SELECT DISTINCT profile_id FROM profile_skill WHERE organisation_id = $1 AND skill_id = $2`,
      [org, targetId],
    );
    if (affected.length) {
      await this.refreshSearchFields(
        ctx,
        affected.map((r) => r.profile_id),
      );
    }
  }
}
