export * from './calendar-feed.entity';
export * from './calendar-attachment.renderer';
export * from './calendars.module';
export * from './ics';
