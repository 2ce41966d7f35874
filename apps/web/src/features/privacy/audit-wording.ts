// How the privacy audit trail's recorded queries read to people: admins in the
// audit log, members in "who looked at my profile".

/** What a recorded search asked, in words ("social media", department Parks, 2 skills). */
export function describeSearch(query: Record<string, unknown> | null): string {
  if (!query) return '';
  const parts: string[] = [];
  if (typeof query.query === 'string' && query.query) parts.push(`“${query.query}”`);
  if (typeof query.name === 'string' && query.name) parts.push(`name “${query.name}”`);
  const filter = (query.filter ?? {}) as Record<string, unknown>;
  if (Array.isArray(filter.skills) && filter.skills.length) {
    parts.push(`${filter.skills.length} ${filter.skills.length === 1 ? 'skill' : 'skills'}`);
  }
  if (filter.wantsToDevelop) parts.push('wants to develop a skill');
  for (const key of ['department', 'grade', 'location'] as const) {
    if (typeof filter[key] === 'string' && filter[key]) parts.push(`${key} ${String(filter[key])}`);
  }
  if (typeof filter.minAvailableHours === 'number') parts.push(`${filter.minAvailableHours}+ hours a month`);
  if (query.page === 'next') parts.push('(a further page)');
  return parts.length ? parts.join(', ') : 'everyone (no words or filters)';
}

/** What a recorded CSV download held. */
export function describeExport(query: Record<string, unknown> | null): string {
  switch (query?.export) {
    case 'SKILLS_GAP':
      return 'The skills-gap report';
    case 'CAMPAIGN_REPORT':
      return 'A campaign report';
    case 'SURVEY_RESULTS':
      return 'A survey’s results';
    default:
      return 'The audit log';
  }
}
