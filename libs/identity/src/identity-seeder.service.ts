import { crossOrganisation, TransactionalConnection } from '@crowdcomms/data-access';
import { Role } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { PasswordService } from './auth/password.service';
import { Membership } from './entities/membership.entity';
import { Organisation } from './entities/organisation.entity';
import { User } from './entities/user.entity';

export interface SeedPerson {
  email: string;
  displayName: string;
  password: string;
  roles: Role[];
  department?: string;
  grade?: string;
  location?: string;
}

/** Loads an organisation with its people in one transaction (demo data, fixtures). */
@Injectable()
export class IdentitySeeder {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly passwords: PasswordService,
  ) {}

  /**
   * Returns the organisation and each person's membership (by e-mail), or null
   * when one with this slug already exists (nothing is changed).
   */
  async seedOrganisation(spec: {
    name: string;
    slug: string;
    people: SeedPerson[];
  }): Promise<{ organisation: Organisation; members: Map<string, Membership> } | null> {
    return this.db.transaction(crossOrganisation('seeding creates an organisation'), async () => {
      // Replicas starting together each try to seed: the first one does, the others find it done.
      await this.db.lock(`seed:${spec.slug}`);
      if (await this.db.manager.existsBy(Organisation, { slug: spec.slug })) return null;
      const organisation = await this.db.manager.save(
        this.db.manager.create(Organisation, { name: spec.name, slug: spec.slug }),
      );
      const members = new Map<string, Membership>();
      for (const person of spec.people) {
        const email = person.email.toLowerCase();
        const user =
          (await this.db.manager.findOneBy(User, { email })) ??
          (await this.db.manager.save(
            this.db.manager.create(User, {
              email,
              displayName: person.displayName,
              passwordHash: await this.passwords.hash(person.password),
            }),
          ));
        const membership = await this.db.manager.save(
          this.db.manager.create(Membership, {
            organisationId: organisation.id,
            userId: user.id,
            roles: person.roles,
            department: person.department ?? null,
            grade: person.grade ?? null,
            location: person.location ?? null,
          }),
        );
        members.set(person.email, membership);
      }
      return { organisation, members };
    });
  }
}
