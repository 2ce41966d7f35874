import { SKILL_CATEGORIES, SKILL_CATEGORY_LABELS, SKILL_TAXONOMY, TaxonomySkill } from './taxonomy.data';

/** How terms are compared across skills: case, spacing and punctuation do not make a new term. */
const key = (term: string) =>
  term
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Spellings that are American where the taxonomy is British; only allowed as aliases. */
const AMERICAN = /\b(optimiz|organiz|visualiz|localiz|prioritiz|analyz|color|behavior|catalog\b|program\b)/i;

describe('SKILL_TAXONOMY', () => {
  const bySlug = new Map(SKILL_TAXONOMY.map((skill) => [skill.slug, skill]));

  it('ships at least 150 skills', () => {
    expect(SKILL_TAXONOMY.length).toBeGreaterThanOrEqual(150);
  });

  it('has unique kebab-case slugs', () => {
    for (const { slug } of SKILL_TAXONOMY) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(bySlug.size).toBe(SKILL_TAXONOMY.length);
  });

  it('has names that are unique case-insensitively, trimmed and non-empty', () => {
    const names = SKILL_TAXONOMY.map((skill) => skill.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const { name, description } of SKILL_TAXONOMY) {
      expect(name.trim()).toBe(name);
      expect(name.length).toBeGreaterThan(0);
      expect(description.length).toBeGreaterThan(10);
    }
  });

  it('uses known categories and every category at least once', () => {
    const used = new Set(SKILL_TAXONOMY.map((skill) => skill.category));
    for (const skill of SKILL_TAXONOMY) expect(SKILL_CATEGORIES).toContain(skill.category);
    expect([...used].sort()).toEqual([...SKILL_CATEGORIES].sort());
    for (const category of SKILL_CATEGORIES) expect(SKILL_CATEGORY_LABELS[category]).toBeTruthy();
  });

  it('has no alias equal to any skill name, its own included', () => {
    const names = new Map(SKILL_TAXONOMY.map((skill) => [skill.name.toLowerCase(), skill.slug]));
    const clashes: string[] = [];
    for (const skill of SKILL_TAXONOMY) {
      for (const alias of skill.aliases) {
        const owner = names.get(alias.toLowerCase());
        if (owner) clashes.push(`${skill.slug}: alias "${alias}" is the name of ${owner}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('resolves every name and alias to exactly one skill, ignoring case and punctuation', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const skill of SKILL_TAXONOMY) {
      for (const term of [skill.name, ...skill.aliases]) {
        const k = key(term);
        expect(k.length).toBeGreaterThan(0);
        const owner = owners.get(k);
        if (owner && owner !== skill.slug) clashes.push(`"${term}" is used by both ${owner} and ${skill.slug}`);
        owners.set(k, skill.slug);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has no duplicate or blank aliases within a skill', () => {
    for (const skill of SKILL_TAXONOMY) {
      const lower = skill.aliases.map((alias) => alias.toLowerCase());
      expect(new Set(lower).size).toBe(lower.length);
      for (const alias of skill.aliases) expect(alias.trim()).toBe(alias);
      for (const alias of skill.aliases) expect(alias.length).toBeGreaterThan(0);
    }
  });

  it('relates only to existing skills, never to itself, without duplicates', () => {
    for (const skill of SKILL_TAXONOMY) {
      expect(skill.related).not.toContain(skill.slug);
      expect(new Set(skill.related).size).toBe(skill.related.length);
      for (const other of skill.related) expect(bySlug.has(other)).toBe(true);
    }
  });

  it('has symmetric relations', () => {
    const oneWay: string[] = [];
    for (const skill of SKILL_TAXONOMY) {
      for (const other of skill.related) {
        if (!bySlug.get(other)!.related.includes(skill.slug)) oneWay.push(`${skill.slug} → ${other}`);
      }
    }
    expect(oneWay).toEqual([]);
  });

  it('relates every skill to at least one other, so suggestions have somewhere to go', () => {
    const isolated = SKILL_TAXONOMY.filter((skill) => skill.related.length === 0).map((skill) => skill.slug);
    expect(isolated).toEqual([]);
  });

  it('spells names and descriptions in British English (American spellings only as aliases)', () => {
    const american = SKILL_TAXONOMY.filter((skill) => AMERICAN.test(skill.name) || AMERICAN.test(skill.description));
    expect(american.map((skill: TaxonomySkill) => skill.slug)).toEqual([]);
  });

  it('covers the platforms and disciplines comms teams ask for', () => {
    const terms = new Map<string, string>();
    for (const skill of SKILL_TAXONOMY) {
      for (const term of [skill.name, ...skill.aliases]) terms.set(key(term), skill.slug);
    }
    const resolve = (term: string) => terms.get(key(term));
    expect(resolve('Twitter')).toBe('x-twitter');
    expect(resolve('X')).toBe('x-twitter');
    expect(resolve('SEO')).toBe('search-engine-optimisation');
    expect(resolve('search engine optimization')).toBe('search-engine-optimisation');
    expect(resolve('Yammer')).toBe('viva-engage');
    for (const term of [
      'LinkedIn',
      'Instagram',
      'Facebook',
      'TikTok',
      'YouTube',
      'Mastodon',
      'Threads',
      'Bluesky',
      'Slack',
      'Microsoft Teams',
      'Copywriting',
      'Proofreading',
      'Blogging',
      'Storytelling',
      'Internal communications',
      'Change communications',
      'Crisis communications',
      'Media relations',
      'Photography',
      'Image editing',
      'Video production',
      'Video editing',
      'Short-form video',
      'Podcasting',
      'Livestreaming',
      'WordPress',
      'SharePoint',
      'Drupal',
      'Content audit',
      'Content tidy-up',
      'Information architecture',
      'WCAG',
      'Alt text',
      'Plain English',
      'Google Analytics',
      'Social media analytics',
      'Dashboard building',
      'Graphic design',
      'Canva',
      'Figma',
      'Branding',
      'Infographics',
      'Community moderation',
      'Running workshops',
      'Facilitation',
      'Public speaking',
      'Presenting',
      'Newsletter writing',
      'Email marketing',
      'Event planning',
      'Campaign planning',
      'Project management',
      'Stakeholder engagement',
      'Data visualisation',
      'Translation',
      'Employee advocacy',
    ]) {
      expect({ term, slug: resolve(term) }).toEqual({ term, slug: expect.any(String) });
    }
  });

  it('is frozen, so callers cannot corrupt the shared copy', () => {
    expect(Object.isFrozen(SKILL_TAXONOMY)).toBe(true);
    expect(Object.isFrozen(SKILL_TAXONOMY[0])).toBe(true);
    expect(Object.isFrozen(SKILL_TAXONOMY[0].related)).toBe(true);
  });
});
