import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionManager, type AccessToken } from './session-manager';

const inSeconds = (s: number): AccessToken => ({
  accessToken: `token-${s}-${Math.random()}`,
  accessTokenExpiresAt: new Date(Date.now() + s * 1000).toISOString(),
});
const noLock = <T>(fn: () => Promise<T>) => fn();

describe('SessionManager', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('renews silently a minute before the access token expires', async () => {
    const issued: AccessToken[] = [];
    const renew = vi.fn(() => {
      issued.push(inSeconds(900));
      return Promise.resolve(issued.at(-1)!);
    });
    const session = new SessionManager(renew, { withLock: noLock });
    session.start(inSeconds(900));

    await vi.advanceTimersByTimeAsync(838_000);
    expect(renew).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(renew).toHaveBeenCalledTimes(1);
    expect(await session.accessToken()).toBe(issued[0].accessToken);
    // …and again a minute before the renewed token expires, not sooner.
    await vi.advanceTimersByTimeAsync(835_000);
    expect(renew).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(renew).toHaveBeenCalledTimes(2);
  });

  it('renews half-way through a token shorter-lived than twice the lead', async () => {
    const renew = vi.fn(() => Promise.resolve(inSeconds(30)));
    const session = new SessionManager(renew, { withLock: noLock });
    session.start(inSeconds(30));
    await vi.advanceTimersByTimeAsync(14_000);
    expect(renew).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(renew).toHaveBeenCalledTimes(1);
  });

  it('shares one renewal between concurrent callers', async () => {
    const renew = vi.fn().mockResolvedValue(inSeconds(900));
    const session = new SessionManager(renew, { withLock: noLock });
    const [a, b] = await Promise.all([session.renew(), session.renew()]);
    expect(renew).toHaveBeenCalledTimes(1);
    expect(a).toBe(b);
    expect(session.signedIn).toBe(true);
  });

  it('renews before handing out a token that has expired (e.g. after the laptop slept)', async () => {
    const fresh = inSeconds(900);
    const renew = vi.fn().mockResolvedValue(fresh);
    const session = new SessionManager(renew, { withLock: noLock });
    session.start(inSeconds(2));
    vi.setSystemTime(Date.now() + 10_000);
    expect(await session.accessToken()).toBe(fresh.accessToken);
  });

  it('ends the session when the API says it is over', async () => {
    const session = new SessionManager(vi.fn().mockResolvedValue(null), { withLock: noLock });
    const events: string[] = [];
    session.subscribe((e) => events.push(e));
    session.start(inSeconds(900));
    expect(await session.renew()).toBeNull();
    expect(session.signedIn).toBe(false);
    expect(events).toEqual(['signed-in', 'ended']);
  });

  it('keeps the session when the API cannot be reached', async () => {
    const session = new SessionManager(vi.fn().mockRejectedValue(new Error('offline')), { withLock: noLock });
    session.start(inSeconds(900));
    await expect(session.renew()).rejects.toThrow('offline');
    expect(session.signedIn).toBe(true);
  });

  it('has no token and asks nothing before anyone signs in', async () => {
    const renew = vi.fn();
    const session = new SessionManager(renew, { withLock: noLock });
    expect(await session.accessToken()).toBeNull();
    expect(renew).not.toHaveBeenCalled();
  });

  it('serialises renewals through the lock shared by every tab', async () => {
    const order: string[] = [];
    const withLock = async <T>(fn: () => Promise<T>) => {
      order.push('lock');
      const result = await fn();
      order.push('unlock');
      return result;
    };
    const session = new SessionManager(
      () => {
        order.push('renew');
        return Promise.resolve(inSeconds(900));
      },
      { withLock },
    );
    await session.renew();
    expect(order).toEqual(['lock', 'renew', 'unlock']);
  });
});
