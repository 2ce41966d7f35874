import { TransactionalConnection } from '@crowdcomms/data-access';
import { AppConfig } from '@crowdcomms/config';
import { BadInputError, ConflictError, NotFoundError, UnauthenticatedError } from '@crowdcomms/errors';
import { MailService, SecretLink, SecretLinks } from '@crowdcomms/notifications';
import { RequestContext } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { IsNull, MoreThan } from 'typeorm';
import { AuthService } from './auth/auth.service';
import { PasswordService } from './auth/password.service';
import { TokenService } from './auth/token.service';
import { AcceptInvitationInput, AuthPayload } from './dto/auth.types';
import { InviteMemberInput } from './dto/invitations.types';
import { Invitation } from './entities/invitation.entity';
import { Membership, MembershipStatus } from './entities/membership.entity';
import { Organisation } from './entities/organisation.entity';
import { User } from './entities/user.entity';

@Injectable()
export class InvitationsService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly tokens: TokenService,
    private readonly passwords: PasswordService,
    private readonly auth: AuthService,
    private readonly mail: MailService,
    private readonly links: SecretLinks,
    private readonly config: AppConfig,
  ) {}

  /**
   * Invites someone by e-mail; a pending invitation to the same address is
   * replaced. The invitation, its e-mail and the job that sends it commit together.
   */
  async invite(ctx: RequestContext, input: InviteMemberInput): Promise<Invitation> {
    return this.db.transaction(ctx, async () => {
      const member = await this.db.manager
        .createQueryBuilder(Membership, 'm')
        .innerJoin(User, 'u', 'u.id = m.userId')
        .where('m.organisationId = :org AND u.email = :email AND m.status = :active', {
          org: ctx.organisationId,
          email: input.email,
          active: MembershipStatus.ACTIVE,
        })
        .getOne();
      if (member) throw new ConflictError('This person is already a member');
      await this.db.manager.update(
        Invitation,
        { organisationId: ctx.organisationId, email: input.email, acceptedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: () => 'now()' },
      );
      // The token is derived from the invitation's id when the e-mail is sent; only its hash is stored.
      const id = randomUUID();
      const secretLink: SecretLink = { purpose: 'invitation', ref: id, scope: ctx.organisationId };
      const days = this.config.get('INVITATION_TTL_DAYS');
      const invitation = await this.db.manager.save(
        this.db.manager.create(Invitation, {
          id,
          organisationId: ctx.organisationId,
          email: input.email,
          roles: input.roles,
          department: input.department?.trim() || null,
          grade: input.grade?.trim() || null,
          location: input.location?.trim() || null,
          tokenHash: this.links.hash(secretLink),
          invitedByMembershipId: ctx.membershipId,
          expiresAt: new Date(Date.now() + days * 24 * 3600 * 1000),
        }),
      );
      const organisation = await this.db.manager.findOneByOrFail(Organisation, { id: ctx.organisationId });
      const inviter = await this.db.manager.findOneByOrFail(User, { id: ctx.userId });
      // The token rides in the fragment: browsers never send it to a server, so it stays out of logs.
      const link = `${this.config.get('APP_URL')}/invitation#token={{token:url}}`;
      // Names are people's text: they must not carry placeholders of their own into the template.
      const plain = (text: string) => text.replaceAll('{{', '{ {');
      await this.mail.queueEmail({
        organisationId: ctx.organisationId,
        to: input.email,
        subject: `${inviter.displayName} invited you to ${organisation.name} on Crowdcomms`,
        text: [
          `Hello,`,
          ``,
          `${plain(inviter.displayName)} invited you to join ${plain(organisation.name)} on Crowdcomms.`,
          `Accept the invitation here (valid for ${days} days):`,
          link,
          ``,
          `Invitation token: {{token}}`,
        ].join('\n'),
        secretLink,
      });
      return invitation;
    });
  }

  pending(ctx: RequestContext): Promise<Invitation[]> {
    return this.db.getRepository(Invitation).find({
      where: {
        organisationId: ctx.organisationId,
        acceptedAt: IsNull(),
        revokedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
      },
      order: { createdAt: 'DESC' },
    });
  }

  async revoke(ctx: RequestContext, invitationId: string): Promise<Invitation> {
    const repo = this.db.getRepository(Invitation);
    const invitation = await repo.findOneBy({
      id: invitationId,
      organisationId: ctx.organisationId,
      revokedAt: IsNull(),
    });
    if (!invitation) throw new NotFoundError('Invitation');
    if (invitation.acceptedAt) throw new ConflictError('This invitation has already been accepted');
    invitation.revokedAt = new Date();
    return repo.save(invitation);
  }

  /** Accepts an invitation as a new user (who sets a password) or an existing one (who proves theirs). */
  async accept(input: AcceptInvitationInput): Promise<AuthPayload> {
    const parsed = this.tokens.parseOpaqueToken(input.token);
    if (!parsed) throw new NotFoundError('Invitation');
    // Anyone holding the link may accept: the token names its organisation.
    const invitation = await this.db
      .scoped({ organisationId: parsed.organisationId }, Invitation)
      .findOneBy({ tokenHash: parsed.hash, revokedAt: IsNull() });
    if (!invitation) throw new NotFoundError('Invitation');
    if (invitation.acceptedAt) throw new ConflictError('This invitation has already been used');
    if (invitation.expiresAt <= new Date()) {
      throw new BadInputError('This invitation has expired; ask an admin to invite you again', { field: 'token' });
    }

    const existing = await this.db.getRepository(User).findOneBy({ email: invitation.email });
    let newPasswordHash: string | null = null;
    if (existing) {
      if (!(await this.passwords.verify(existing.passwordHash, input.password))) {
        throw new UnauthenticatedError('You already have an account: enter its password to accept');
      }
    } else {
      if (!input.displayName?.trim())
        throw new BadInputError('displayName is required for a new account', { field: 'displayName' });
      this.passwords.assertStrong(input.password, invitation.email);
      newPasswordHash = await this.passwords.hash(input.password);
    }

    return this.db.transaction({ organisationId: invitation.organisationId }, async () => {
      // Single use, even under concurrency: only one acceptance can flip accepted_at.
      const claimed = await this.db.manager.update(
        Invitation,
        { id: invitation.id, organisationId: invitation.organisationId, acceptedAt: IsNull(), revokedAt: IsNull() },
        { acceptedAt: () => 'now()' },
      );
      if (!claimed.affected) throw new ConflictError('This invitation has already been used');
      const user =
        existing ??
        (await this.db.manager.save(
          this.db.manager.create(User, {
            email: invitation.email,
            displayName: input.displayName!.trim(),
            passwordHash: newPasswordHash!,
          }),
        ));
      let membership = await this.db.manager.findOneBy(Membership, {
        organisationId: invitation.organisationId,
        userId: user.id,
      });
      if (membership?.status === MembershipStatus.ACTIVE) throw new ConflictError('You are already a member');
      membership = this.db.manager.merge(Membership, membership ?? this.db.manager.create(Membership), {
        organisationId: invitation.organisationId,
        userId: user.id,
        roles: invitation.roles,
        department: invitation.department,
        grade: invitation.grade,
        location: invitation.location,
        status: MembershipStatus.ACTIVE,
      });
      await this.db.manager.save(membership);
      const organisation = await this.db.manager.findOneByOrFail(Organisation, { id: invitation.organisationId });
      return this.auth.startSession(user, organisation, membership);
    });
  }
}
