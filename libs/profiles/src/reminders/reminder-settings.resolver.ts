import { AnyMember, CurrentContext, RequestContext } from '@crowdcomms/request-context';
import { Args, Field, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { ProfilesService } from '../profiles.service';

@ObjectType()
export class ProfileReminderSettings {
  @Field({ description: 'A monthly e-mail while your profile is under half complete (on unless you turn it off).' })
  completionReminders: boolean;
}

@InputType()
export class UpdateProfileReminderSettingsInput {
  @Field()
  @IsBoolean()
  completionReminders: boolean;
}

/** The member's own notification setting for profile reminders; nobody else reads or changes it. */
@Resolver(() => ProfileReminderSettings)
export class ReminderSettingsResolver {
  constructor(private readonly profiles: ProfilesService) {}

  @AnyMember()
  @Query(() => ProfileReminderSettings)
  async myProfileReminderSettings(@CurrentContext() ctx: RequestContext): Promise<ProfileReminderSettings> {
    return { completionReminders: await this.profiles.completionReminders(ctx) };
  }

  @AnyMember()
  @Mutation(() => ProfileReminderSettings, { description: 'Turn the monthly profile reminder on or off.' })
  async updateMyProfileReminderSettings(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: UpdateProfileReminderSettingsInput,
  ): Promise<ProfileReminderSettings> {
    return { completionReminders: await this.profiles.setCompletionReminders(ctx, input.completionReminders) };
  }
}
