import { crossOrganisation, returnedRows, TransactionalConnection } from '@crowdcomms/data-access';
import { BadInputError, NotFoundError } from '@crowdcomms/errors';
import { Role } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { In } from 'typeorm';
import { Membership, MembershipStatus } from './entities/membership.entity';
import { DEFAULT_ORGANISATION_SETTINGS, Organisation, OrganisationSettings } from './entities/organisation.entity';
import { ProfileVisibility } from './entities/profile-visibility.enum';
import { organisationBySlugOrIdSql, renameOrganisationSql, setOrganisationSettingSql } from './organisations.sql';

export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'organisation';
}

@Injectable()
export class OrganisationsService {
  constructor(private readonly db: TransactionalConnection) {}

  /** Creates an organisation with `creatorUserId` as its first admin. */
  async create(name: string, creatorUserId: string): Promise<{ organisation: Organisation; membership: Membership }> {
    const base = slugify(name);
    const taken = await this.db.manager.existsBy(Organisation, { slug: base });
    const slug = taken ? `${base}-${randomBytes(3).toString('hex')}` : base;
    const organisation = await this.db.manager.save(this.db.manager.create(Organisation, { name: name.trim(), slug }));
    const membership = await this.db.manager.save(
      this.db.manager.create(Membership, {
        organisationId: organisation.id,
        userId: creatorUserId,
        roles: [Role.ADMIN, Role.MEMBER],
      }),
    );
    return { organisation, membership };
  }

  /** Sets the visibility new profiles start with; ORGANISATION is the member's own choice, never a default. */
  async setDefaultProfileVisibility(
    organisationId: string,
    visibility: OrganisationSettings['defaultProfileVisibility'],
  ): Promise<OrganisationSettings> {
    if (visibility !== ProfileVisibility.PRIVATE && visibility !== ProfileVisibility.HR_ONLY) {
      throw new BadInputError('The default profile visibility can only be PRIVATE or HR_ONLY');
    }
    const rows: [{ settings: OrganisationSettings }[], number] = await this.db.query(
      `UPDATE organisation SET settings = settings || jsonb_build_object('defaultProfileVisibility', $2::text)
        WHERE id = $1 RETURNING settings`,
      [organisationId, visibility],
    );
    return { ...DEFAULT_ORGANISATION_SETTINGS, ...rows[0][0]?.settings };
  }

  /** Whether members new to the community follow everyone and every topic (each free to unfollow). */
  async setFollowEveryoneByDefault(organisationId: string, enabled: boolean): Promise<OrganisationSettings> {
    const rows: [{ settings: OrganisationSettings }[], number] = await this.db.query(
      `UPDATE organisation SET settings = settings || jsonb_build_object('followEveryoneByDefault', $2::boolean)
        WHERE id = $1 RETURNING settings`,
      [organisationId, enabled],
    );
    return { ...DEFAULT_ORGANISATION_SETTINGS, ...rows[0][0]?.settings };
  }

  /** Whether an erasure keeps the text of posts and comments others replied to (see docs/privacy.md). */
  async setKeepRepliedContentOnErasure(organisationId: string, enabled: boolean): Promise<OrganisationSettings> {
    const rows = returnedRows<{ settings: OrganisationSettings }>(
      await this.db.run(setOrganisationSettingSql(organisationId, 'keepRepliedContentOnErasure', enabled)),
    );
    return { ...DEFAULT_ORGANISATION_SETTINGS, ...rows[0]?.settings };
  }

  /** The name and settings an admin sees on the settings page. */
  async settingsView(organisationId: string): Promise<{ name: string } & OrganisationSettings> {
    const organisation = await this.findById(organisationId);
    if (!organisation) throw new NotFoundError('Organisation');
    return { ...DEFAULT_ORGANISATION_SETTINGS, ...organisation.settings, name: organisation.name };
  }

  /** A new display name; the slug (used in links) stays as it was. */
  async rename(organisationId: string, name: string): Promise<Organisation> {
    await this.db.run(renameOrganisationSql(organisationId, name));
    const organisation = await this.findById(organisationId);
    if (!organisation) throw new NotFoundError('Organisation');
    return organisation;
  }

  findById(id: string): Promise<Organisation | null> {
    return this.db.getRepository(Organisation).findOneBy({ id });
  }

  /** The organisation a public link names (`/auth/sso/<slug or id>/start`), if there is one. */
  async findBySlugOrId(slugOrId: string): Promise<Pick<Organisation, 'id' | 'name' | 'slug'> | null> {
    const rows: Pick<Organisation, 'id' | 'name' | 'slug'>[] = await this.db.run(organisationBySlugOrIdSql(slugOrId));
    return rows[0] ?? null;
  }

  /** Every organisation the user is an active member of, oldest membership first. */
  async findActiveForUser(userId: string): Promise<Organisation[]> {
    const memberships = await this.db.within(crossOrganisation('a person’s memberships span organisations'), () =>
      this.db.getRepository(Membership).find({
        where: { userId, status: MembershipStatus.ACTIVE },
        order: { createdAt: 'ASC' },
      }),
    );
    if (!memberships.length) return [];
    const organisations = await this.db
      .getRepository(Organisation)
      .findBy({ id: In(memberships.map((m) => m.organisationId)) });
    const byId = new Map(organisations.map((o) => [o.id, o]));
    return memberships.map((m) => byId.get(m.organisationId)).filter((o): o is Organisation => !!o);
  }
}
