import { AmbassadorsModule } from '@crowdcomms/ambassadors';
import { CampaignsModule } from '@crowdcomms/campaigns';
import { AppConfig, AppConfigModule, LoggingModule } from '@crowdcomms/config';
import { CommunityModule } from '@crowdcomms/community';
import { DatabaseModule } from '@crowdcomms/database';
import { GraphQLHttpExceptionFilter } from '@crowdcomms/errors';
import { MatchingModule } from '@crowdcomms/matching';
import { AuthService, IdentityModule, SessionRevocations } from '@crowdcomms/identity';
import { NotificationsModule } from '@crowdcomms/notifications';
import { IntegrationsModule } from '@crowdcomms/integrations';
import { PrivacyModule } from '@crowdcomms/privacy';
import { ProfilesModule } from '@crowdcomms/profiles';
import { QueueModule } from '@crowdcomms/queue';
import { SkillsModule } from '@crowdcomms/skills';
import { TasksModule } from '@crowdcomms/tasks';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { MiddlewareConsumer, Module, NestModule, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AdminQueuesModule } from './admin/admin-queues.module';
import { DemoSeedService } from './demo/demo-seed.service';
import { graphqlOptions } from './graphql/graphql-options';
import { WellFormedTextPipe } from './graphql/well-formed-text.pipe';
import { HealthModule } from './health/health.module';
import { ProxyTrust } from './http/proxy-trust';
import { requestScope } from './http/request-scope.middleware';
import { WebAppModule } from './web/web-app.module';

@Module({
  imports: [
    AppConfigModule.forRoot(),
    LoggingModule,
    DatabaseModule,
    QueueModule.forRoot(),
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [IdentityModule],
      inject: [AppConfig, AuthService, SessionRevocations],
      useFactory: graphqlOptions,
    }),
    IdentityModule,
    SkillsModule,
    ProfilesModule,
    NotificationsModule,
    CommunityModule,
    TasksModule,
    AmbassadorsModule,
    MatchingModule,
    CampaignsModule,
    PrivacyModule,
    IntegrationsModule,
    HealthModule,
    AdminQueuesModule,
    WebAppModule,
  ],
  providers: [
    DemoSeedService,
    { provide: APP_FILTER, useClass: GraphQLHttpExceptionFilter },
    ProxyTrust,
    { provide: APP_PIPE, useClass: WellFormedTextPipe },
    {
      provide: APP_PIPE,
      useValue: new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
    },
  ],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(requestScope).forRoutes('{*path}');
  }
}
