export * from './data-access.module';
export * from './data-scope';
export * from './transactional-connection';
export * from './scoped-repository';
export * from './sql-statement';
export * from './scope-context';
