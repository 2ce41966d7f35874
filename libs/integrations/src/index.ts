export * from './integrations.module';
export * from './secret-box';
