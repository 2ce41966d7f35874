export * from './integrations.module';
export * from './secret-box';
export * from './sso/sso-configuration.entity';
export * from './calendars';
