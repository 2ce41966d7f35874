import { CurrentContext, RequestContext, Role, Roles } from '@crowdcomms/request-context';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RetentionSettingsService } from './retention-settings.service';
import { RetentionPeriod, RetentionSettings, SetRetentionPeriodInput } from './retention.types';

@Resolver(() => RetentionSettings)
export class RetentionResolver {
  constructor(private readonly retention: RetentionSettingsService) {}

  @Roles(Role.ADMIN)
  @Query(() => RetentionSettings, {
    description: 'How long each kind of record is kept in this organisation, and what the last daily run deleted.',
  })
  retentionSettings(@CurrentContext() ctx: RequestContext): Promise<RetentionSettings> {
    return this.retention.settings(ctx);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => RetentionPeriod, {
    description:
      'Sets how many days one kind of record is kept (within its minDays and maxDays; BAD_USER_INPUT on `days` otherwise). The change is in the audit log; the next daily run applies it.',
  })
  setRetentionPeriod(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: SetRetentionPeriodInput,
  ): Promise<RetentionPeriod> {
    return this.retention.setPeriod(ctx, input.kind, input.days);
  }
}
