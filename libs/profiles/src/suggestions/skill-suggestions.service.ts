import { returnedRows, TransactionalConnection } from '@crowdcomms/data-access';
import { ConflictError, NotFoundError } from '@crowdcomms/errors';
import { RequestContext } from '@crowdcomms/request-context';
import { SkillsService } from '@crowdcomms/skills';
import { Injectable } from '@nestjs/common';
import { Profile } from '../entities/profile.entity';
import { ProfileSkillKind } from '../entities/profile-skill.entity';
import { SkillSuggestion, SuggestionSource, SuggestionStatus } from '../entities/skill-suggestion.entity';
import { ProfilesService } from '../profiles.service';
import { decideSuggestionSql, refreshSuggestionsSql } from './skill-suggestions.sql';

/**
 * Skills suggested from a member's own headline, bio and CV (names and aliases of the taxonomy
 * found in the text, each with its sentence), to help them complete their profile. Only the
 * member reads or decides their suggestions: every operation works on the caller's own profile,
 * so another member's suggestion id reads NOT_FOUND, like a missing one.
 */
@Injectable()
export class SkillSuggestionsService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly profiles: ProfilesService,
    private readonly skills: SkillsService,
  ) {}

  /**
   * The caller's pending suggestions, in the order their text names them: brought up to date with
   * the text first, leaving out skills already on the profile and everything once decided.
   */
  async mine(ctx: RequestContext): Promise<SkillSuggestion[]> {
    const profile = await this.profiles.mine(ctx);
    const found = await this.foundIn(ctx, profile);
    return this.db.transaction(ctx, async () => {
      await this.db.run(refreshSuggestionsSql(ctx.organisationId, profile.id, found));
      const held = new Set(
        (await this.profiles.skillsOfProfiles(ctx, [profile.id]))
          .filter((s) => s.kind === ProfileSkillKind.HAS)
          .map((s) => s.skillId),
      );
      const order = new Map(found.map((f, i) => [f.skillId, i]));
      const pending = await this.db
        .scoped(ctx, SkillSuggestion)
        .findBy({ profileId: profile.id, status: SuggestionStatus.PENDING });
      return pending
        .filter((s) => !held.has(s.skillId))
        .sort((a, b) => (order.get(a.skillId) ?? 0) - (order.get(b.skillId) ?? 0));
    });
  }

  /** Accepts a pending suggestion: its skill joins the profile at `level` (1–5). Once only. */
  async accept(ctx: RequestContext, suggestionId: string, level: number): Promise<Profile> {
    const profile = await this.profiles.mine(ctx);
    return this.db.transaction(ctx, async () => {
      const skillId = await this.decide(ctx, suggestionId, profile.id, SuggestionStatus.ACCEPTED);
      return this.profiles.setSkill(ctx, skillId, ProfileSkillKind.HAS, level, null);
    });
  }

  /** Dismisses a pending suggestion for good: its skill is not suggested again. */
  async dismiss(ctx: RequestContext, suggestionId: string): Promise<SkillSuggestion> {
    const profile = await this.profiles.mine(ctx);
    return this.db.transaction(ctx, async () => {
      await this.decide(ctx, suggestionId, profile.id, SuggestionStatus.DISMISSED);
      return (await this.db.scoped(ctx, SkillSuggestion).findOneBy({ id: suggestionId }))!;
    });
  }

  /** Marks the suggestion decided and answers its skill; NOT_FOUND unless it is the caller's, CONFLICT once decided. */
  private async decide(
    ctx: RequestContext,
    suggestionId: string,
    profileId: string,
    status: SuggestionStatus.ACCEPTED | SuggestionStatus.DISMISSED,
  ): Promise<string> {
    const [row] = returnedRows<{ skillId: string }>(
      await this.db.run(decideSuggestionSql(ctx.organisationId, suggestionId, profileId, status)),
    );
    if (row) return row.skillId;
    const existing = await this.db.scoped(ctx, SkillSuggestion).findOneBy({ id: suggestionId, profileId });
    if (!existing) throw new NotFoundError('Skill suggestion');
    throw new ConflictError(
      existing.status === SuggestionStatus.ACCEPTED
        ? 'You have already added this suggestion to your profile'
        : 'You have already dismissed this suggestion',
      { reason: 'SUGGESTION_ALREADY_DECIDED' },
    );
  }

  /** Skills the profile's own text names now, headline first, then bio, then CV; each skill once. */
  private async foundIn(
    ctx: RequestContext,
    profile: Profile,
  ): Promise<{ skillId: string; sentence: string; source: SuggestionSource }[]> {
    const sources: [SuggestionSource, string | null][] = [
      [SuggestionSource.HEADLINE, profile.headline],
      [SuggestionSource.BIO, profile.bio],
      [SuggestionSource.CV, profile.cvText],
    ];
    const mentions = await this.skills.mentionsIn(
      ctx,
      sources.map(([, text]) => text ?? ''),
    );
    const found = new Map<string, { skillId: string; sentence: string; source: SuggestionSource }>();
    mentions.forEach((list, i) => {
      for (const m of list) if (!found.has(m.skillId)) found.set(m.skillId, { ...m, source: sources[i][0] });
    });
    return [...found.values()];
  }
}
