export * from './taxonomy.data';
export * from './skill.entity';
export * from './dto/skills.types';
export * from './skills.service';
export * from './skills.module';
export * from './skills.loaders';
export * from './skill-mentions';
