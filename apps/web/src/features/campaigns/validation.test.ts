import { describe, expect, it } from 'vitest';
import { endsOnError, guideError, guideQuestions, hashtagError, isShareUrl, startsOnError } from './validation';

describe('campaign form validation, as the API checks', () => {
  it('refuses an end before the start and a campaign of two years or more', () => {
    expect(endsOnError('2026-12-01', '2026-12-10')).toBe('The last day must not be before the first day');
    expect(endsOnError('2026-12-10', '2026-12-10')).toBeNull();
    expect(endsOnError('2028-12-10', '2026-12-10')).toBe('A campaign can last at most 2 years');
    expect(endsOnError('2028-12-09', '2026-12-10')).toBeNull();
    expect(endsOnError('2026-02-30', '2026-01-10')).toBe('Enter the last day of the campaign');
  });

  it('lets a campaign start at most 90 days back', () => {
    expect(startsOnError('2026-09-07', '2026-12-06')).toBeNull();
    expect(startsOnError('2026-09-06', '2026-12-06')).toBe('A campaign can start at most 90 days ago');
  });

  it('takes only http(s) addresses with a real host as share URLs', () => {
    expect(isShareUrl('https://example.org/post/1')).toBe(true);
    expect(isShareUrl('http://blog.example.co.uk')).toBe(true);
    expect(isShareUrl('not a url')).toBe(false);
    expect(isShareUrl('example.org/post')).toBe(false);
    expect(isShareUrl('ftp://example.org/file')).toBe(false);
    expect(isShareUrl('https://localhost')).toBe(false);
  });
});

describe('campaign hashtag and interview guide, as the API checks', () => {
  it('takes a hashtag with or without #, and refuses spaces, symbols and digits only', () => {
    expect(hashtagError('')).toBeNull();
    expect(hashtagError('#ShareWeek')).toBeNull();
    expect(hashtagError('share_week_2026')).toBeNull();
    expect(hashtagError('share week')).not.toBeNull();
    expect(hashtagError('#2026')).not.toBeNull();
    expect(hashtagError('x'.repeat(51))).not.toBeNull();
  });

  it('reads a guide one question a line, and needs one to twenty questions', () => {
    expect(guideQuestions(' What did you share? \n\nWhat would help?')).toEqual([
      'What did you share?',
      'What would help?',
    ]);
    expect(guideError('  \n ')).toBe('Write at least one question');
    expect(guideError(Array.from({ length: 21 }, (_, i) => `Q${i}`).join('\n'))).not.toBeNull();
  });
});
