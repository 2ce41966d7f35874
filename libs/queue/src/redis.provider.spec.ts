import { AppConfig } from '@crowdcomms/config';
import { Logger } from '@nestjs/common';
import net from 'node:net';
import { RedisClient } from './redis-connection';
import { redisProvider } from './redis.provider';

/** A loopback port nothing listens on: every connection attempt is refused. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe('the shared Redis client while Redis is away', () => {
  let client: RedisClient | undefined;
  afterEach(() => {
    client?.disconnect();
    jest.restoreAllMocks();
  });

  // Unheard, each failed attempt would print "[ioredis] Unhandled error event" and a stack (outside jest's realm).
  it('logs one warning for the outage however many reconnection attempts fail', async () => {
    const warned = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const port = await closedPort();
    const config = { get: (key: string) => ({ REDIS_URL: `redis://127.0.0.1:${port}`, REDIS_CLUSTER: false })[key] };
    client = redisProvider.useFactory(config as unknown as AppConfig);
    let attempts = 0;
    await new Promise<void>((resolve) => client!.on('reconnecting', () => ++attempts === 3 && resolve()));

    expect(warned).toHaveBeenCalledTimes(1);
    expect(warned.mock.calls[0][0]).toMatch(/^Redis unreachable, reconnecting: .*ECONNREFUSED/);
  });
});
