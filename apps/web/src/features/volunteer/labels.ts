import type {
  AssignmentStatus,
  CommsTaskKind,
  OnlineChannel,
  ProfileSection,
  ProfileVisibility,
  SignUpStatus,
  SkillLevel,
} from '../../gql/graphql';

/** Skill levels 1–5 by name, as the API numbers them. */
export const SKILL_LEVELS: { value: number; name: SkillLevel; label: string; hint: string }[] = [
  { value: 1, name: 'AWARE', label: 'Aware', hint: 'I know what it is' },
  { value: 2, name: 'BEGINNER', label: 'Beginner', hint: 'I have tried it with help' },
  { value: 3, name: 'COMPETENT', label: 'Competent', hint: 'I can do it on my own' },
  { value: 4, name: 'PROFICIENT', label: 'Proficient', hint: 'I do it well and often' },
  { value: 5, name: 'EXPERT', label: 'Expert', hint: 'I could teach it' },
];

export function levelLabel(level: number): string {
  return SKILL_LEVELS.find((l) => l.value === level)?.label ?? `Level ${level}`;
}

export const TASK_KINDS: Record<CommsTaskKind, string> = {
  CONTENT_CREATION: 'Content creation',
  CONTENT_TIDY_UP: 'Content tidy-up',
  SOCIAL_ACCOUNT: 'Social account',
  WORKSHOP: 'Workshop',
  OTHER: 'Other',
};

export const SIGN_UP_STAGES: Record<SignUpStatus, { label: string; explain: string }> = {
  APPLIED: { label: 'Applied', explain: 'The comms team has your sign-up and will be in touch for a short chat.' },
  TALKED: { label: 'Talked', explain: 'You have had your chat; the comms team is deciding the next step.' },
  ACTIVE: { label: 'Active ambassador', explain: 'You are an active ambassador: tasks can now be offered to you.' },
  PAUSED: { label: 'Paused', explain: 'Your ambassador role is paused for now.' },
  WITHDRAWN: { label: 'Withdrawn', explain: 'You withdrew from this call.' },
  DECLINED: { label: 'Not this time', explain: 'The comms team did not take this sign-up further this time.' },
};

export const ASSIGNMENT_STATUSES: Record<AssignmentStatus, string> = {
  SUGGESTED: 'Suggested',
  INTERESTED: 'You said you are interested',
  WAITLISTED: 'On the waitlist',
  OFFERED: 'Offered to you',
  ACCEPTED: 'In progress',
  COMPLETED: 'Done',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn',
};

export const PROFILE_SECTIONS: Record<ProfileSection, string> = {
  SKILLS: 'skills you have',
  AVAILABILITY: 'hours a month you can give',
  HEADLINE: 'a headline',
  BIO: 'a short bio',
  INTERESTS: 'interests',
  WANTS_TO_DEVELOP: 'skills you want to develop',
  LINKS: 'where to find you online',
  CV: 'a CV',
  PHOTO: 'a photo',
};

export const VISIBILITY: Record<ProfileVisibility, { label: string; explain: string }> = {
  PRIVATE: {
    label: 'Only me',
    explain: 'Nobody else can find or open your profile. Matching still uses it to suggest tasks to you.',
  },
  HR_ONLY: {
    label: 'HR only',
    explain: 'HR can find you in people search and open your profile; other colleagues cannot.',
  },
  ORGANISATION: {
    label: 'Everyone in my organisation',
    explain: 'Any colleague can find you in people search and open your profile.',
  },
};

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

export function formatDate(iso: string | null | undefined): string {
  return iso ? DATE.format(new Date(iso)) : '';
}

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? DATE_TIME.format(new Date(iso)) : '';
}

export function hours(value: number): string {
  return `${value} hour${value === 1 ? '' : 's'}`;
}

/** "a", "a and b", "a, b and c". */
export function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The channels an intake records, in the order the form offers them. */
export const ONLINE_CHANNELS: Record<OnlineChannel, string> = {
  BLOG: 'Blog',
  LINKEDIN: 'LinkedIn',
  X_TWITTER: 'X (Twitter)',
  INSTAGRAM: 'Instagram',
  FACEBOOK: 'Facebook',
  TIKTOK: 'TikTok',
  YOUTUBE: 'YouTube',
  PODCAST: 'Podcast',
  NEWSLETTER: 'Newsletter',
  OTHER: 'Other',
};

/** "Blog, X (Twitter), Mastodon": the channels in words, OTHER replaced by what it stands for. */
export function channelsInWords(channels: readonly OnlineChannel[], other: string): string {
  return channels.map((c) => (c === 'OTHER' && other ? other : ONLINE_CHANNELS[c])).join(', ');
}
