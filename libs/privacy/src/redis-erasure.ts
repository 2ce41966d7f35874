import { AppConfig } from '@crowdcomms/config';
import { bullPrefix, InjectRedis, QueueName, RedisClient } from '@crowdcomms/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Job, Queue } from 'bullmq';
import Redis, { Cluster } from 'ioredis';

const JOB_STATES = ['completed', 'failed', 'delayed', 'wait', 'paused', 'prioritized', 'waiting-children'] as const;

/**
 * Removes a person from Redis: BullMQ jobs whose id, data, result or error names them (through
 * BullMQ, which keeps its own lists consistent), then anything else under the app's prefix that
 * still does — entries of the queues' event streams, list, set and sorted-set members, strings
 * and hashes. Job payloads carry ids only, so the ids are what is usually found.
 */
@Injectable()
export class RedisErasure {
  constructor(
    @InjectRedis() private readonly redis: RedisClient,
    private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** Removes every trace of `needles` (ids, e-mail, names; matched case-insensitively); returns how many. */
  async erase(needles: readonly string[]): Promise<number> {
    const lowered = needles.filter((n) => n.length >= 3).map((n) => n.toLowerCase());
    const names = (text: string) => lowered.some((n) => text.toLowerCase().includes(n));
    let removed = 0;
    for (const name of Object.values(QueueName)) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      const jobs = (await queue.getJobs([...JOB_STATES])) as (Job | undefined)[];
      for (const job of jobs) {
        if (!job?.id) continue;
        const text = [
          job.id,
          JSON.stringify(job.data),
          JSON.stringify(job.returnvalue ?? null),
          job.failedReason ?? '',
        ];
        if (names(text.join(' '))) removed += await queue.remove(job.id);
      }
    }
    // SCAN walks one server: on a cluster, every master's share of the keys is walked.
    const servers = this.redis instanceof Cluster ? this.redis.nodes('master') : [this.redis];
    const prefix = this.config.get('REDIS_PREFIX');
    // On a cluster the queues' keys start with the hash tag {prefix}.
    const patterns = [
      `${prefix}:*`,
      ...(this.config.get('REDIS_CLUSTER') ? [`${bullPrefix({ REDIS_PREFIX: prefix, REDIS_CLUSTER: true })}:*`] : []),
    ];
    for (const server of servers) {
      for (const pattern of patterns) removed += await this.eraseMatching(server, pattern, names);
    }
    return removed;
  }

  private async eraseMatching(server: Redis, pattern: string, names: (text: string) => boolean): Promise<number> {
    let removed = 0;
    let cursor = '0';
    do {
      const [next, keys] = await server.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      cursor = next;
      for (const key of keys) removed += await this.eraseFromKey(key, names);
    } while (cursor !== '0');
    return removed;
  }

  private async eraseFromKey(key: string, names: (text: string) => boolean): Promise<number> {
    if (names(key)) return this.redis.del(key);
    switch (await this.redis.type(key)) {
      case 'string': {
        const value = await this.redis.get(key);
        return value && names(value) ? this.redis.del(key) : 0;
      }
      case 'hash': {
        const value = await this.redis.hgetall(key);
        return names(Object.values(value).join(' ')) ? this.redis.del(key) : 0;
      }
      case 'list': {
        let n = 0;
        for (const item of await this.redis.lrange(key, 0, -1))
          if (names(item)) n += await this.redis.lrem(key, 0, item);
        return n;
      }
      case 'set': {
        const members = (await this.redis.smembers(key)).filter(names);
        return members.length ? this.redis.srem(key, ...members) : 0;
      }
      case 'zset': {
        const members = (await this.redis.zrange(key, 0, -1)).filter(names);
        return members.length ? this.redis.zrem(key, ...members) : 0;
      }
      case 'stream': {
        const entries = await this.redis.xrange(key, '-', '+');
        const ids = entries.filter(([, fields]) => names(fields.join(' '))).map(([id]) => id);
        return ids.length ? this.redis.xdel(key, ...ids) : 0;
      }
      default:
        return 0;
    }
  }
}
