import { Module } from '@nestjs/common';
import { SkillsResolver } from './skills.resolver';
import { SkillsService } from './skills.service';

/** The skills taxonomy: shipped skills (seeded by migration) and each organisation's own. */
@Module({
  providers: [SkillsService, SkillsResolver],
  exports: [SkillsService],
})
export class SkillsModule {}
