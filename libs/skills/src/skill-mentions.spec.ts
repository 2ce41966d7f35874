import { findSkillMentions, SkillTerm } from './skill-mentions';

const TERMS: SkillTerm[] = [
  { skillId: 'audio-editing', term: 'Audio editing' },
  { skillId: 'audio-editing', term: 'podcast editing' },
  { skillId: 'instagram', term: 'Instagram' },
  { skillId: 'instagram', term: 'IG' },
  { skillId: 'instagram-reels', term: 'Instagram Reels' },
  { skillId: 'email', term: 'email newsletters' },
  { skillId: 'x', term: 'X (Twitter)' },
];

describe('findSkillMentions', () => {
  it('finds names and aliases whatever their case and punctuation, with the sentence that named each', () => {
    const cv = 'Ran the team blog.  I did PODCAST-EDITING for our weekly show!\nGrew our instagram, to 2k followers.';
    expect(findSkillMentions(cv, TERMS)).toEqual([
      { skillId: 'audio-editing', sentence: 'I did PODCAST-EDITING for our weekly show!' },
      { skillId: 'instagram', sentence: 'Grew our instagram, to 2k followers.' },
    ]);
  });

  it('prefers the longest name at a place, and names each skill once (its first sentence)', () => {
    const text = 'I film Instagram Reels. Later, more Instagram Reels. Also Instagram itself.';
    expect(findSkillMentions(text, TERMS)).toEqual([
      { skillId: 'instagram-reels', sentence: 'I film Instagram Reels.' },
      { skillId: 'instagram', sentence: 'Also Instagram itself.' },
    ]);
  });

  it('matches names written as one word or with a hyphen, and multi-word names with punctuation', () => {
    expect(
      findSkillMentions('I write e-mail newsletters; and X (Twitter) threads', TERMS).map((m) => m.skillId),
    ).toEqual(['email', 'x']);
  });

  it('takes two-letter terms only in capitals, and never a part of a word', () => {
    expect(findSkillMentions('We dig in. Instagrammer at heart.', TERMS)).toEqual([]);
    expect(findSkillMentions('Ran our IG account.', TERMS)).toEqual([
      { skillId: 'instagram', sentence: 'Ran our IG account.' },
    ]);
  });

  it('reads "team\'s" as the word team, not as Teams', () => {
    expect(findSkillMentions("Grew the team's Instagram.", [...TERMS, { skillId: 'teams', term: 'Teams' }])).toEqual([
      { skillId: 'instagram', sentence: "Grew the team's Instagram." },
    ]);
  });

  it('drops list marks from the sentence it quotes', () => {
    expect(findSkillMentions('Skills:\n- Audio editing (Audacity)', TERMS)).toEqual([
      { skillId: 'audio-editing', sentence: 'Audio editing (Audacity)' },
    ]);
  });
});
