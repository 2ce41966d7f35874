import { crossOrganisation, TransactionalConnection } from '@crowdcomms/data-access';
import { ConflictError } from '@crowdcomms/errors';
import { AuthService, MembersService, OrganisationsService } from '@crowdcomms/identity';
import { OutboxService, QueueName } from '@crowdcomms/queue';
import { forOrganisation, Role } from '@crowdcomms/request-context';
import { AssignmentsService, WorkshopsService } from '@crowdcomms/tasks';
import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { PrivacyRequest, PrivacyRequestKind, PrivacyRequestStatus } from './entities/privacy-request.entity';
import {
  anonymiseColumnSql,
  deleteAccountSql,
  deleteLeafCommentsSql,
  deleteOwnPostsSql,
  dropOutboxJobsSql,
  holdMembershipSql,
  Identifiers,
  keepRepliedCommentsSql,
  keepRepliedPostsSql,
  ORGANISATION_COLUMNS_SQL,
  OrganisationColumn,
  otherMembershipsSql,
  recountPostsSql,
  touchedPostsSql,
  wordsPattern,
} from './erasure.sql';
import { PERSONAL_TABLES } from './personal-data.catalogue';
import { PersonLookup } from './person-lookup';
import { deleteRowsSql, Person } from './personal-data.sql';
import { dueErasuresSql, liveAssignmentsSql, liveWorkshopRegistrationsSql } from './privacy-requests.sql';
import { RedisErasure } from './redis-erasure';

/** What an erasure job found: done (or nothing to do), or not due until `notBefore`. */
export type ErasureOutcome = { done: true; receipt?: Record<string, unknown> } | { done: false; notBefore: Date };

const TICK_MS = 15 * 60_000;

/** A name as it can be @mentioned (community's rule: letters and digits only, lower-cased). */
function handleOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Carries out an erasure whose cooling-off has ended. The person's own records are deleted
 * (the catalogue); posts and comments others replied to stay as "a former member" without
 * their text (or with it, when the organisation keeps content); every id, e-mail, name and @handle of theirs left anywhere in the organisation's
 * tables — found through PostgreSQL's catalogue, so new tables are covered — is anonymised;
 * their account goes when no other organisation holds them; Redis is cleaned before and after.
 * The request stays as a receipt: counts per table, no personal data. Safe to run twice.
 */
@Injectable()
export class ErasureService {
  private readonly logger = new Logger(ErasureService.name);

  constructor(
    private readonly db: TransactionalConnection,
    private readonly members: MembersService,
    private readonly organisations: OrganisationsService,
    private readonly auth: AuthService,
    private readonly assignments: AssignmentsService,
    private readonly workshops: WorkshopsService,
    private readonly outbox: OutboxService,
    private readonly redis: RedisErasure,
    private readonly people: PersonLookup,
  ) {}

  async erase(organisationId: string, requestId: string, now = new Date()): Promise<ErasureOutcome> {
    const scope = forOrganisation(organisationId, { roles: [Role.ADMIN] });
    const request = await this.db
      .scoped(scope, PrivacyRequest)
      .findOneBy({ id: requestId, kind: PrivacyRequestKind.ERASURE });
    if (!request || request.status !== PrivacyRequestStatus.PENDING || !request.membershipId) return { done: true };
    if (request.notBefore && request.notBefore > now) return { done: false, notBefore: request.notBefore };
    const found = await this.people.find(organisationId, request.membershipId);
    if (!found) return this.finish(request, { note: 'nothing was left to erase' });
    const person: Person = found;

    // The organisation keeps an admin: checked again now, as roles may have changed during the cooling-off.
    try {
      await this.db.transaction(scope, () =>
        this.members.assertNotOnlyAdmin(scope, person.membershipId, 'The only admin cannot be erased'),
      );
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      await this.db
        .scoped(scope, PrivacyRequest)
        .update(
          { id: requestId, status: PrivacyRequestStatus.PENDING },
          { status: PrivacyRequestStatus.REFUSED, completedAt: new Date() },
        );
      return { done: true };
    }

    const who: Identifiers = {
      ids: [person.membershipId, person.userId],
      pseudonym: randomUUID(),
      words: wordsPattern(person.email, found.names, found.names.map(handleOf)),
    };
    const needles = [...who.ids, person.email, ...found.names];
    await this.redis.erase(needles);
    // One transaction of the organisation's: the tasks context's withdrawal joins it, so the jobs it
    // queues for the person are dropped with the rest before anything is committed.
    const receipt = await this.db.transaction(scope, async () => {
      await this.db.run(holdMembershipSql(organisationId, person.membershipId));
      // Seats they hold go back, and whoever offered them hears of it.
      const asThem = forOrganisation(organisationId, { actingAs: { membershipId: person.membershipId } });
      for (const { id } of await this.db.run<{ id: string }[]>(
        liveAssignmentsSql(organisationId, person.membershipId),
      )) {
        await this.assignments.withdraw(asThem, {
          assignmentId: id,
          reason: 'Their account was erased at their request.',
        });
      }
      // Workshop places they hold go to the first person waiting, who is told.
      for (const { task_id } of await this.db.run<{ task_id: string }[]>(
        liveWorkshopRegistrationsSql(organisationId, person.membershipId),
      )) {
        await this.workshops.cancel(asThem, task_id);
      }
      return this.eraseRows(person, who, requestId);
    });
    // Jobs that named them while the rows were erased (or were running then) go too.
    receipt.redisEntries = await this.redis.erase(needles);
    this.logger.log(`erasure ${requestId} carried out`);
    return { done: true, receipt };
  }

