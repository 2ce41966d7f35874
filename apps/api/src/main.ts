import { AppConfig } from '@crowdcomms/config';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  const config = app.get(AppConfig);
  await app.listen(config.get('PORT'));
  app.get(Logger).log(`Crowdcomms ready at ${config.get('APP_URL')}/ (GraphQL at /graphql)`);
}

bootstrap().catch((error: Error) => {
  // Configuration errors are one clear line; anything else keeps its stack.
  console.error(error.message.startsWith('Invalid configuration') ? error.message : error);
  process.exit(1);
});
