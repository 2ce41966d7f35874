import { Field, ObjectType } from '@nestjs/graphql';
import { CalendarFeed } from './calendar-feed.entity';

@ObjectType()
export class CreatedCalendarFeed {
  @Field({
    description:
      'The subscription URL (`APP_URL/calendar/<secret>.ics`), shown this once: add it to a calendar app ("Subscribe from web"). Only a hash of its secret is kept.',
  })
  url: string;

  @Field(() => CalendarFeed)
  feed: CalendarFeed;
}
