import { ConnectionShape } from '@crowdcomms/pagination';
import { AnyMember, CurrentContext, RequestContext } from '@crowdcomms/request-context';
import { Args, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import {
  MarkReadArgs,
  NotificationConnection,
  NotificationsArgs,
  UpdateNotificationSettingsInput,
} from './dto/notifications.args';
import { NotificationPreference } from './notification-preference.entity';
import { NotificationPreferencesService } from './notification-preferences.service';
import { Notification } from './notification.entity';
import { NotificationsService } from './notifications.service';
import { InjectPubSub, notificationChannel } from './pubsub.provider';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly preferences: NotificationPreferencesService,
    @InjectPubSub() private readonly pubSub: RedisPubSub,
  ) {}

  @AnyMember()
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  myNotifications(
    @CurrentContext() ctx: RequestContext,
    @Args() args: NotificationsArgs,
  ): Promise<ConnectionShape<Notification>> {
    return this.notifications.list(ctx, args);
  }

  @AnyMember()
  @Query(() => Int)
  unreadNotificationCount(@CurrentContext() ctx: RequestContext): Promise<number> {
    return this.notifications.unreadCount(ctx);
  }

  @AnyMember()
  @Mutation(() => Int, { description: 'Mark some (or, without ids, all) of your notifications read.' })
  markNotificationsRead(@CurrentContext() ctx: RequestContext, @Args() args: MarkReadArgs): Promise<number> {
    return this.notifications.markRead(ctx, args.ids);
  }

  @AnyMember()
  @Query(() => NotificationPreference, { description: 'Which e-mails you receive from Crowdcomms.' })
  myNotificationSettings(@CurrentContext() ctx: RequestContext): Promise<NotificationPreference> {
    return this.preferences.mine(ctx);
  }

  @AnyMember()
  @Mutation(() => NotificationPreference, { description: 'Choose which e-mails you receive; fields left out stay.' })
  updateNotificationSettings(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: UpdateNotificationSettingsInput,
  ): Promise<NotificationPreference> {
    return this.preferences.update(ctx, input);
  }

  @AnyMember()
  @Subscription(() => Notification, {
    description: 'Your new notifications, live.',
    // The payload crossed Redis as JSON: its dates arrive as strings and must be dates again.
    resolve: (payload: { notificationAdded: Notification }): Notification => {
      const n = payload.notificationAdded;
      return { ...n, createdAt: new Date(n.createdAt), readAt: n.readAt ? new Date(n.readAt) : null };
    },
  })
  notificationAdded(@CurrentContext() ctx: RequestContext) {
    return this.pubSub.asyncIterator<Notification>(notificationChannel(ctx.organisationId, ctx.membershipId));
  }
}
