import { SignUpsService, SignUpStatus } from '@crowdcomms/ambassadors';
import { MembershipStatus } from '@crowdcomms/identity';
import { ProfileSkillKind, ProfilesService } from '@crowdcomms/profiles';
import { forOrganisation, RequestContext, Role } from '@crowdcomms/request-context';
import { SkillsService } from '@crowdcomms/skills';
import { AssignmentStatus, CommsTask, CommsTaskKind, TasksService, AssignmentsService } from '@crowdcomms/tasks';
import { Injectable } from '@nestjs/common';
import type { LinkKind, MatchContext, TaskInput, TaskKind, VolunteerInput } from '../engine/types';

/** Offers and assignments younger than this count as recent asks (fairness). */
const RECENT_ASKS_DAYS = 30;

/** Statuses that keep a member attached to a task: never suggest it to them again. */
const ATTACHED = new Set<AssignmentStatus>([
  AssignmentStatus.INTERESTED,
  AssignmentStatus.WAITLISTED,
  AssignmentStatus.OFFERED,
  AssignmentStatus.ACCEPTED,
  AssignmentStatus.COMPLETED,
  AssignmentStatus.DECLINED,
]);

/** What the engine needs for one organisation (or a slice of it). */
export interface MatchingInputs {
  volunteers: VolunteerInput[];
  tasks: TaskInput[];
  context: MatchContext;
  /** Titles of the tasks loaded, for notifications. */
  taskTitles: Map<string, string>;
}

/**
 * Builds engine inputs through the other contexts' services: the volunteer
 * pool is the organisation's active members with an ACTIVE (or PAUSED)
 * ambassador sign-up; tasks are the OPEN ones.
 */
@Injectable()
export class MatchingLoader {
  constructor(
    private readonly profiles: ProfilesService,
    private readonly tasks: TasksService,
    private readonly assignments: AssignmentsService,
    private readonly signUps: SignUpsService,
    private readonly skills: SkillsService,
  ) {}

  /** Volunteers (all, or only `membershipIds`) and OPEN tasks (all, or only `taskIds`). */
  async load(
    organisationId: string,
    scope: { membershipIds?: readonly string[]; taskIds?: readonly string[] } = {},
  ): Promise<MatchingInputs> {
    // Matching reads every volunteer's profile and every task, as an admin of the organisation would.
    const ctx = forOrganisation(organisationId, { roles: [Role.ADMIN] });
    const [volunteers, taskRows] = await Promise.all([
      this.loadVolunteers(ctx, scope.membershipIds),
      this.tasks.openTasks(ctx, scope.taskIds),
    ]);
    const requirements = await this.tasks.requirementsOf(
      ctx,
      taskRows.map((t) => t.id),
    );
    const tasks = taskRows.map((t) =>
      toTaskInput(
        t,
        requirements.filter((r) => r.taskId === t.id),
      ),
    );
    const skillIds = new Set<string>();
    for (const v of volunteers) {
      for (const s of v.skills) skillIds.add(s.skillId);
      for (const s of v.wantsToDevelop) skillIds.add(s);
    }
    for (const t of tasks) for (const r of t.requiredSkills) skillIds.add(r.skillId);
    return {
      volunteers,
      tasks,
      context: await this.skillGraph(ctx, [...skillIds]),
      taskTitles: new Map(taskRows.map((t) => [t.id, t.title])),
    };
  }

