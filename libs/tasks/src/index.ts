export * from './entities';
export * from './dto/tasks.types';
export * from './dto/assignments.types';
export * from './tasks.service';
export * from './assignments.service';
export * from './task-stats.service';
export * from './tasks.module';
export * from './workshops/workshops.service';
