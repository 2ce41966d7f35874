/**
 * A seeded, realistic organisation for the people-search benchmark: names from
 * common first and last names, placements from a handful of departments,
 * grades and locations, ~8 skills per person clustered around the taxonomy's
 * related skills (a Zipf-like popularity, so social media and writing are
 * common and niche skills rare), a headline, a bio and a CV built from the
 * same vocabulary, interests and availability.
 */

/** mulberry32: small, fast, seedable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BenchSkill {
  id: string;
  num: number;
  slug: string;
  name: string;
  category: string;
  related: string[];
}

export interface GeneratedPerson {
  displayName: string;
  department: string;
  grade: string;
  location: string;
  headline: string;
  bio: string;
  cv: string;
  interests: string[];
  hours: number | null;
  visibility: 'PRIVATE' | 'HR_ONLY' | 'ORGANISATION';
  skills: { skill: BenchSkill; level: number; years: number }[];
  wants: BenchSkill[];
}

const FIRST =
  `Aaliyah Aaron Abdul Abigail Adam Adebayo Aditi Agnieszka Ahmed Aisha Alan Alba Alex Alice Alistair Amara Amelia Amir
Ana Andrew Angela Anita Anna Anthony Arjun Aurora Ava Barbara Beatriz Ben Bethany Bilal Bogdan Bronwen Callum Carla Carlos Caroline
Catherine Chen Chloe Chris Ciara Claire Daniel Darius David Deborah Declan Deepa Dmitri Eamon Eleanor Elena Eliza Emeka Emily Emma
Eoin Erin Ethan Eva Fatima Felix Fiona Florence Francesca Gareth George Grace Graham Hamza Hannah Harriet Harry Hassan Heather Helen
Hiroshi Ibrahim Imogen Ines Isaac Isabel Ivan Jack Jacob James Jamila Jane Jasmine Javier Jenna Jessica Joanna John Jonathan Joseph
Julia Karen Kate Katarzyna Kemi Kevin Kiran Laura Layla Leah Leo Liam Lily Lucy Luis Maeve Maria Marie Mark Martha Matthew Maya
Megan Mei Michael Mohammed Nadia Naomi Nathan Niamh Nicola Nikhil Noah Olivia Omar Oscar Owen Patrick Paul Pedro Peter Petra Phoebe
Priya Rachel Rahul Rebecca Rhys Richard Robert Rosa Ruth Ryan Sadia Samuel Sara Sean Sophie Stefan Stephen Susan Tariq Thomas Tomasz
Una Victoria Vikram Wei William Yasmin Yusuf Zainab Zara Zoe`.split(/\s+/);

const LAST =
  `Abbott Adams Adeyemi Ahmed Ali Allen Anderson Armstrong Bailey Baker Banerjee Barnes Bell Bennett Brown Burke Byrne
Campbell Carter Chan Chapman Chaudhry Clarke Cole Collins Cook Cooper Cox Davies Dawson Dixon Doherty Edwards Ellis Evans Fernandes
Fisher Fitzgerald Fleming Foster Fraser Gallagher Garcia Gibson Gill Graham Grant Green Griffiths Hall Harris Harrison Hart Hayes
Hill Holmes Hughes Hunt Hussain Jackson James Jenkins Johnson Jones Kaur Kelly Kennedy Khan King Kowalski Lee Lewis Lloyd Lopez Lynch
Macdonald Marshall Martin Mason Matthews Mills Mitchell Moore Morgan Morris Murphy Murray Nguyen Nowak Obi Okafor O'Brien O'Connor
Owen Palmer Parker Patel Pearson Phillips Powell Price Quinn Rahman Reid Reynolds Richards Roberts Robinson Rogers Rossi Russell
Ryan Saunders Scott Shah Sharma Simpson Singh Smith Smyth Stewart Stone Sullivan Taylor Thomas Thompson Turner Walker Walsh Ward
Watson White Wilkinson Williams Wilson Wood Wright Yang Young Zielinski`.split(/\s+/);

const DEPARTMENTS = [
  'Communications',
  'Digital',
  'Finance',
  'People',
  'Legal',
  'Planning',
  'Housing',
  'Environment',
  'Education',
  'Health and Care',
  'Transport',
  'Customer Services',
  'IT',
  'Procurement',
  'Culture and Leisure',
];
const GRADES = ['AO', 'EO', 'HEO', 'SEO', 'G7', 'G6', 'SCS1', 'SCS2'];
const LOCATIONS = [
  'London',
  'Leeds',
  'Manchester',
  'Bristol',
  'Cardiff',
  'Glasgow',
  'Belfast',
  'Birmingham',
  'York',
  'Newcastle',
];
export const INTERESTS =
  `gardening running cycling photography baking chess hiking football climbing knitting choir theatre
volunteering podcasts history birdwatching swimming yoga painting poetry travel cooking gaming reading film jazz sailing
languages astronomy crafts mentoring sustainability wellbeing diversity parenting pets music dance tennis rugby cricket`.split(
    /\s+/,
  );
const ROLES = [
  'officer',
  'manager',
  'lead',
  'adviser',
  'analyst',
  'coordinator',
  'specialist',
  'editor',
  'designer',
  'producer',
];
const FILLER = `I have worked on projects across the organisation and enjoy helping colleagues share their stories with
the public. Recently I supported a campaign that reached residents through new channels, improved our web pages,
and trained teams to write clearly. I care about accessible content, measurable outcomes and working in the open.
Before joining I spent several years in local government and the voluntary sector, running events and writing
reports for boards and committees. Outside work I volunteer with a community group.`.split(/\s+/);

export interface Generator {
  person(): GeneratedPerson;
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  rand: () => number;
  typo(name: string): string;
  popularSkill(): BenchSkill;
}

export function generator(seed: number, skills: BenchSkill[]): Generator {
  const rand = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const bySlug = new Map(skills.map((s) => [s.slug, s]));
  // Zipf-like popularity over a shuffled-but-seeded order of the taxonomy.
  const order = [...skills].sort((a, b) => a.num - b.num);
  const weights = order.map((_, i) => 1 / Math.pow(i + 1, 0.7));
  const total = weights.reduce((s, w) => s + w, 0);
  const popularSkill = (): BenchSkill => {
    let x = rand() * total;
    for (let i = 0; i < order.length; i++) if ((x -= weights[i]) <= 0) return order[i];
    return order[order.length - 1];
  };
  const LEVELS = [1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5];
  const words = (n: number) => Array.from({ length: n }, () => pick(FILLER)).join(' ');

  const person = (): GeneratedPerson => {
    const held = new Map<string, BenchSkill>();
    const target = int(6, 10);
    let anchor = popularSkill();
    held.set(anchor.slug, anchor);
    while (held.size < target) {
      const next =
        rand() < 0.6 && anchor.related.length ? bySlug.get(pick(anchor.related))! : (anchor = popularSkill());
      held.set(next.slug, next);
    }
    const skillsHeld = [...held.values()].map((skill) => ({ skill, level: pick(LEVELS), years: int(0, 15) }));
    const wants: BenchSkill[] = [];
    for (let i = int(0, 2); i > 0; i--) {
      const w = bySlug.get(pick(anchor.related.length ? anchor.related : [popularSkill().slug]))!;
      if (!held.has(w.slug) && !wants.includes(w)) wants.push(w);
    }
    const top = skillsHeld.reduce((a, b) => (b.level > a.level ? b : a));
    const v = rand();
    return {
      displayName: `${pick(FIRST)} ${pick(LAST)}`,
      department: pick(DEPARTMENTS),
      grade: pick(GRADES),
      location: pick(LOCATIONS),
      headline: `${top.skill.name} ${pick(ROLES)}`,
      bio: `${words(int(10, 25))} My strengths are ${skillsHeld
        .slice(0, 3)
        .map((s) => s.skill.name.toLowerCase())
        .join(', ')}. ${words(int(10, 25))}`,
      cv: `${words(int(30, 60))} Skills: ${skillsHeld.map((s) => s.skill.name).join(', ')}. ${words(int(20, 50))}`,
      interests: Array.from({ length: int(0, 4) }, () => pick(INTERESTS)).filter((x, i, a) => a.indexOf(x) === i),
      hours: rand() < 0.8 ? int(0, 40) : null,
      visibility: v < 0.1 ? 'PRIVATE' : v < 0.7 ? 'HR_ONLY' : 'ORGANISATION',
      skills: skillsHeld,
      wants,
    };
  };

  /** One realistic slip: a dropped, doubled, swapped or replaced letter, lower-cased as people type. */
  const typo = (name: string): string => {
    const s = name.toLowerCase();
    const i = int(1, s.length - 2);
    switch (int(0, 3)) {
      case 0:
        return s.slice(0, i) + s.slice(i + 1);
      case 1:
        return s.slice(0, i) + s[i] + s.slice(i);
      case 2:
        return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
      default:
        return s.slice(0, i) + pick('aeiouy'.split('')) + s.slice(i + 1);
    }
  };

  return { person, int, pick, rand, typo, popularSkill };
}