  private async loadVolunteers(ctx: RequestContext, only?: readonly string[]): Promise<VolunteerInput[]> {
    const statuses = await this.signUps.ambassadorStatuses(ctx.organisationId);
    let ids = [...statuses.keys()];
    if (only) ids = ids.filter((id) => only.includes(id));
    if (!ids.length) return [];
    const members = await this.profiles.membershipsByIds(ctx, ids);
    const activeIds = members.filter((m) => m.status === MembershipStatus.ACTIVE).map((m) => m.id);
    const profiles = await this.profiles.profilesOfMembers(ctx, activeIds);
    const [skillRows, history] = await Promise.all([
      this.profiles.skillsOfProfiles(
        ctx,
        profiles.map((p) => p.id),
      ),
      this.assignments.matchingHistory(ctx.organisationId, activeIds),
    ]);
    const recentSince = Date.now() - RECENT_ASKS_DAYS * 86_400_000;
    return profiles.map((p): VolunteerInput => {
      const mine = skillRows.filter((s) => s.profileId === p.id);
      const past = history.filter((h) => h.membershipId === p.membershipId);
      const pastTaskKinds: Partial<Record<TaskKind, number>> = {};
      for (const h of past) {
        if (h.status === AssignmentStatus.COMPLETED) {
          pastTaskKinds[h.kind as TaskKind] = (pastTaskKinds[h.kind as TaskKind] ?? 0) + 1;
        }
      }
      const accepted = past.filter((h) => h.status === AssignmentStatus.ACCEPTED);
      const status = statuses.get(p.membershipId) === SignUpStatus.ACTIVE ? 'ACTIVE' : 'PAUSED';
      return {
        id: p.membershipId,
        skills: mine
          .filter((s) => s.kind === ProfileSkillKind.HAS)
          .map((s) => ({ skillId: s.skillId, level: s.level ?? 1 })),
        wantsToDevelop: mine.filter((s) => s.kind === ProfileSkillKind.WANTS).map((s) => s.skillId),
        interests: p.interests ?? [],
        targetingConsent: p.interestsTargetingConsent,
        availableHoursPerMonth: p.availableHoursPerMonth ?? 0,
        committedHoursPerMonth: accepted.reduce((sum, h) => sum + h.effortHours, 0),
        isActiveAmbassador: status === 'ACTIVE',
        status,
        // Tasks they are already on (or said no to) are never suggested again.
        declinedTaskIds: [...new Set(past.filter((h) => ATTACHED.has(h.status)).map((h) => h.taskId))],
        busy: [],
        pastTaskKinds,
        recentAsks: past.filter((h) => (h.offeredAt ?? h.createdAt).getTime() >= recentSince).length,
        activeAssignments: accepted.length,
        links: (p.links ?? []).map((l) => ({ kind: toEngineLink(l.kind) })),
      };
    });
  }

  private async skillGraph(ctx: RequestContext, ids: string[]): Promise<MatchContext> {
    if (!ids.length) return {};
    const skills = await this.skills.byIds(ctx, ids);
    const slugs = [...new Set(skills.flatMap((s) => s.relatedSlugs ?? []))];
    const related = slugs.length ? await this.skills.bySlugs(ctx, slugs) : [];
    const idOfSlug = new Map([...skills, ...related].map((s) => [s.slug, s.id]));
    const skillNames: Record<string, string> = {};
    const relatedSkills: Record<string, string[]> = {};
    for (const s of [...skills, ...related]) skillNames[s.id] = s.name;
    for (const s of skills) {
      relatedSkills[s.id] = (s.relatedSlugs ?? []).map((slug) => idOfSlug.get(slug)).filter((x): x is string => !!x);
    }
    return { skillNames, relatedSkills };
  }
}

/** The profile's link kinds, as the engine names them. */
function toEngineLink(kind: string): LinkKind {
  return kind === 'X_TWITTER' ? 'TWITTER' : (kind as LinkKind);
}

function toTaskInput(t: CommsTask, requirements: { skillId: string; minLevel: number; weight: number }[]): TaskInput {
  return {
    id: t.id,
    kind: t.kind,
    requiredSkills: requirements.map((r) => ({ skillId: r.skillId, minLevel: r.minLevel, weight: r.weight })),
    effortHours: Number(t.effortHours),
    freeSeats: Math.max(0, t.seats - t.seatsTaken),
    start: t.startsAt ?? undefined,
    due: t.dueAt ?? undefined,
    ambassadorsOnly: false,
    // A workshop's facilitators teach its skills; those who want to learn them are its attendees
    // (suggested through suggestWorkshops), never its facilitators.
    acceptsLearners: t.kind !== CommsTaskKind.WORKSHOP,
    interestTags: [],
  };
}
