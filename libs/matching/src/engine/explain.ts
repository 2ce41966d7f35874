import {
  RELEVANT_LINKS,
  findBusyClash,
  type PreparedContext,
  type PreparedTask,
  type PreparedVolunteer,
} from './prepare';
import type { ExclusionReason, LinkKind, ScoreParts, SkillMatchDetail, TaskKind } from './types';

/** Separator between the phrases of an explanation. */
export const EXPLANATION_SEPARATOR = ' · ';

const LINK_PHRASES: Readonly<Record<LinkKind, string>> = {
  BLOG: 'has a blog',
  TWITTER: 'on Twitter',
  LINKEDIN: 'on LinkedIn',
  WEBSITE: 'has a website',
  OTHER: 'has a web presence',
};

const KIND_LABELS: Readonly<Record<TaskKind, string>> = {
  SOCIAL_ACCOUNT: 'social-account',
  CONTENT_TIDY_UP: 'content tidy-up',
  WORKSHOP: 'workshop',
  CONTENT_CREATION: 'content-creation',
  OTHER: 'other',
};

/** Hours as people write them: "6", "1.5". */
export function formatHours(h: number): string {
  return Number.isInteger(h) ? String(h) : (Math.round(h * 10) / 10).toFixed(1).replace(/\.0$/, '');
}

export function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function skillPhrase(d: SkillMatchDetail): string {
  const head = `${d.name}: `;
  const related = d.related ? `, related ${d.related.name} level ${d.related.level}` : '';
  if (d.level !== null) return `${head}level ${d.level}, needs ${d.minLevel}${related}`;
  if (d.related) return `${head}needs ${d.minLevel}${related}`;
  return `${head}needs ${d.minLevel}, not on profile`;
}

export interface ExplainInput {
  volunteer: PreparedVolunteer;
  task: PreparedTask;
  ctx: PreparedContext;
  parts: ScoreParts;
  skills: readonly SkillMatchDetail[];
}

/**
 * One short sentence explaining a score, phrases joined by " · ": every
 * required skill with the volunteer's level against the minimum (shortfalls
 * included), relevant profile links, shared interests (only with consent),
 * free hours against effort, experience with the same kind of task, skills
 * they want to develop (when the task accepts learners) and, honestly, any
 * fairness penalty.
 *
 * @example "Twitter: level 4, needs 3 · has a blog · 6 h/month free, task needs 4 h · wants to develop SEO"
 */
export function explainMatch(input: ExplainInput): string {
  const { volunteer: v, task: t, parts } = input;
  const phrases: string[] = [];

  // Heaviest requirements first; the sort is stable so equal weights keep task order.
  const skills = [...input.skills].sort((a, b) => b.weight - a.weight);
  if (skills.length === 0) phrases.push('no specific skills required');
  for (const d of skills) phrases.push(skillPhrase(d));

  for (const k of RELEVANT_LINKS[t.kind]) if (v.links.has(k)) phrases.push(LINK_PHRASES[k]);

  if (v.source.targetingConsent && parts.interest > 0) {
    const shared = t.tags.filter((tag) => v.interests.has(tag));
    phrases.push(`interested in ${shared.join(', ')}`);
  }

  phrases.push(
    `${formatHours(v.freeHours)} h/month free` + (t.effort > 0 ? `, task needs ${formatHours(t.effort)} h` : ''),
  );

  const done = v.source.pastTaskKinds[t.kind] ?? 0;
  if (done > 0) {
    phrases.push(`done ${done} ${KIND_LABELS[t.kind]} task${done === 1 ? '' : 's'} before`);
  }

  if (parts.development > 0) {
    const learning = skills.filter((d) => d.wantsToDevelop).map((d) => d.name);
    phrases.push(`wants to develop ${learning.join(', ')}`);
  }

  if (parts.fairnessPenalty > 0) {
    const load: string[] = [];
    const asks = v.source.recentAsks;
    const active = v.source.activeAssignments;
    if (asks > 0) load.push(`asked ${asks} time${asks === 1 ? '' : 's'} recently`);
    if (active > 0) load.push(`already on ${active} task${active === 1 ? '' : 's'}`);
    phrases.push(load.join(', '));
  }
  return phrases.join(EXPLANATION_SEPARATOR);
}

/** A human sentence for a hard exclusion. */
export function explainExclusion(reason: ExclusionReason, v: PreparedVolunteer, t: PreparedTask): string {
  switch (reason) {
    case 'DEACTIVATED':
      return 'Account is deactivated';
    case 'PAUSED':
      return 'Has paused volunteering';
    case 'NOT_AMBASSADOR':
      return 'Not an active ambassador; this task is for ambassadors only';
    case 'DECLINED':
      return 'Already declined this task';
    case 'NO_FREE_SEATS':
      return 'No free seats left on this task';
    case 'NOT_ENOUGH_HOURS':
      return `Only ${formatHours(Math.max(0, v.freeHours))} h/month free, task needs ${formatHours(t.effort)} h`;
    case 'DATE_CLASH': {
      const clash = t.window ? findBusyClash(v.busy, t.window) : null;
      return clash
        ? `Busy ${formatDate(clash[0])} – ${formatDate(clash[1])}, which clashes with the task dates`
        : 'Busy during the task dates';
    }
    case 'NO_RELEVANT_SKILL':
      return 'Has none of the required skills or related ones';
  }
}
