import { Global, Module } from '@nestjs/common';
import { TransactionalConnection } from './transactional-connection';

/** Provides the TransactionalConnection everywhere (the DataSource itself comes from DatabaseModule). */
@Global()
@Module({ providers: [TransactionalConnection], exports: [TransactionalConnection] })
export class DataAccessModule {}
