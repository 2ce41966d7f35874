import { ProfileCompleteness, ProfileSection } from './dto/profile.types';
import { Profile } from './entities/profile.entity';
import { ProfileSkill, ProfileSkillKind } from './entities/profile-skill.entity';

/** Weights sum to 100; skills count most because matching and HR search run on them. */
const WEIGHTS: readonly [ProfileSection, number][] = [
  [ProfileSection.SKILLS, 25],
  [ProfileSection.BIO, 15],
  [ProfileSection.HEADLINE, 10],
  [ProfileSection.AVAILABILITY, 10],
  [ProfileSection.WANTS_TO_DEVELOP, 10],
  [ProfileSection.INTERESTS, 10],
  [ProfileSection.CV, 10],
  [ProfileSection.PHOTO, 5],
  [ProfileSection.LINKS, 5],
];

/** Three skills make the skills section complete; fewer earn their share. */
const SKILLS_FOR_FULL_CREDIT = 3;

/** How complete a profile is (0–100) and what is missing, most valuable first. Pure. */
export function profileCompleteness(profile: Profile, skills: readonly ProfileSkill[]): ProfileCompleteness {
  const has = skills.filter((s) => s.kind === ProfileSkillKind.HAS).length;
  const credit: Record<ProfileSection, number> = {
    [ProfileSection.SKILLS]: Math.min(has, SKILLS_FOR_FULL_CREDIT) / SKILLS_FOR_FULL_CREDIT,
    [ProfileSection.BIO]: profile.bio?.trim() ? 1 : 0,
    [ProfileSection.HEADLINE]: profile.headline?.trim() ? 1 : 0,
    [ProfileSection.AVAILABILITY]: profile.availableHoursPerMonth !== null ? 1 : 0,
    [ProfileSection.WANTS_TO_DEVELOP]: skills.some((s) => s.kind === ProfileSkillKind.WANTS) ? 1 : 0,
    [ProfileSection.INTERESTS]: profile.interests.length ? 1 : 0,
    [ProfileSection.CV]: profile.cvText?.trim() ? 1 : 0,
    [ProfileSection.PHOTO]: profile.photoUrl ? 1 : 0,
    [ProfileSection.LINKS]: profile.links.length ? 1 : 0,
  };
  let score = 0;
  const missing: ProfileSection[] = [];
  for (const [section, weight] of WEIGHTS) {
    score += weight * credit[section];
    if (credit[section] < 1) missing.push(section);
  }
  return { score: Math.round(score), missing };
}
