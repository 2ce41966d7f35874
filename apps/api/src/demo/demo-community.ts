/**
 * What Harbourside's community looks like after a few weeks: posts with #topics, a question, an
 * announcement, work shared with a link, an open group and a private one, replies and reactions.
 * People are named by e-mail (see demo-data.ts).
 */
export interface DemoGroup {
  name: string;
  description: string;
  privacy: 'OPEN' | 'PRIVATE';
  manager: string;
  /** Join (a private group's requests are approved by its manager). */
  members: string[];
}

export interface DemoPost {
  author: string;
  body: string;
  kind?: 'UPDATE' | 'QUESTION' | 'WORK_SHARE' | 'ANNOUNCEMENT';
  link?: { url: string; title: string };
  group?: string;
  reactions?: { who: string; kind: 'LIKE' | 'CELEBRATE' | 'SUPPORT' | 'INSIGHTFUL' | 'CURIOUS' }[];
  replies?: { who: string; body: string }[];
}

const at = (name: string) => `${name}@harbourside.example`;

export const DEMO_GROUPS: DemoGroup[] = [
  {
    name: 'Harbour Festival crew',
    description: 'Everyone helping with the summer festival: stages, stalls, photos and posts.',
    privacy: 'OPEN',
    manager: at('nia.events'),
    members: [at('ben.blogger'), at('sam.social'), at('priya.photo'), at('dev.video')],
  },
  {
    name: 'Web editors',
    description: 'Drafts and reviews for the council website before they go live.',
    privacy: 'PRIVATE',
    manager: at('wendy.web'),
    members: [at('ben.blogger'), at('omar.data')],
  },
];

/** Oldest first: the feed shows the last one at the top. */
export const DEMO_POSTS: DemoPost[] = [
  {
    author: at('colin.comms'),
    kind: 'ANNOUNCEMENT',
    body: 'Welcome to the Harbourside community! Share what you are working on, ask questions, and add a hashtag to your posts so others can find them. #welcome',
    reactions: [
      { who: at('ben.blogger'), kind: 'LIKE' },
      { who: at('tom.trainee'), kind: 'CELEBRATE' },
    ],
  },
  {
    author: at('rosa.podcast'),
    body: 'Episode 3 of the harbour podcast is out: the lifeboat crew on **fifty years** of rescues. #podcast',
    reactions: [{ who: at('dev.video'), kind: 'LIKE' }],
  },
  {
    author: at('priya.photo'),
    body: 'Photos from Saturday’s beach clean are in the shared album: 40 volunteers and 120 kg of litter. #volunteering #photography',
    reactions: [
      { who: at('colin.comms'), kind: 'CELEBRATE' },
      { who: at('sam.social'), kind: 'LIKE' },
      { who: at('nia.events'), kind: 'SUPPORT' },
    ],
  },
  {
    author: at('nia.events'),
    group: 'Harbour Festival crew',
    body: 'The stage plan for the festival is on the task board. Who can cover the **2–4 pm** slot on Saturday? #events',
    replies: [{ who: at('dev.video'), body: 'I can, and I will bring the camera.' }],
  },
  {
    author: at('wendy.web'),
    group: 'Web editors',
    body: 'Draft of the new homepage structure is ready for review before Friday. Comments here, please.',
  },
  {
    author: at('omar.data'),
    body: 'Monthly web numbers: visits up 12 %, and the bin collection page is still the most read. #data',
    kind: 'UPDATE',
    reactions: [{ who: at('wendy.web'), kind: 'INSIGHTFUL' }],
  },
  {
    author: at('lena.learning'),
    kind: 'ANNOUNCEMENT',
    body: 'Thursday’s lunch-and-learn: _writing for accessibility_. Bring one paragraph you would like to make plainer. #learning',
    reactions: [{ who: at('tom.trainee'), kind: 'LIKE' }],
  },
  {
    author: at('sam.social'),
    kind: 'QUESTION',
    body: 'What time of day gets our posts the most replies? Mornings have worked best for me on the council’s page. #socialmedia #engagement',
    replies: [
      { who: at('ben.blogger'), body: 'Lunchtime for the blog: about 12:30 gets the most comments.' },
      { who: at('omar.data'), body: 'I can pull the numbers by hour if that helps.' },
    ],
    reactions: [{ who: at('colin.comms'), kind: 'CURIOUS' }],
  },
  {
    author: at('ben.blogger'),
    kind: 'WORK_SHARE',
    body: 'Just published a piece on the new **harbour cycle lanes**. Feedback welcome before I share it wider. #cycling #engagement',
    link: { url: 'https://harbourside.example/blog/cycle-lanes', title: 'The harbour cycle lanes, explained' },
    reactions: [
      { who: at('colin.comms'), kind: 'CELEBRATE' },
      { who: at('sam.social'), kind: 'LIKE' },
      { who: at('wendy.web'), kind: 'LIKE' },
    ],
    replies: [{ who: at('sam.social'), body: 'Great read. I will share it on Thursday morning.' }],
  },
  {
    author: at('tom.trainee'),
    body: 'First week here. Thank you all for the welcome! Keen to help with #socialmedia and #photography.',
    reactions: [
      { who: at('colin.comms'), kind: 'SUPPORT' },
      { who: at('priya.photo'), kind: 'LIKE' },
    ],
  },
];
