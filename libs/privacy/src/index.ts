export * from './entities/privacy-request.entity';
export * from './personal-data.catalogue';
export * from './privacy-requests.service';
export * from './data-export.service';
export * from './erasure.service';
export * from './privacy.module';
export * from './retention/retention-kind';
export * from './retention/retention-policy.entity';
export { exportRowsSql, deleteRowsSql } from './personal-data.sql';
