import { ProfileSkillKind, ProfilesService } from '@crowdcomms/profiles';
import { RequestContext } from '@crowdcomms/request-context';
import { SkillsService } from '@crowdcomms/skills';
import { AssignmentsService, AssignmentStatus, CommsTask, TasksService, WorkshopsService } from '@crowdcomms/tasks';
import { Injectable } from '@nestjs/common';
import { suggestWorkshops, type WorkshopSuggestion } from '../engine/workshops';

/** Assignments that make a member one of a workshop's facilitators (or on the way to): not an attendee too. */
const FACILITATING = new Set<AssignmentStatus>([
  AssignmentStatus.INTERESTED,
  AssignmentStatus.WAITLISTED,
  AssignmentStatus.OFFERED,
  AssignmentStatus.ACCEPTED,
  AssignmentStatus.COMPLETED,
]);

/**
 * Workshops to attend, for the member asking: those teaching skills they want
 * to develop, computed on request from their profile (it is one member against
 * a handful of workshops, so nothing is stored).
 */
@Injectable()
export class WorkshopSuggestionsService {
  constructor(
    private readonly profiles: ProfilesService,
    private readonly tasks: TasksService,
    private readonly workshops: WorkshopsService,
    private readonly assignments: AssignmentsService,
    private readonly skills: SkillsService,
  ) {}

  async forMe(ctx: RequestContext, first: number): Promise<(WorkshopSuggestion & { task: CommsTask })[]> {
    const [profile] = await this.profiles.profilesOfMembers(ctx, [ctx.membershipId]);
    if (!profile) return [];
    const mine = await this.profiles.skillsOfProfiles(ctx, [profile.id]);
    const wantsToDevelop = mine.filter((s) => s.kind === ProfileSkillKind.WANTS).map((s) => s.skillId);
    if (!wantsToDevelop.length) return [];
    const open = await this.workshops.openForRegistration(ctx);
    if (!open.length) return [];
    const ids = open.map((t) => t.id);
    const [requirements, registrations, history] = await Promise.all([
      this.tasks.requirementsOf(ctx, ids),
      this.workshops.mineFor(ctx, ids),
      this.assignments.matchingHistory(ctx.organisationId, [ctx.membershipId]),
    ]);
    const skillIds = [...new Set(requirements.map((r) => r.skillId))];
    const names = Object.fromEntries((await this.skills.byIds(ctx, skillIds)).map((s) => [s.id, s.name]));
    const suggestions = suggestWorkshops(
      {
        id: ctx.membershipId,
        skills: mine
          .filter((s) => s.kind === ProfileSkillKind.HAS)
          .map((s) => ({ skillId: s.skillId, level: s.level ?? 1 })),
        wantsToDevelop,
        attachedWorkshopIds: [
          ...registrations.map((r) => r.taskId),
          ...history.filter((h) => FACILITATING.has(h.status)).map((h) => h.taskId),
        ],
      },
      open.map((t) => ({
        id: t.id,
        teaches: requirements
          .filter((r) => r.taskId === t.id)
          .map((r) => ({ skillId: r.skillId, minLevel: r.minLevel, weight: r.weight })),
        start: t.startsAt ?? undefined,
        placesLeft: t.attendeePlacesLeft ?? 0,
      })),
      { skillNames: names },
      new Date(),
      first,
    );
    const byId = new Map(open.map((t) => [t.id, t]));
    return suggestions.map((s) => ({ ...s, task: byId.get(s.workshopId)! }));
  }
}
