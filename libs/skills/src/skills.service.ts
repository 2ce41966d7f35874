import { TransactionalConnection } from '@crowdcomms/data-access';
import { BadInputError, ConflictError, NotFoundError, isUniqueViolation } from '@crowdcomms/errors';
import { ConnectionShape, paginate } from '@crowdcomms/pagination';
import { RequestContext } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { Brackets, IsNull } from 'typeorm';
import { CreateSkillInput, MergeSkillsInput, SkillsArgs } from './dto/skills.types';
import { Skill } from './skill.entity';
import { skillKey } from './skill-key';
import { findSkillMentions, SkillMention, SkillTerm } from './skill-mentions';

/**
 * Called inside the merge transaction so that every context holding skill ids
 * (profiles, demand, later tasks) moves its rows from `sourceId` to `targetId`
 * atomically with the merge itself.
 */
export type SkillMergeHandler = (ctx: RequestContext, merge: { sourceId: string; targetId: string }) => Promise<void>;

export { skillKey } from './skill-key';

function slugify(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 70) || 'skill'
  );
}

/** Below this similarity a suggestion is noise ("seo" vs "video"). */
const LOOKUP_THRESHOLD = 0.3;

/**
 * The skills an organisation can use: the shipped taxonomy plus its own additions.
 * Every read is scoped to `organisation_id IS NULL OR organisation_id = ctx.organisationId`;
 * a skill of another organisation behaves as if it did not exist.
 */
@Injectable()
export class SkillsService {
  private readonly mergeHandlers: SkillMergeHandler[] = [];

  constructor(private readonly db: TransactionalConnection) {}

  /** Lets another context move its references when two skills are merged. */
  onMerge(handler: SkillMergeHandler): void {
    this.mergeHandlers.push(handler);
  }

  /** Live (not merged) skills visible to the organisation, by name. */
  list(ctx: RequestContext, args: SkillsArgs): Promise<ConnectionShape<Skill>> {
    const query = this.visible(ctx).andWhere('s.mergedIntoId IS NULL');
    if (args.category) query.andWhere('s.category = :category', { category: args.category });
    return paginate(query, args, {
      column: 's.name',
      valueOf: (s) => s.name,
      direction: 'ASC',
      idColumn: 's.id',
      idOf: (s) => s.id,
    });
  }

  /** A visible skill; a merged one answers with the skill it was merged into. NOT_FOUND otherwise. */
  async get(ctx: RequestContext, id: string): Promise<Skill> {
    const skill = await this.visible(ctx).andWhere('s.id = :id', { id }).getOne();
    if (!skill) throw new NotFoundError('Skill');
    return skill.mergedIntoId ? this.get(ctx, skill.mergedIntoId) : skill;
  }

  /**
   * Typo-tolerant look-up over names and aliases with pg_trgm: the best of
   * `similarity` (whole string) and `word_similarity` (the typed text inside a
   * longer name), the latter discounted so that "seo" prefers the skill called
   * SEO over "Technical SEO"; ties go alphabetically. Merged duplicates resolve to the skill that survived. The
   * candidate set is small (the shipped taxonomy plus one organisation's own
   * skills, a few hundred rows), so this scans it rather than keeping a trigram
   * index over a table whose keys could not lead with organisation_id.
   */
  async lookup(ctx: RequestContext, name: string, first = 10): Promise<Skill[]> {
    const term = name.trim().toLowerCase().slice(0, 120);
    if (!/[\p{L}\p{N}]/u.test(term)) return [];
    const rows: { id: string; score: number }[] = await this.db.query(
      `WITH scored AS (
         SELECT COALESCE(s.merged_into_id, s.id) AS id,
                (SELECT max(GREATEST(similarity(lower(t), $2), 0.8 * word_similarity($2, lower(t))))
                   FROM unnest(array_append(s.aliases, s.name::text)) AS t) AS score
           FROM skill s
          WHERE s.organisation_id IS NULL OR s.organisation_id = $1)
       SELECT id, max(score) AS score FROM scored
        WHERE score >= $3
        GROUP BY id
        ORDER BY max(score) DESC, id
        LIMIT $4`,
      [ctx.organisationId, term, LOOKUP_THRESHOLD, first],
    );
    if (!rows.length) return [];
    const skills = await this.byIds(
      ctx,
      rows.map((r) => r.id),
    );
    const byId = new Map(skills.map((s) => [s.id, s]));
    const score = new Map(rows.map((r) => [r.id, Number(r.score)]));
    return rows
      .map((r) => byId.get(r.id))
      .filter((s): s is Skill => !!s && !s.mergedIntoId)
      .sort((a, b) => score.get(b.id)! - score.get(a.id)! || a.name.localeCompare(b.name));
  }

