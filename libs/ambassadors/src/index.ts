export * from './entities';
export * from './dto/calls.types';
export * from './dto/sign-ups.types';
export * from './dto/dashboard.types';
export * from './pipeline';
export * from './calls.service';
export * from './sign-ups.service';
export * from './ambassadors.module';
