export * from './domain-errors';
export * from './format-graphql-error';
export * from './graphql-http-exception.filter';
export * from './transaction-retry';
export * from './unavailable';
