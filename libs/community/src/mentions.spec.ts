import { extractMentions, fullMention, MentionCandidate, resolveMentions, writeMentionsInFull } from './mentions';

const member = (membershipId: string, displayName: string): MentionCandidate => {
  const words = displayName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return { membershipId, displayName, fullHandle: words.join(''), firstHandle: words[0] };
};
const marie = member('m1', 'Marie Curie');
const marieB = member('m2', 'Marie Brown');
const ben = member('b1', 'Ben Blogger');
const zoe = member('z1', 'Zoë Ángel');

describe('mentions', () => {
  it('reads mentions as typed, outside code, once per person, not e-mail addresses or a sentence’s full stop', () => {
    expect(extractMentions('Thanks @Marie. and @ben.blogger, @BenBlogger! mail a@b.org `@code` @Zoë_Ángel-')).toEqual([
      { text: '@Marie', handle: 'marie' },
      { text: '@ben.blogger', handle: 'benblogger' },
      { text: '@Zoë_Ángel', handle: 'zoeangel' },
    ]);
  });

  it('resolves a first name one person has, a full name, and tells the author the rest', () => {
    const found = extractMentions('@Ben and @marie.curie and @Marie and @Nobody');
    const { resolved, unresolved } = resolveMentions(found, [marie, marieB, ben]);
    expect(resolved.map((r) => [r.text, r.member.membershipId])).toEqual([
      ['@Ben', 'b1'],
      ['@marie.curie', 'm1'],
    ]);
    expect(unresolved).toEqual([
      { text: '@Marie', problem: 'AMBIGUOUS', matches: 2 },
      { text: '@Nobody', problem: 'NOT_FOUND', matches: 0 },
    ]);
  });

  it('a full name two people share is ambiguous, not both', () => {
    const twin = member('m3', 'Marie Curie');
    expect(resolveMentions(extractMentions('@Marie.Curie'), [marie, twin]).unresolved).toEqual([
      { text: '@Marie.Curie', problem: 'AMBIGUOUS', matches: 2 },
    ]);
  });

  it('writes resolved mentions as the full name, leaving code, unresolved mentions and punctuation as typed', () => {
    const body = 'Thanks @Marie. Ask @Zoë or @Nobody, not `@Marie` here';
    const { resolved } = resolveMentions(extractMentions(body), [marie, zoe]);
    expect(writeMentionsInFull(body, resolved)).toBe(
      'Thanks @Marie.Curie. Ask @Zoë.Ángel or @Nobody, not `@Marie` here',
    );
    expect(fullMention("Ann-Marie O'Neil")).toBe('Ann.Marie.O.Neil');
  });
});
