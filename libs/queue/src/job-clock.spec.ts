import { UnrecoverableError } from 'bullmq';
import { jobNow, waitUntil } from './job-clock';

describe('job payload clocks', () => {
  const clock = Date.parse('2026-12-06T12:00:00Z');

  it('runs for the given now when it is near the clock, or in the past', () => {
    expect(jobNow('2026-12-06T12:04:00Z', clock).toISOString()).toBe('2026-12-06T12:04:00.000Z');
    expect(jobNow('2026-03-01T00:00:00Z', clock).toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(jobNow(undefined, clock).getTime()).toBe(clock);
  });

  it('refuses for good a now ahead of the clock, or not a date', () => {
    for (const value of ['2027-12-06T12:00:00Z', '2026-12-06T12:06:00Z', 'soon', 42]) {
      expect(() => jobNow(value, clock)).toThrow(UnrecoverableError);
    }
  });

  it('waits for notBefore, but never longer than the bound', () => {
    expect(waitUntil(clock + 200, 350, clock)).toBe(200);
    expect(waitUntil(clock - 5000, 350, clock)).toBe(0);
    expect(waitUntil(clock + 365 * 86_400_000, 350, clock)).toBe(350);
    expect(waitUntil('tomorrow', 350, clock)).toBe(0);
  });
});
