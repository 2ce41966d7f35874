import { AppConfig } from '@crowdcomms/config';
import { InjectRedis, RedisClient } from '@crowdcomms/queue';
import { Public } from '@crowdcomms/request-context';
import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';

@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @InjectRedis() private readonly redis: RedisClient,
    private readonly config: AppConfig,
  ) {}

  /** The process is up (for restarts). */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** PostgreSQL and Redis answer (for load balancers). */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      // The ping queues for a pool connection like any query: under a burst it waits its turn, and it
      // reports down only when a query would fail for want of a connection (the pool's acquire timeout).
      () => this.db.pingCheck('database', { timeout: this.config.get('DATABASE_ACQUIRE_TIMEOUT_MS') }),
      async () => {
        const indicator = this.indicators.check('redis');
        try {
          await this.redis.ping();
          return indicator.up();
        } catch (error) {
          return indicator.down({ message: (error as Error).message });
        }
      },
    ]);
  }
}
