import { AppConfig } from '@crowdcomms/config';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { FailedLoginDelay } from './failed-login-delay.service';

/** Against the real Redis of the test run, with a chosen clock. */
describe('FailedLoginDelay', () => {
  const redis = new Redis(process.env.REDIS_URL!);
  const settings: Record<string, unknown> = {
    REDIS_PREFIX: `test-${randomBytes(6).toString('hex')}`,
    AUTH_DELAY_AFTER_FAILURES: 3,
    AUTH_DELAY_MAX_SECONDS: 60,
    AUTH_LIMIT_WINDOW_SECONDS: 900,
  };
  const config = { get: (key: string) => settings[key] } as unknown as AppConfig;
  const delays = new FailedLoginDelay(redis, config);
  afterAll(() => redis.quit());

  /** retryAfter (seconds) of an attempt at `now`, or 0 when allowed. */
  const retryAfter = (email: string, now: number) =>
    delays.assertAllowed(email, now).then(
      () => 0,
      (error: { code: string; details: { retryAfter: number } }) => {
        expect(error.code).toBe('TOO_MANY_REQUESTS');
        return error.details.retryAfter;
      },
    );

  it('lets the first failures pass, then doubles the wait up to the maximum', async () => {
    const email = `Someone.${randomBytes(4).toString('hex')}@Example.org`;
    let now = 1_000_000;
    const waits: number[] = [];
    for (let failures = 0; failures < 11; failures++) {
      waits.push(await retryAfter(email, now));
      now += waits.at(-1)! * 1000; // wait as told…
      expect(await retryAfter(email, now)).toBe(0); // …then the attempt is allowed
      await delays.recordFailure(email, now); // and fails again
    }
    expect(waits).toEqual([0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60]);
  });

  it('is one record per address however it is written, claims each opening once, and clears on success', async () => {
    const email = `owner.${randomBytes(4).toString('hex')}@example.org`;
    for (let i = 0; i < 4; i++) await delays.recordFailure(email, 5_000);
    expect(await retryAfter(email.toUpperCase(), 5_001)).toBe(2);
    // Two guesses racing for the same opening: one gets it.
    const raced = await Promise.all([retryAfter(` ${email}`, 7_000), retryAfter(email, 7_000)]);
    expect(raced.sort()).toEqual([0, 2]);
    await delays.clear(email);
    expect(await retryAfter(email, 7_001)).toBe(0);
  });
});
