import { AppConfig } from '@crowdcomms/config';
import { TooManyRequestsError } from '@crowdcomms/errors';
import { InjectRedis, RedisClient } from '@crowdcomms/queue';
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';

/** KEYS[1]: the e-mail's record; ARGV: now (ms), free failures, longest delay (ms). Returns the wait in ms. */
const CLAIM_ATTEMPT = `
local failures = tonumber(redis.call('HGET', KEYS[1], 'failures') or '0')
local free = tonumber(ARGV[2])
if failures < free then return 0 end
local last = tonumber(redis.call('HGET', KEYS[1], 'last') or '0')
local delay = math.min(1000 * 2 ^ math.min(failures - free, 30), tonumber(ARGV[3]))
local wait = delay - (tonumber(ARGV[1]) - last)
if wait > 0 then return math.ceil(wait) end
redis.call('HSET', KEYS[1], 'last', ARGV[1])
return 0
`;

/**
 * A growing delay after repeated wrong passwords for one e-mail, from any
 * address: after `AUTH_DELAY_AFTER_FAILURES` failures, the next attempt must
 * wait 1 s, then 2, 4, 8… up to `AUTH_DELAY_MAX_SECONDS`. Unlike a lockout, the
 * owner always gets in once the (short) delay has passed, while a distributed
 * guesser is slowed to one try per delay. A successful sign-in clears it;
 * failures are forgotten after the rate-limit window.
 */
@Injectable()
export class FailedLoginDelay {
  constructor(
    @InjectRedis() private readonly redis: RedisClient,
    private readonly config: AppConfig,
  ) {}

  /**
   * Refuses (TOO_MANY_REQUESTS with `retryAfter`) while the e-mail's delay runs. Once delays apply, an
   * allowed attempt claims its slot atomically, so parallel guesses cannot all slip through one opening.
   */
  async assertAllowed(email: string, now = Date.now()): Promise<void> {
    const free = this.config.get('AUTH_DELAY_AFTER_FAILURES');
    const maxMs = this.config.get('AUTH_DELAY_MAX_SECONDS') * 1000;
    const waitMs = Number(await this.redis.eval(CLAIM_ATTEMPT, 1, this.key(email), now, free, maxMs));
    if (waitMs > 0) throw new TooManyRequestsError(undefined, waitMs / 1000);
  }

  async recordFailure(email: string, now = Date.now()): Promise<void> {
    const key = this.key(email);
    await this.redis
      .multi()
      .hincrby(key, 'failures', 1)
      .hset(key, 'last', now)
      .expire(key, this.config.get('AUTH_LIMIT_WINDOW_SECONDS'))
      .exec();
  }

  async clear(email: string): Promise<void> {
    await this.redis.del(this.key(email));
  }

  private key(email: string): string {
    const hash = createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
    return `${this.config.get('REDIS_PREFIX')}:login-failures:${hash}`;
  }
}
