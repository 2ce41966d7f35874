export * from './taxonomy.data';
