export * from './role.enum';
export * from './access.decorators';
export * from './request-context';
export * from './request-loaders';
export * from './input-text';
export * from './for-organisation';
