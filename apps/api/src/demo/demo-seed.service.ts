import { AppConfig } from '@crowdcomms/config';
import { IdentitySeeder, slugify } from '@crowdcomms/identity';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DEMO_ORGANISATION, DEMO_PASSWORD } from './demo-data';

/** With SEED_DEMO=true (as `npm start` sets), loads the demo organisation once. */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly seeder: IdentitySeeder,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.get('SEED_DEMO')) return;
    const organisation = await this.seeder.seedOrganisation({
      name: DEMO_ORGANISATION.name,
      slug: slugify(DEMO_ORGANISATION.name),
      people: DEMO_ORGANISATION.people.map((p) => ({ ...p, password: DEMO_PASSWORD })),
    });
    if (organisation) this.logger.log(`Loaded the demo organisation "${organisation.name}"`);
  }
}