  /** Queues an `erase` job for every request whose cooling-off has ended (a safety net for delayed jobs Redis lost). */
  async queueDue(now: Date): Promise<number> {
    return this.db.transaction(
      crossOrganisation('the erasure tick looks at every organisation’s due requests'),
      async () => {
        const due = await this.db.run<{ id: string; organisationId: string }[]>(dueErasuresSql(now));
        for (const request of due) {
          await this.outbox.enqueue({
            queue: QueueName.PRIVACY,
            name: 'erase',
            jobId: `privacy-erase-${request.id}-${Math.floor(now.getTime() / TICK_MS)}`,
            payload: { organisationId: request.organisationId, requestId: request.id },
            organisationId: request.organisationId,
          });
        }
        return due.length;
      },
    );
  }

  private async eraseRows(person: Person, who: Identifiers, requestId: string): Promise<Record<string, unknown>> {
    const org = person.organisationId;
    const scope = forOrganisation(org);
    const request = await this.db.scoped(scope, PrivacyRequest).findOne({
      where: { id: requestId },
      lock: { mode: 'pessimistic_write' },
    });
    if (request?.status !== PrivacyRequestStatus.PENDING) return { note: 'already carried out' };
    const deleted: Record<string, number> = {};
    const anonymised: Record<string, number> = {};
    const count = (into: Record<string, number>, table: string, n: number) => {
      if (n) into[table] = (into[table] ?? 0) + n;
    };
    const affected = (result: unknown) => (Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0);

    // Community: what others replied to stays, as "a former member" — without its words, unless the
    // organisation keeps content; then the anonymisation below scrubs their names and handles from it.
    const { keepRepliedContentOnErasure: keepText } = await this.organisations.settingsView(org);
    const [{ ids: touchedPosts }] = await this.db.run<{ ids: string[] }[]>(touchedPostsSql(org, person.membershipId));
    for (let n = -1; n !== 0;) {
      n = affected(await this.db.run(deleteLeafCommentsSql(org, person.membershipId)));
      count(deleted, 'comment', n);
    }
    count(
      anonymised,
      'comment',
      affected(await this.db.run(keepRepliedCommentsSql(org, person.membershipId, who.pseudonym, keepText))),
    );
    count(
      anonymised,
      'post',
      affected(await this.db.run(keepRepliedPostsSql(org, person.membershipId, who.pseudonym, keepText))),
    );
    count(deleted, 'post', affected(await this.db.run(deleteOwnPostsSql(org, person.membershipId))));
    await this.db.run(recountPostsSql(org, touchedPosts));

    count(deleted, 'outbox_entry', affected(await this.db.run(dropOutboxJobsSql(org, who.ids))));
    // Open sessions and sockets end now, on every API replica.
    await this.auth.revokeSessions({ organisationId: org, userId: person.userId }, 'ERASED');
    for (const entry of PERSONAL_TABLES) {
      const statement = deleteRowsSql(person, entry);
      if (statement) count(deleted, entry.table, affected(await this.db.run(statement)));
    }
    const columns = await this.db.run<OrganisationColumn[]>({ text: ORGANISATION_COLUMNS_SQL, values: [] });
    for (const column of columns) {
      count(anonymised, column.table, affected(await this.db.run(anonymiseColumnSql(org, column, who))));
    }
    const [{ n: elsewhere }] = await this.db.run<{ n: number }[]>(otherMembershipsSql(org, person.userId));
    if (!elsewhere) {
      for (const statement of deleteAccountSql(person.userId, person.email)) {
        count(deleted, statement.text.match(/FROM "?(\w+)/)![1], affected(await this.db.run(statement)));
      }
    }
    const receipt = { deleted, anonymised, accountDeleted: !elsewhere, carriedOutAt: new Date().toISOString() };
    Object.assign(request, {
      status: PrivacyRequestStatus.COMPLETED,
      completedAt: new Date(),
      membershipId: null,
      // Who asked stays only when it was someone else (an admin acting on the request).
      requestedByMembershipId:
        request.requestedByMembershipId === person.membershipId ? null : request.requestedByMembershipId,
      receipt,
    });
    await this.db.scoped(scope, PrivacyRequest).save(request);
    return receipt;
  }

  private async finish(request: PrivacyRequest, receipt: Record<string, unknown>): Promise<ErasureOutcome> {
    Object.assign(request, {
      status: PrivacyRequestStatus.COMPLETED,
      completedAt: new Date(),
      membershipId: null,
      receipt,
    });
    await this.db.scoped(forOrganisation(request.organisationId), PrivacyRequest).save(request);
    return { done: true, receipt };
  }
}
