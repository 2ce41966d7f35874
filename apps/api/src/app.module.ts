import { AppConfig, AppConfigModule, LoggingModule } from '@crowdcomms/config';
import { DatabaseModule } from '@crowdcomms/database';
import { IdentityModule } from '@crowdcomms/identity';
import { NotificationsModule } from '@crowdcomms/notifications';
import { QueueModule } from '@crowdcomms/queue';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module, ValidationPipe } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AdminQueuesModule } from './admin/admin-queues.module';
import { DemoSeedService } from './demo/demo-seed.service';
import { graphqlOptions } from './graphql/graphql-options';
import { HealthModule } from './health/health.module';

@Module({
  imports: [
    AppConfigModule.forRoot(),
    LoggingModule,
    DatabaseModule,
    QueueModule.forRoot(),
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfig],
      useFactory: graphqlOptions,
    }),
    IdentityModule,
    NotificationsModule,
    HealthModule,
    AdminQueuesModule,
  ],
  providers: [
    DemoSeedService,
    {
      provide: APP_PIPE,
      useValue: new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
    },
  ],
})
export class AppModule {}
