export * from './data-access.module';
export * from './data-scope';
export * from './transactional-connection';
