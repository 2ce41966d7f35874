import { UnrecoverableError } from 'bullmq';

/** How far a job's `now` may run ahead of the worker's clock (clock skew between machines). */
export const JOB_NOW_MAX_AHEAD_MS = 5 * 60_000;

/**
 * The `now` a job runs for. Payloads are not trusted (anything that can write to
 * Redis can write a job): a `now` in the future would mark digests and periods
 * done ahead of time and silence them until then, so one ahead of the clock
 * fails the job for good (visible on the queue dashboard) instead of acting.
 * A past `now` is allowed: it only re-runs what was due then, which the jobs'
 * own idempotency (per period, per member) makes harmless. A job without `now`
 * runs for the worker's clock.
 */
export function jobNow(value: unknown, clock = Date.now()): Date {
  if (value === undefined || value === null) return new Date(clock);
  const time = typeof value === 'string' ? Date.parse(value) : NaN;
  if (!Number.isFinite(time)) throw new UnrecoverableError('now is not an ISO date');
  if (time > clock + JOB_NOW_MAX_AHEAD_MS) throw new UnrecoverableError('now is ahead of the clock');
  return new Date(time);
}

/**
 * How long to wait for a job's `notBefore` (epoch ms), at most `maxWaitMs`: a
 * forged far-future value must not park a worker slot.
 */
export function waitUntil(notBefore: unknown, maxWaitMs: number, clock = Date.now()): number {
  if (typeof notBefore !== 'number' || !Number.isFinite(notBefore)) return 0;
  return Math.min(Math.max(notBefore - clock, 0), maxWaitMs);
}
