export * from './integrations.module';
export * from './secret-box';
export * from './sso/sso-configuration.entity';
export * from './calendars';
export { AnnouncementDestination } from './announcements/announcement-destination.entity';
export { AnnouncementsWorkerModule } from './announcements/announcements.module';
export * from './scim/scim.entities';