  /** Adds an organisation skill; a name or alias another visible skill already uses is a CONFLICT. */
  async create(ctx: RequestContext, input: CreateSkillInput): Promise<Skill> {
    try {
      return await this.db.transaction(ctx, async () => {
        // Serialise additions per organisation so two people adding "Mastodon" at once cannot both win.
        await this.db.lock(`skills:${ctx.organisationId}`);
        const existing = await this.visible(ctx).getMany();
        const owners = new Map<string, Skill>();
        for (const skill of existing) {
          for (const term of [skill.name, ...skill.aliases]) owners.set(skillKey(term), skill);
        }
        const aliases = (input.aliases ?? []).filter((a) => skillKey(a) !== skillKey(input.name));
        for (const term of [input.name, ...aliases]) {
          const owner = owners.get(skillKey(term));
          if (owner) {
            const live = owner.mergedIntoId ? existing.find((s) => s.id === owner.mergedIntoId) : owner;
            throw new ConflictError(`"${term}" is already the skill "${live?.name ?? owner.name}"`, {
              skillId: live?.id ?? owner.id,
            });
          }
        }
        const related = await this.resolve(ctx, input.relatedSkillIds ?? []);
        const slugs = new Set(existing.map((s) => s.slug));
        const base = slugify(input.name);
        let slug = base;
        for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
        return this.db.manager.save(
          this.db.manager.create(Skill, {
            organisationId: ctx.organisationId,
            slug,
            name: input.name,
            category: input.category,
            aliases,
            relatedSlugs: [...new Set([...related.values()].map((s) => s.slug))],
            description: input.description ?? '',
          }),
        );
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('That skill already exists');
      throw error;
    }
  }

  /**
   * Merges an organisation's duplicate into another skill: every reference moves
   * to the target (through the registered handlers, in the same transaction),
   * the duplicate's names become look-up names of the target, and the duplicate
   * stops being listed. Shipped skills cannot be merged away: other
   * organisations use them.
   */
  async merge(ctx: RequestContext, input: MergeSkillsInput): Promise<Skill> {
    if (input.sourceSkillId === input.targetSkillId) throw new BadInputError('A skill cannot be merged into itself');
    return this.db.transaction(ctx, async () => {
      await this.db.lock(`skills:${ctx.organisationId}`);
      const source = await this.visible(ctx).andWhere('s.id = :id', { id: input.sourceSkillId }).getOne();
      if (!source) throw new NotFoundError('Skill');
      if (source.organisationId === null) {
        throw new BadInputError('Shipped skills cannot be merged away; merge your own skill into it instead');
      }
      if (source.mergedIntoId) throw new ConflictError('That skill has already been merged');
      const target = await this.get(ctx, input.targetSkillId);
      if (target.id === source.id) throw new BadInputError('A skill cannot be merged into itself');

      if (target.organisationId !== null) {
        const taken = new Set([target.name, ...target.aliases].map(skillKey));
        for (const term of [source.name, ...source.aliases]) {
          if (!taken.has(skillKey(term))) {
            target.aliases.push(term);
            taken.add(skillKey(term));
          }
        }
        target.relatedSlugs = [...new Set([...target.relatedSlugs, ...source.relatedSlugs])].filter(
          (slug) => slug !== target.slug && slug !== source.slug,
        );
        await this.db.manager.save(target);
      }
      // Earlier duplicates of the source now point straight at the target: one hop, never a chain.
      await this.db.manager.update(
        Skill,
        { organisationId: ctx.organisationId, mergedIntoId: source.id },
        { mergedIntoId: target.id },
      );
      await this.db.manager.update(
        Skill,
        { id: source.id, organisationId: ctx.organisationId },
        { mergedIntoId: target.id },
      );
      for (const handler of this.mergeHandlers) {
        await handler(ctx, { sourceId: source.id, targetId: target.id });
      }
      return target;
    });
  }

  /**
   * Resolves skill ids given by a caller to live skills (merged ids follow to
   * their target). Unknown ids — and ids of other organisations — are
   * BAD_USER_INPUT, alike.
   */
  async resolve(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, Skill>> {
    const result = new Map<string, Skill>();
    if (!ids.length) return result;
    const found = await this.visible(ctx)
      .andWhere('s.id IN (:...ids)', { ids: [...new Set(ids)] })
      .getMany();
    const unknown = ids.filter((id) => !found.some((s) => s.id === id));
    if (unknown.length) throw new BadInputError(`Unknown skill: ${unknown.join(', ')}`, { skillIds: unknown });
    const targetIds = found.filter((s) => s.mergedIntoId).map((s) => s.mergedIntoId!);
    const targets = targetIds.length
      ? await this.visible(ctx).andWhere('s.id IN (:...ids)', { ids: targetIds }).getMany()
      : [];
    for (const skill of found) {
      const live = skill.mergedIntoId ? targets.find((t) => t.id === skill.mergedIntoId) : skill;
      if (live) result.set(skill.id, live);
    }
    return result;
  }

  /**
   * Resolves skill names typed by a caller (a name or an alias, any case or punctuation) to live
   * skills; merged duplicates answer with the skill they became. An unknown name is BAD_USER_INPUT
   * naming it (`field` is `field`, `skillName` the name), and nothing is resolved.
   */
  async resolveNames(ctx: RequestContext, names: readonly string[], field = 'skillName'): Promise<Map<string, Skill>> {
    const result = new Map<string, Skill>();
    if (!names.length) return result;
    const { byKey } = await this.terms(ctx);
    for (const name of names) {
      const skill = byKey.get(skillKey(name));
      if (!skill) throw new BadInputError(`Unknown skill "${name}"`, { field, skillName: name });
      result.set(name, skill);
    }
    return result;
  }

  /**
   * For each of `texts`, the live skills whose name or alias appears in it, each with the sentence
   * that names it (see findSkillMentions). Merged duplicates' names count for the skill they became.
   */
  async mentionsIn(ctx: RequestContext, texts: readonly string[]): Promise<SkillMention[][]> {
    if (!texts.some((t) => t.trim())) return texts.map(() => []);
    const { terms } = await this.terms(ctx);
    return texts.map((text) => findSkillMentions(text, terms));
  }

  /** Every name and alias visible to the organisation, pointing at the live skill it names. */
  private async terms(ctx: RequestContext): Promise<{ byKey: Map<string, Skill>; terms: SkillTerm[] }> {
    const all = await this.visible(ctx).getMany();
    const live = new Map(all.filter((s) => !s.mergedIntoId).map((s) => [s.id, s]));
    const byKey = new Map<string, Skill>();
    const terms: SkillTerm[] = [];
    // Live skills first, so a name keeps naming its own skill before a merged duplicate's alias could.
    const ordered = [...all].sort((a, b) => Number(!!a.mergedIntoId) - Number(!!b.mergedIntoId));
    for (const skill of ordered) {
      const target = live.get(skill.mergedIntoId ?? skill.id);
      if (!target) continue;
      for (const term of [skill.name, ...skill.aliases]) {
        const key = skillKey(term);
        if (!key || byKey.has(key)) continue;
        byKey.set(key, target);
        terms.push({ skillId: target.id, term });
      }
    }
    return { byKey, terms };
  }

  /** Ids of shipped taxonomy skills by slug (demo data, fixtures); unknown slugs are absent. */
  async shippedIdsBySlug(slugs: readonly string[]): Promise<Map<string, string>> {
    if (!slugs.length) return new Map();
    const rows: { id: string; slug: string }[] = await this.db.query(
      'SELECT id, slug FROM skill WHERE organisation_id IS NULL AND slug = ANY($1)',
      [[...slugs]],
    );
    return new Map(rows.map((r) => [r.slug, r.id]));
  }

  /** Visible skills by id, for DataLoaders (merged ones included, so old references still name something). */
  byIds(ctx: RequestContext, ids: readonly string[]): Promise<Skill[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.visible(ctx)
      .andWhere('s.id IN (:...ids)', { ids: [...new Set(ids)] })
      .getMany();
  }

  /** Live visible skills by slug (for `related`). */
  bySlugs(ctx: RequestContext, slugs: readonly string[]): Promise<Skill[]> {
    if (!slugs.length) return Promise.resolve([]);
    return this.visible(ctx)
      .andWhere('s.slug IN (:...slugs)', { slugs: [...new Set(slugs)] })
      .andWhere('s.mergedIntoId IS NULL')
      .getMany();
  }

  /** The number of shipped skills (handy for health checks and tests). */
  countShipped(): Promise<number> {
    return this.db.getRepository(Skill).countBy({ organisationId: IsNull() });
  }

  /** The one scoping rule: shipped skills plus the caller's organisation's own. */
  private visible(ctx: RequestContext) {
    return this.db.manager
      .createQueryBuilder(Skill, 's')
      .where(
        new Brackets((qb) =>
          qb.where('s.organisationId IS NULL').orWhere('s.organisationId = :org', { org: ctx.organisationId }),
        ),
      );
  }
}
