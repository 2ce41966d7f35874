import { AppConfig } from '@crowdcomms/config';
import { InjectRedis, RedisClient } from '@crowdcomms/queue';
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';

/**
 * Takes up to `want` from the hour's count; answers what it granted and the count's time left (ms).
 * The count starts its hour with the first invitation, as the throttler's own does.
 */
const RESERVE = `
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
local limit = tonumber(ARGV[1])
local want = tonumber(ARGV[2])
local granted = math.max(0, math.min(want, limit - current))
if granted > 0 then
  redis.call('INCRBY', KEYS[1], granted)
end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 and granted > 0 then
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]))
  ttl = tonumber(ARGV[3])
end
return { granted, ttl }
`;

const HOUR_MS = 3600_000;

/**
 * The organisation's hourly invitation allowance (INVITATIONS_PER_HOUR) as a count of
 * invitations, not of requests: a list of 100 uses 100 of it. It is the very counter the
 * `inviteMember` throttler keeps (same key, see IdentityModule's generateKey and
 * @nest-lab/throttler-storage-redis's `{key:name}:hits`), so single and bulk invitations
 * share one allowance per hour.
 */
@Injectable()
export class InvitationBudget {
  constructor(
    @InjectRedis() private readonly redis: RedisClient,
    private readonly config: AppConfig,
  ) {}

  /** Reserves up to `count` invitations; answers how many may be sent and when the hour's allowance renews (s). */
  async reserve(organisationId: string, count: number): Promise<{ granted: number; retryAfter: number }> {
    if (count <= 0) return { granted: 0, retryAfter: 0 };
    const tracker = createHash('sha256').update(organisationId).digest('hex');
    const key = `${this.config.get('REDIS_PREFIX')}:throttle:invitations:inviteMember:${tracker}`;
    const [granted, ttl] = (await this.redis.eval(
      RESERVE,
      1,
      `{${key}:invitations}:hits`,
      this.config.get('INVITATIONS_PER_HOUR'),
      count,
      HOUR_MS,
    )) as [number, number];
    return { granted, retryAfter: Math.max(1, Math.ceil(ttl / 1000)) };
  }
}
