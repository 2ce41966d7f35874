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
import { PasswordSignInPolicy } from './auth/password-sign-in-policy';
import { TokenService } from './auth/token.service';
import { AcceptInvitationInput, AuthPayload } from './dto/auth.types';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import {
  InvitationRowCode,
  InvitationRowResult,
  InviteMemberInput,
  MAX_BULK_INVITATIONS,
} from './dto/invitations.types';
import { InvitationBudget } from './invitation-budget';
import { knownDepartmentsSql } from './invitations.sql';
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
    private readonly budget: InvitationBudget,
    private readonly passwordPolicy: PasswordSignInPolicy,
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

  /**
   * Invites a list (a pilot's CSV): each row on its own, so one bad row stops no other,
   * each with a result and a stable code. Departments must be ones the organisation
   * already uses (matched regardless of case, stored in its spelling) or named in
   * `newDepartments`, so a typo does not start a department of its own. Each row
   * counts against the hour's invitation allowance (InvitationBudget); rows past it
   * are RATE_LIMITED, not lost from the answer.
   */
  async inviteMany(
    ctx: RequestContext,
    rows: readonly unknown[],
    newDepartments: readonly string[] = [],
  ): Promise<InvitationRowResult[]> {
    if (!rows.length) throw new BadInputError('The list is empty', { field: 'input', reason: 'EMPTY_LIST' });
    if (rows.length > MAX_BULK_INVITATIONS) {
      throw new BadInputError(`A list may hold at most ${MAX_BULK_INVITATIONS} people; split it`, {
        field: 'input',
        reason: 'TOO_MANY_ROWS',
        max: MAX_BULK_INVITATIONS,
      });
    }
    if (newDepartments.length > 50 || newDepartments.some((d) => d.length > 120)) {
      throw new BadInputError('newDepartments may name up to 50 departments of up to 120 characters', {
        field: 'newDepartments',
      });
    }
    const known = new Map<string, string>();
    for (const d of newDepartments) if (d.trim()) known.set(d.trim().toLowerCase(), d.trim());
    const used: { department: string }[] = await this.db.run(knownDepartmentsSql(ctx.organisationId));
    for (const { department } of used) known.set(department.toLowerCase(), department);

    const results: InvitationRowResult[] = [];
    const ready: { result: InvitationRowResult; input: InviteMemberInput }[] = [];
    const seen = new Set<string>();
    for (const [index, raw] of rows.entries()) {
      const input = plainToInstance(InviteMemberInput, raw ?? {});
      const rawEmail = (raw as { email?: unknown } | null)?.email;
      const result: InvitationRowResult = {
        row: index + 1,
        email: typeof input.email === 'string' ? input.email : typeof rawEmail === 'string' ? rawEmail : '',
        code: InvitationRowCode.INVITED,
        message: '',
        field: null,
        retryAfter: null,
        invitation: null,
      };
      results.push(result);
      const errors = await validate(input, { whitelist: true, forbidNonWhitelisted: true });
      const fail = (code: InvitationRowCode, message: string, field: string | null) =>
        Object.assign(result, { code, message, field });
      if (errors.length) {
        const first = errors.find((e) => e.property === 'email') ?? errors[0];
        const message = Object.values(first.constraints ?? {})[0] ?? `${first.property} is not valid`;
        fail(
          first.property === 'email' ? InvitationRowCode.INVALID_EMAIL : InvitationRowCode.INVALID_ROW,
          message,
          first.property,
        );
        continue;
      }
      if (seen.has(input.email)) {
        fail(InvitationRowCode.DUPLICATE_IN_LIST, 'This address is on an earlier row', 'email');
        continue;
      }
      seen.add(input.email);
      const department = input.department?.trim();
      if (department) {
        const spelling = known.get(department.toLowerCase());
        if (!spelling) {
          fail(
            InvitationRowCode.UNKNOWN_DEPARTMENT,
            `The organisation has no department “${department}”: check the spelling, or confirm it as a new department`,
            'department',
          );
          continue;
        }
        input.department = spelling;
      }
      ready.push({ result, input });
    }

    const { granted, retryAfter } = await this.budget.reserve(ctx.organisationId, ready.length);
    for (const [i, { result, input }] of ready.entries()) {
      if (i >= granted) {
        Object.assign(result, {
          code: InvitationRowCode.RATE_LIMITED,
          message: 'The organisation’s invitations for this hour are used up; send this row again later',
          retryAfter,
        });
        continue;
      }
      try {
        result.invitation = await this.invite(ctx, input);
        result.message = 'Invited';
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        Object.assign(result, { code: InvitationRowCode.ALREADY_MEMBER, message: error.message, field: 'email' });
      }
    }
    return results;
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

    // Joining with a password: refused where the organisation signs its people in itself.
    await this.passwordPolicy.assertAllowed({ organisationId: invitation.organisationId, membershipId: null });
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
