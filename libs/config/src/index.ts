export * from './env.schema';
export * from './app-config.module';
export * from './logging.module';
