import { TransactionalConnection } from '@crowdcomms/data-access';
import { isUniqueViolation } from '@crowdcomms/errors';
import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AuthPayload } from '../dto/auth.types';
import { Membership, MembershipStatus } from '../entities/membership.entity';
import { Organisation } from '../entities/organisation.entity';
import { User } from '../entities/user.entity';
import { knownDepartmentsSql } from '../invitations.sql';
import { AuthService } from './auth.service';
import { PasswordService } from './password.service';
import {
  claimInvitationsSql,
  insertUserSql,
  joinSql,
  knownGradesSql,
  organisationSql,
  Placement,
  userByEmailSql,
} from './verified-email-sign-in.sql';

/** A person whose e-mail the organisation's own identity provider has verified. */
export interface VerifiedPerson {
  email: string;
  displayName: string;
  /** As the provider names them; used only when the organisation already has that department or grade. */
  department?: string | null;
  grade?: string | null;
}

export type VerifiedSignIn =
  { outcome: 'SIGNED_IN'; payload: AuthPayload; joined: boolean } | { outcome: 'DEACTIVATED' };

/**
 * Sign-in vouched for by the organisation (single sign-on): the person is found by e-mail, or created; a
 * first sign-in makes them a MEMBER of the organisation, or what an open invitation to them says; then a session starts exactly as a password
 * sign-in starts one. A deactivated member stays out.
 */
@Injectable()
export class VerifiedEmailSignIn {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly auth: AuthService,
    private readonly passwords: PasswordService,
  ) {}

  async signIn(organisationId: string, person: VerifiedPerson): Promise<VerifiedSignIn> {
    const email = person.email.trim().toLowerCase();
    try {
      return await this.attempt(organisationId, { ...person, email });
    } catch (error) {
      // Two first sign-ins of the same person at once: the other created them; this one now finds them.
      if (!isUniqueViolation(error)) throw error;
      return this.attempt(organisationId, { ...person, email });
    }
  }

  private async attempt(organisationId: string, person: VerifiedPerson): Promise<VerifiedSignIn> {
    const [known] = await this.db.run<User[]>(userByEmailSql(person.email));
    // No password anyone knows: a random one, hashed like any other, so password sign-in simply fails.
    const unusableHash = known ? null : await this.passwords.hash(randomBytes(32).toString('base64url'));
    return this.db.transaction({ organisationId }, async () => {
      const [created] = known
        ? []
        : await this.db.run<User[]>(
            insertUserSql(person.email, person.displayName.trim().slice(0, 120) || person.email, unusableHash!),
          );
      const user = known ?? created ?? (await this.db.run<User[]>(userByEmailSql(person.email)))[0];
      const members = this.db.scoped({ organisationId }, Membership);
      let membership = await members.findOneBy({ userId: user.id });
      let joined = false;
      if (!membership) {
        // Invited earlier: as the admin chose (the provider's department and grade fill what they left empty).
        const [invited] = await this.db.run<Placement[]>(claimInvitationsSql(organisationId, person.email));
        const department =
          invited?.department ??
          (await this.known(knownDepartmentsSql(organisationId), 'department', person.department));
        const grade = invited?.grade ?? (await this.known(knownGradesSql(organisationId), 'grade', person.grade));
        await this.db.run(
          joinSql(organisationId, user.id, {
            roles: invited?.roles ?? ['MEMBER'],
            department,
            grade,
            location: invited?.location ?? null,
          }),
        );
        membership = (await members.findOneBy({ userId: user.id }))!;
        joined = true;
      }
      if (membership.status !== MembershipStatus.ACTIVE) return { outcome: 'DEACTIVATED' as const };
      const [organisation] = await this.db.run<Organisation[]>(organisationSql(organisationId));
      // The session needs the person's and organisation's ids; the redirect that follows shows nothing else.
      const payload = await this.auth.startSession(user, organisation, membership, 'SSO');
      return { outcome: 'SIGNED_IN' as const, payload, joined };
    });
  }

  /** The organisation's own spelling of `value` when it already uses it (case aside), else nothing. */
  private async known(
    statement: Parameters<TransactionalConnection['run']>[0],
    column: 'department' | 'grade',
    value: string | null | undefined,
  ): Promise<string | null> {
    const wanted = value?.trim().toLowerCase();
    if (!wanted) return null;
    const rows = await this.db.run<Record<string, string>[]>(statement);
    return rows.map((row) => row[column]).find((v) => v.toLowerCase() === wanted) ?? null;
  }
}
