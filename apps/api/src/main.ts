import { AppConfig } from '@crowdcomms/config';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Server } from 'node:http';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  const config = app.get(AppConfig);
  stopGracefully(app, config.get('SHUTDOWN_GRACE_MS'));
  await app.listen(config.get('PORT'));
  app.get(Logger).log(`Crowdcomms ready at ${config.get('APP_URL')}/ (GraphQL at /graphql)`);
}

/**
 * On SIGTERM or SIGINT the replica first stops listening, so new connections are
 * refused (a load balancer sends them elsewhere) rather than half-served; then the
 * requests it holds finish, at most `graceMs`; only then do Nest's shutdown hooks
 * stop GraphQL, the subscription sockets, the pool and the Redis clients.
 * (Nest's own `enableShutdownHooks` closes the app first and the listener last.)
 */
function stopGracefully(app: NestExpressApplication, graceMs: number): void {
  const server: Server = app.getHttpServer();
  const logger = app.get(Logger);
  let inFlight = 0;
  let drained: () => void = () => undefined;
  server.on('request', (_req, res) => {
    inFlight++;
    res.once('close', () => {
      if (--inFlight === 0) drained();
    });
  });
  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    server.close();
    logger.log(`${signal}: refusing new connections, finishing ${inFlight} request(s) in hand`);
    await new Promise<void>((resolve) => {
      if (inFlight === 0) return resolve();
      drained = resolve;
      setTimeout(() => {
        logger.warn(`${inFlight} request(s) still running after ${graceMs} ms; stopping anyway`);
        resolve();
      }, graceMs).unref();
    });
    await app.close();
    process.kill(process.pid, signal); // exit as the signal asked, as Nest's own hooks do
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => void stop(signal));
  }
}

bootstrap().catch((error: Error) => {
  // Configuration errors are one clear line; anything else keeps its stack.
  console.error(error.message.startsWith('Invalid configuration') ? error.message : error);
  process.exit(1);
});
