export * from './data-source-options';
export * from './database.module';
export * from './migrate';
export * from './schema';
export * from './snake-naming.strategy';
export * from './row-security';
