import { describe, expect, it } from 'vitest';
import { endsOnError, isShareUrl, startsOnError } from './validation';

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
