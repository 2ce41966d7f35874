import type { RoleName } from '../session/SessionProvider';

export interface NavItem {
  label: string;
  to: string;
}

export interface NavSection {
  label: string;
  /** Shown to members holding one of these roles; every member when absent. */
  roles?: readonly RoleName[];
  items: NavItem[];
}

/** Who may use the comms team's pages (as the API allows). */
export const COMMS_ROLES: readonly RoleName[] = ['COMMS', 'ADMIN'];
/** Who may use people search and the skills gap (HR; admins too, as the API allows them both). */
export const PEOPLE_ROLES: readonly RoleName[] = ['HR', 'ADMIN'];
/** Who may use the organisation admin pages. */
export const ADMIN_ROLES: readonly RoleName[] = ['ADMIN'];

/** The side navigation, by area; each area's pages are its routes.tsx. */
export const NAVIGATION: NavSection[] = [
  {
    label: 'Volunteering',
    items: [
      { label: 'For you', to: '/' },
      { label: 'Ambassador calls', to: '/calls' },
      { label: 'My offers', to: '/offers' },
      { label: 'My tasks', to: '/tasks' },
      { label: 'Workshops', to: '/workshops' },
      { label: 'My profile', to: '/profile' },
      { label: 'Notifications', to: '/notifications' },
    ],
  },
  {
    label: 'Community',
    items: [
      { label: 'Feed', to: '/community' },
      { label: 'Topics', to: '/community/topics' },
      { label: 'Groups', to: '/community/groups' },
      { label: 'Community settings', to: '/community/settings' },
    ],
  },
  {
    label: 'Campaigns',
    items: [{ label: 'Sharing campaigns', to: '/campaigns' }],
  },
  {
    label: 'Comms team',
    roles: COMMS_ROLES,
    items: [
      { label: 'Calls', to: '/comms/calls' },
      { label: 'Sign-up pipeline', to: '/comms/pipeline' },
      { label: 'Ideas', to: '/comms/ideas' },
      { label: 'Tasks', to: '/comms/tasks' },
      { label: 'Plan', to: '/comms/plan' },
      { label: 'Dashboard', to: '/comms/dashboard' },
      { label: 'Community health', to: '/community/health' },
    ],
  },
  {
    label: 'People',
    roles: PEOPLE_ROLES,
    items: [
      { label: 'People search', to: '/people/search' },
      { label: 'Skills gap', to: '/people/skills-gap' },
    ],
  },
  {
    label: 'Organisation',
    roles: ADMIN_ROLES,
    items: [
      { label: 'Members', to: '/organisation/members' },
      { label: 'Invitations', to: '/organisation/invitations' },
      { label: 'Settings', to: '/organisation/settings' },
      { label: 'Audit log', to: '/organisation/audit-log' },
      { label: 'Erasure requests', to: '/organisation/erasure-requests' },
    ],
  },
];

/** The item a path belongs to: the longest `to` it is, or lies under ("/community/topics/x" → Topics, not Feed). */
export function currentNavItem(sections: NavSection[], pathname: string): string | undefined {
  return sections
    .flatMap((section) => section.items.map((item) => item.to))
    .filter((to) => pathname === to || (to !== '/' && pathname.startsWith(`${to}/`)))
    .sort((a, b) => b.length - a.length)[0];
}
