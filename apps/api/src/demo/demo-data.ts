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
}

const M = Role.MEMBER;

/**
 * Harbourside Council: a comms team of two with more work than people, the
 * organisation the product was first imagined for.
 */
export const DEMO_ORGANISATION = {
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
    },
    {
      email: 'hana.hr@harbourside.example',
      displayName: 'Hana Lindqvist',
      roles: [Role.HR, M],
      department: 'People & Culture',
      grade: 'Grade 6',
      location: 'Town Hall',
      note: 'HR partner looking for skills and training gaps',
    },
    {
      email: 'ben.blogger@harbourside.example',
      displayName: 'Ben Adeyemi',
      roles: [M],
      department: 'Planning',
      grade: 'Senior Officer',
      location: 'Harbour Office',
      note: 'runs a personal blog about urban design',
    },
    {
      email: 'wendy.web@harbourside.example',
      displayName: 'Wendy Tran',
      roles: [M],
      department: 'Libraries',
      grade: 'Officer',
      location: 'Central Library',
      note: 'once led a web-content tidy-up',
    },
    {
      email: 'sam.social@harbourside.example',
      displayName: 'Sam Kowalski',
      roles: [M],
      department: 'Customer Services',
      grade: 'Assistant',
      location: 'Town Hall',
      note: 'helps on the corporate social account',
    },
    {
      email: 'priya.photo@harbourside.example',
      displayName: 'Priya Nair',
      roles: [M],
      department: 'Parks',
      grade: 'Officer',
      location: 'Parks Depot',
      note: 'keen photographer',
    },
    {
      email: 'dev.video@harbourside.example',
      displayName: 'Devon Clarke',
      roles: [M],
      department: 'Housing',
      grade: 'Senior Officer',
      location: 'Harbour Office',
      note: 'makes short videos',
    },
    {
      email: 'lena.learning@harbourside.example',
      displayName: 'Lena Fischer',
      roles: [M],
      department: 'People & Culture',
      grade: 'Grade 6',
      location: 'Town Hall',
      note: 'learning lead who runs topic threads',
    },
    {
      email: 'tom.trainee@harbourside.example',
      displayName: 'Tom Byrne',
      roles: [M],
      department: 'Finance',
      grade: 'Apprentice',
      location: 'Town Hall',
      note: 'apprentice who wants to learn social media',
    },
    {
      email: 'grace.director@harbourside.example',
      displayName: 'Grace Mensah',
      roles: [M],
      department: 'Environment',
      grade: 'Director',
      location: 'Town Hall',
      note: 'director who wants to blog',
    },
    {
      email: 'omar.data@harbourside.example',
      displayName: 'Omar Haddad',
      roles: [M],
      department: 'Digital Services',
      grade: 'Grade 6',
      location: 'Town Hall',
      note: 'analytics and dashboards',
    },
    {
      email: 'rosa.podcast@harbourside.example',
      displayName: 'Rosa Delgado',
      roles: [M],
      department: 'Adult Social Care',
      grade: 'Officer',
      location: 'Harbour Office',
      note: 'hosts a podcast',
    },
    {
      email: 'ivan.it@harbourside.example',
      displayName: 'Ivan Petrov',
      roles: [M],
      department: 'IT',
      grade: 'Grade 5',
      location: 'Data Centre',
      note: 'accessibility champion',
    },
    {
      email: 'nia.events@harbourside.example',
      displayName: 'Nia Roberts',
      roles: [M],
      department: 'Culture & Events',
      grade: 'Assistant',
      location: 'Civic Centre',
      note: 'public speaking and workshops',
    },
  ] satisfies DemoPerson[],
};
