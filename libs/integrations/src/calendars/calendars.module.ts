import { CampaignsModule } from '@crowdcomms/campaigns';
import { NotificationsWorkerModule } from '@crowdcomms/notifications';
import { Module } from '@nestjs/common';
import { CalendarAttachmentRenderer } from './calendar-attachment.renderer';
import { CalendarEventsService } from './calendar-events.service';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedsResolver } from './calendar-feeds.resolver';
import { CalendarFeedsService } from './calendar-feeds.service';

/** The API's side: members' subscription URLs and the feed behind them. */
@Module({
  imports: [CampaignsModule],
  controllers: [CalendarFeedController],
  providers: [CalendarEventsService, CalendarFeedsService, CalendarFeedsResolver],
})
export class CalendarsModule {}

/** The worker's side: the `.ics` attached to offer and workshop e-mails, rendered when they are sent. */
@Module({
  imports: [NotificationsWorkerModule],
  providers: [CalendarEventsService, CalendarAttachmentRenderer],
})
export class CalendarsWorkerModule {}
