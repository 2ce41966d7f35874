import { AppConfig } from '@crowdcomms/config';
import { TransactionalConnection } from '@crowdcomms/data-access';
import { MailService, SecretLink, SecretLinks } from '@crowdcomms/notifications';
import { forOrganisation } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { PrivacyRequest, PrivacyRequestKind, PrivacyRequestStatus } from './entities/privacy-request.entity';
import { PERSONAL_TABLES, PersonalDataContext } from './personal-data.catalogue';
import { PersonLookup } from './person-lookup';
import { exportAccountSql, exportRowsSql, organisationNameSql, Person } from './personal-data.sql';

const HOUR_MS = 3600_000;

/** The archive's format name; a reader can tell versions apart. */
export const EXPORT_FORMAT = 'crowdcomms-data-export/1';

/**
 * Builds a "Download my data" archive — one JSON document: a readable summary, then the
 * records of each context — stores it until it is downloaded, and e-mails a single-use,
 * expiring link to it. Run by the worker; running it twice builds once.
 */
@Injectable()
export class DataExportService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly mail: MailService,
    private readonly links: SecretLinks,
    private readonly config: AppConfig,
    private readonly people: PersonLookup,
  ) {}

  async build(organisationId: string, requestId: string): Promise<'built' | 'skipped'> {
    const scope = forOrganisation(organisationId);
    return this.db.transaction(scope, async () => {
      const requests = this.db.scoped(scope, PrivacyRequest);
      const request = await requests.findOne({
        where: { id: requestId, kind: PrivacyRequestKind.EXPORT },
        lock: { mode: 'pessimistic_write' },
      });
      if (!request || request.status !== PrivacyRequestStatus.PENDING || !request.membershipId) return 'skipped';
      const found = await this.people.find(organisationId, request.membershipId);
      if (!found) {
        await requests.update({ id: request.id }, { status: PrivacyRequestStatus.CANCELLED, completedAt: new Date() });
        return 'skipped';
      }
      const person: Person = found;
      const archive = await this.archive(person);
      const hours = this.config.get('DATA_EXPORT_TTL_HOURS');
      const secretLink: SecretLink = { purpose: 'data-export', ref: request.id };
      Object.assign(request, {
        status: PrivacyRequestStatus.READY,
        archive,
        tokenHash: this.links.hash(secretLink),
        expiresAt: new Date(Date.now() + hours * HOUR_MS),
      });
      await requests.save(request);
      // The secret is rendered into the e-mail only when it is sent; in the fragment it never reaches a server log.
      await this.mail.queueEmail({
        organisationId,
        to: person.email,
        subject: 'Your Crowdcomms data is ready to download',
        text: [
          `Hello,`,
          ``,
          `You asked for a copy of everything Crowdcomms holds about you in ${String(archive.organisation)}.`,
          `Download it here (sign in as yourself; the link works once, for ${hours} hours):`,
          `${this.config.get('APP_URL')}/my-data/download#token={{token:url}}`,
          ``,
          `If you did not ask for it, sign in and change your password.`,
        ].join('\n'),
        secretLink,
      });
      return 'built';
    });
  }

  /** Everything held about `person` in their organisation, grouped by context, with a summary first. */
  async archive(person: Person): Promise<Record<string, unknown>> {
    const [organisation] = await this.db.run<{ name: string }[]>(organisationNameSql(person.organisationId));
    const [account] = await this.db.run<Record<string, unknown>[]>(exportAccountSql(person));
    const data: Partial<Record<PersonalDataContext, Record<string, unknown>>> = { identity: { account } };
    const summary: string[] = [
      `Everything Crowdcomms holds about you in ${organisation.name}, as of ${new Date().toISOString()}.`,
      `Each section below lists one kind of record; "data" holds the records themselves, by area.`,
      ``,
      `Your account: ${String(account?.display_name)} <${String(account?.email)}>`,
    ];
    for (const entry of PERSONAL_TABLES) {
      if (!entry.exported.length) continue;
      const [{ rows }] = await this.db.run<{ rows: unknown[] }[]>(exportRowsSql(person, entry));
      (data[entry.context] ??= {})[entry.table] = rows;
      summary.push(`${entry.context} — ${entry.label}: ${rows.length}`);
    }
    return {
      format: EXPORT_FORMAT,
      organisation: organisation.name,
      generatedAt: new Date().toISOString(),
      summary: summary.join('\n'),
      data,
    };
  }
}
