import { describe, expect, it } from 'vitest';
import { tokenBeforeCaret, unresolvedMentionText } from './tokens';

describe('the composer’s #topic and @mention suggestions', () => {
  it('finds the hashtag or mention being typed just before the caret', () => {
    expect(tokenBeforeCaret('Great #enga', 11)).toEqual({ sign: '#', word: 'enga', start: 6 });
    expect(tokenBeforeCaret('@ben.bl', 7)).toEqual({ sign: '@', word: 'ben.bl', start: 0 });
    expect(tokenBeforeCaret('Great #', 7)).toEqual({ sign: '#', word: '', start: 6 });
  });

  it('ignores e-mail addresses, words after a space and text after the caret', () => {
    expect(tokenBeforeCaret('mail ann@example.org', 20)).toBeNull();
    expect(tokenBeforeCaret('#engagement rocks', 17)).toBeNull();
    expect(tokenBeforeCaret('a#b', 3)).toBeNull();
    expect(tokenBeforeCaret('#eng and more', 4)).toEqual({ sign: '#', word: 'eng', start: 0 });
  });

  it('tells the author in words why a mention reached no one', () => {
    expect(unresolvedMentionText({ text: '@Marie', problem: 'AMBIGUOUS', matches: 2 })).toBe(
      '@Marie: 2 people have this name. Edit the post and pick the person from the suggestions as you type.',
    );
    expect(unresolvedMentionText({ text: '@Zed', problem: 'NOT_FOUND', matches: 0 })).toBe(
      '@Zed: nobody here has this name.',
    );
    expect(unresolvedMentionText({ text: '@Ben', problem: 'CANNOT_SEE', matches: 1 })).toBe(
      '@Ben cannot see this group, so was not told.',
    );
  });
});
