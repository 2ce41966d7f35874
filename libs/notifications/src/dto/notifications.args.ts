import { Connection, PageArgs } from '@crowdcomms/pagination';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { Notification } from '../notification.entity';

export const NotificationConnection = Connection(Notification);

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean;
}

@ArgsType()
export class MarkReadArgs {
  @Field(() => [ID], { nullable: true, description: 'Omit to mark all read.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ids?: string[];
}

@InputType()
export class UpdateNotificationSettingsInput {
  @Field({ nullable: true, description: 'E-mail me when comms publish a call looking for skills I have.' })
  @IsOptional()
  @IsBoolean()
  emailAmbassadorCalls?: boolean;
}
