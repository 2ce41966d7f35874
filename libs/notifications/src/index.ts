export * from './email-message.entity';
export * from './mail.service';
export * from './mail-transport';
export * from './notifications.module';
