import { describe, expect, it } from 'vitest';
import { mentionOf, tokenBeforeCaret } from './tokens';

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

  it('mentions a member by the words of their name joined with dots, as the API reads them', () => {
    expect(mentionOf('Ben Blogger')).toBe('Ben.Blogger');
    expect(mentionOf("Ann-Marie O'Neil")).toBe('Ann.Marie.O.Neil');
    expect(mentionOf('  Zoë  ')).toBe('Zoë');
  });
});
