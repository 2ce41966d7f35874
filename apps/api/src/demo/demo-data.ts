import { Role } from '@crowdcomms/request-context';

/** Every demo account signs in with this password. */
export const DEMO_PASSWORD = 'crowdcomms-demo-2026';

export interface DemoPerson {
  email: string;
  displayName: string;
  roles: Role[];
  department: string;
  grade: string;
  location: string;
  /** Why this person is in the story. */
  note: string;
  /** What they told the comms team; their profile, shared with the organisation. */
  profile?: DemoProfile;
}

export interface DemoProfile {
  headline: string;
  /** Shipped skill slugs with levels 1–5. */
  skills: Record<string, number>;
  wantsToDevelop?: string[];
  interests?: string[];
  links?: { kind: 'BLOG' | 'X_TWITTER' | 'LINKEDIN' | 'WEBSITE' | 'OTHER'; url: string }[];
  availableHoursPerMonth: number;
}

const M = Role.MEMBER;

/**
 * Harbourside Council: a comms team of two with more work than people, the
 * organisation the product was first imagined for.
 */
export const DEMO_ORGANISATION: { name: string; people: DemoPerson[] } = {
  name: 'Harbourside Council',
  people: [
    {
      email: 'amira.admin@harbourside.example',
      displayName: 'Amira Okafor',
      roles: [Role.ADMIN, M],
      department: 'Digital Services',
      grade: 'Grade 7',
      location: 'Town Hall',
      note: 'organisation admin',
    },
    {
      email: 'colin.comms@harbourside.example',
      displayName: 'Colin Reyes',
      roles: [Role.COMMS, M],
      department: 'Communications',
      grade: 'Grade 7',
      location: 'Town Hall',
      note: 'comms lead who posts the ambassador call',
      profile: {
        headline: 'Comms lead with more work than people',
        skills: { 'social-media-strategy': 4, copywriting: 5, 'public-speaking': 3 },
        availableHoursPerMonth: 4,
      },
    },
    {
      email: 'hana.hr@harbourside.example',
      displayName: 'Hana Lindqvist',
      roles: [Role.HR, M],
      department: 'People & Culture',
      grade: 'Grade 6',
      location: 'Town Hall',
      note: 'HR partner looking for skills and training gaps',
      profile: {
        headline: 'HR partner for learning and development',
        skills: { 'training-delivery': 3 },
        availableHoursPerMonth: 2,
      },
    },
    {
      email: 'ben.blogger@harbourside.example',
      displayName: 'Ben Adeyemi',
      roles: [M],
      department: 'Planning',
      grade: 'Senior Officer',
      location: 'Harbour Office',
      note: 'runs a personal blog about urban design',
      profile: {
        headline: 'Planner who blogs about urban design',
        skills: { blogging: 4, copywriting: 3, wordpress: 3, photography: 2 },
        wantsToDevelop: ['search-engine-optimisation'],
        interests: ['urban design', 'cycling'],
        links: [{ kind: 'BLOG', url: 'https://ben-adeyemi.example.org/blog' }],
        availableHoursPerMonth: 6,
      },
    },
    {
      email: 'wendy.web@harbourside.example',
      displayName: 'Wendy Tran',
      roles: [M],
      department: 'Libraries',
      grade: 'Officer',
      location: 'Central Library',
      note: 'once led a web-content tidy-up',
      profile: {
        headline: 'Led the library website’s content tidy-up',
        skills: {
          'web-content-management': 4,
          'content-tidy-up': 4,
          'content-audit': 3,
          'web-writing': 3,
          'digital-accessibility': 2,
        },
        availableHoursPerMonth: 8,
      },
    },
    {
      email: 'sam.social@harbourside.example',
      displayName: 'Sam Kowalski',
      roles: [M],
      department: 'Customer Services',
      grade: 'Assistant',
      location: 'Town Hall',
      note: 'helps on the corporate social account',
      profile: {
        headline: 'Helps on the corporate social account',
        skills: { 'x-twitter': 4, 'social-customer-care': 4, 'social-media-management': 3 },
        wantsToDevelop: ['social-media-analytics'],
        links: [{ kind: 'X_TWITTER', url: 'https://x.com/samkowalski_example' }],
        availableHoursPerMonth: 6,
      },
    },
    {
      email: 'priya.photo@harbourside.example',
      displayName: 'Priya Nair',
      roles: [M],
      department: 'Parks',
      grade: 'Officer',
      location: 'Parks Depot',
      note: 'keen photographer',
      profile: {
        headline: 'Parks officer and keen photographer',
        skills: { photography: 4, 'image-editing': 3, instagram: 3 },
        interests: ['nature', 'parks'],
        availableHoursPerMonth: 4,
      },
    },
    {
      email: 'dev.video@harbourside.example',
      displayName: 'Devon Clarke',
      roles: [M],
      department: 'Housing',
      grade: 'Senior Officer',
      location: 'Harbour Office',
      note: 'makes short videos',
      profile: {
        headline: 'Makes short videos about housing projects',
        skills: { 'short-form-video': 4, 'video-editing': 3 },
        availableHoursPerMonth: 4,
      },
    },
    {
      email: 'lena.learning@harbourside.example',
      displayName: 'Lena Fischer',
      roles: [M],
      department: 'People & Culture',
      grade: 'Grade 6',
      location: 'Town Hall',
      note: 'learning lead who runs topic threads',
      profile: {
        headline: 'Learning lead who runs topic threads',
        skills: { 'running-workshops': 4, 'training-delivery': 4, 'community-management': 3 },
        interests: ['leadership', 'change', 'engagement'],
        availableHoursPerMonth: 6,
      },
    },
    {
      email: 'tom.trainee@harbourside.example',
      displayName: 'Tom Byrne',
      roles: [M],
      department: 'Finance',
      grade: 'Apprentice',
      location: 'Town Hall',
      note: 'apprentice who wants to learn social media',
      profile: {
        headline: 'Finance apprentice, keen to learn social media',
        skills: { copywriting: 1 },
        wantsToDevelop: ['x-twitter', 'social-media-management'],
        availableHoursPerMonth: 8,
      },
    },
    {
      email: 'grace.director@harbourside.example',
      displayName: 'Grace Mensah',
      roles: [M],
      department: 'Environment',
      grade: 'Director',
      location: 'Town Hall',
      note: 'director who wants to blog',
      profile: {
        headline: 'Environment director who wants to start a blog',
        skills: { 'public-speaking': 5, storytelling: 4 },
        wantsToDevelop: ['blogging'],
        availableHoursPerMonth: 2,
      },
    },
    {
      email: 'omar.data@harbourside.example',
      displayName: 'Omar Haddad',
      roles: [M],
      department: 'Digital Services',
      grade: 'Grade 6',
      location: 'Town Hall',
      note: 'analytics and dashboards',
      profile: {
        headline: 'Analytics and dashboards',
        skills: { 'google-analytics': 4, 'web-analytics': 4, 'data-visualisation': 3 },
        availableHoursPerMonth: 4,
      },
    },
    {
      email: 'rosa.podcast@harbourside.example',
      displayName: 'Rosa Delgado',
      roles: [M],
      department: 'Adult Social Care',
      grade: 'Officer',
      location: 'Harbour Office',
      note: 'hosts a podcast',
      profile: {
        headline: 'Hosts a podcast about care work',
        skills: { podcasting: 4, 'audio-editing': 3 },
        links: [{ kind: 'WEBSITE', url: 'https://rosa-delgado.example.org/podcast' }],
        availableHoursPerMonth: 4,
      },
    },
    {
      email: 'ivan.it@harbourside.example',
      displayName: 'Ivan Petrov',
      roles: [M],
      department: 'IT',
      grade: 'Grade 5',
      location: 'Data Centre',
      note: 'accessibility champion',
      profile: {
        headline: 'Accessibility champion in IT',
        skills: { 'digital-accessibility': 5, 'alt-text': 3, 'plain-english': 3 },
        availableHoursPerMonth: 3,
      },
    },
    {
      email: 'nia.events@harbourside.example',
      displayName: 'Nia Roberts',
      roles: [M],
      department: 'Culture & Events',
      grade: 'Assistant',
      location: 'Civic Centre',
      note: 'public speaking and workshops',
      profile: {
        headline: 'Events assistant who loves running workshops',
        skills: { 'public-speaking': 4, 'running-workshops': 3 },
        availableHoursPerMonth: 5,
      },
    },
  ],
};
