export * from './email-message.entity';
export * from './mail.service';
export * from './mail-transport';
export * from './notification.entity';
export * from './notifications.service';
export * from './notifications.module';
export * from './pubsub.provider';
export * from './secret-links';
