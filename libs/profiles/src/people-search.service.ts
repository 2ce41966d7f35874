import { AppConfig } from '@crowdcomms/config';
import { TransactionalConnection } from '@crowdcomms/data-access';
import { BadInputError } from '@crowdcomms/errors';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor } from '@crowdcomms/pagination';
import { hasRole, RequestContext, Role } from '@crowdcomms/request-context';
import { Skill, SkillsService } from '@crowdcomms/skills';
import { Injectable } from '@nestjs/common';
import { PeopleFacets, PeopleSearchArgs, PeopleSearchResult, PersonResult } from './dto/search.types';
import { ProfileAuditService } from './profile-audit.service';
import {
  COUNT_CAP,
  facetCounts,
  facetsStatement,
  FacetStatementRow,
  orderFor,
  PeopleSearchAfter,
  PeopleSearchCriteria,
  RankedRow,
  sanitiseSearchText,
  searchStatements,
} from './search/people-search.query';
import { skillToken } from './search/search-fields.sql';
import { visibleTo } from './visibility';

const EMPTY: PeopleSearchResult = {
  edges: [],
  totalCount: 0,
  totalCountIsExact: true,
  pageInfo: { hasNextPage: false, endCursor: null },
  criteria: null,
};

/**
 * People search for HR, comms and colleagues: ranked full text, skill/level,
 * placement and availability filters, typo-tolerant names, facets — over the
 * profiles the caller may see (visibility.ts) and nothing else, not even in
 * counts. Every search is audited. The SQL lives in search/people-search.query.ts.
 */
@Injectable()
export class PeopleSearchService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly skills: SkillsService,
    private readonly audit: ProfileAuditService,
    private readonly config: AppConfig,
  ) {}

  async search(ctx: RequestContext, args: PeopleSearchArgs): Promise<PeopleSearchResult> {
    const filter = args.filter ?? {};
    const searched = {
      query: args.query ?? null,
      name: args.name ?? null,
      filter: JSON.parse(JSON.stringify(filter)) as object,
      page: args.after ? 'next' : 'first',
    };

    const wanted = filter.wantsToDevelop ? [filter.wantsToDevelop] : [];
    const resolved = await this.skills.resolve(ctx, [...(filter.skills ?? []).map((s) => s.skillId), ...wanted]);
    const tokens = new Set<number>();
    for (const s of filter.skills ?? []) tokens.add(skillToken(resolved.get(s.skillId)!.num, s.minLevel ?? 1));
    for (const id of wanted) tokens.add(skillToken(resolved.get(id)!.num, 0));

    const text = sanitiseSearchText(args.query);
    const name = sanitiseSearchText(args.name);
    // Text that is only punctuation or symbols cannot match anyone: an empty result, not an error.
    if ((args.query?.trim() && !text) || (args.name?.trim() && !name)) {
      await this.audit.recordSearch(ctx, searched, []);
      return EMPTY;
    }

    const criteria: PeopleSearchCriteria = {
      organisationId: ctx.organisationId,
      visibilities: visibleTo(ctx),
      text,
      name,
      requiredTokens: [...tokens].sort((a, b) => a - b),
      department: filter.department?.trim() || null,
      grade: filter.grade?.trim() || null,
      location: filter.location?.trim() || null,
      minAvailableHours: filter.minAvailableHours ?? null,
    };
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const order = orderFor(criteria);
    const after = args.after ? this.decodeAfter(args.after, order) : undefined;
    const { page, count } = searchStatements(criteria, first, after);
    // A ranked page carries its own (capped) count; the other orders count in parallel on a second connection.
    const [found, counted] = await Promise.all([
      this.db.runOnReplica<RankedRow[]>(page),
      count ? this.db.runOnReplica<{ count: number }[]>(count) : null,
    ]);
    const total = counted ? counted[0].count : (found[0]?.total ?? 0);
    // An empty ranked page is one row carrying the count and no profile.
    const rows = found.filter((r) => r.profileId != null);
    const edges = rows.slice(0, first).map(({ sortValue, total: _total, ...row }) => ({
      node: Object.assign(new PersonResult(), row),
      cursor: encodeCursor([order, order === 'NAME' ? String(sortValue) : Number(sortValue), row.profileId]),
    }));
    // Every search is recorded; people found by those who act on them (HR, comms, admins) can see it
    // in "who looked at my profile".
    const shown = hasRole(ctx, Role.HR, Role.COMMS, Role.ADMIN) ? edges.map((e) => e.node.memberId) : [];
    await this.audit.recordSearch(ctx, searched, shown);
    return {
      edges,
      totalCount: Math.min(total, COUNT_CAP),
      totalCountIsExact: total <= COUNT_CAP,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      criteria,
    };
  }

  /**
   * Counts per skill, department and grade over the whole filtered result: exact up to
   * PEOPLE_SEARCH_FACETS_EXACT_UP_TO matches, estimated (and said to be) past it — see facetsStatement.
   */
  async facets(ctx: RequestContext, criteria: PeopleSearchCriteria | null): Promise<PeopleFacets> {
    const exactUpTo = this.config.get('PEOPLE_SEARCH_FACETS_EXACT_UP_TO');
    if (!criteria) return { estimated: false, exactUpTo, matchCount: 0, skills: [], departments: [], grades: [] };
    const { estimated, matchCount, rows } = facetCounts(
      await this.db.runOnReplica<FacetStatementRow[]>(facetsStatement(criteria, exactUpTo)),
      exactUpTo,
    );
    const byCount = (a: { count: number; key: string }, b: { count: number; key: string }) =>
      b.count - a.count || a.key.localeCompare(b.key);
    const values = (facet: FacetStatementRow['facet']) =>
      rows
        .filter((r) => r.facet === facet)
        .map((r) => ({ value: r.value!, count: r.count, key: r.value! }))
        .sort(byCount)
        .map(({ value, count }) => ({ value, count }));
    const skillRows = rows.filter((r) => r.facet === 'SKILL');
    const skills = new Map<string, Skill>(
      (
        await this.skills.byIds(
          ctx,
          skillRows.map((r) => r.value!),
        )
      ).map((s) => [s.id, s]),
    );
    return {
      estimated,
      exactUpTo,
      matchCount,
      departments: values('DEPARTMENT'),
      grades: values('GRADE'),
      skills: skillRows
        .filter((r) => skills.has(r.value!))
        .map((r) => ({ skill: skills.get(r.value!)!, count: r.count, key: skills.get(r.value!)!.name }))
        .sort(byCount)
        .map(({ skill, count }) => ({ skill, count })),
    };
  }

  /** A cursor carries the order it was made for; one from another search is refused. */
  private decodeAfter(cursor: string, order: string): PeopleSearchAfter {
    const [cursorOrder, value, id] = decodeCursor(cursor, 3);
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    const valid =
      cursorOrder === order &&
      typeof id === 'string' &&
      uuid.test(id) &&
      (order === 'NAME' ? typeof value === 'string' : typeof value === 'number' && Number.isFinite(value));
    if (!valid) {
      throw new BadInputError('The cursor belongs to a different search; start again from the first page', {
        argument: 'after',
      });
    }
    return { value, id: id };
  }
}
