import { respondentKey } from '@crowdcomms/campaigns';
import { AppConfig } from '@crowdcomms/config';
import { TransactionalConnection } from '@crowdcomms/data-access';
import { Injectable } from '@nestjs/common';
import { Person, personSql, surveyIdsSql } from './personal-data.sql';

/** Whose data an export or an erasure is about, found the same way by both. */
@Injectable()
export class PersonLookup {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly config: AppConfig,
  ) {}

  /**
   * The person behind a membership, with every name they go by and their
   * respondent key to each survey (their anonymous answers carry only that); null when gone.
   */
  async find(organisationId: string, membershipId: string): Promise<(Person & { names: string[] }) | null> {
    const [found] = await this.db.run<Omit<Person & { names: string[] }, 'organisationId' | 'surveyKeys'>[]>(
      personSql(organisationId, membershipId),
    );
    if (!found) return null;
    const surveys = await this.db.run<{ id: string }[]>(surveyIdsSql(organisationId));
    const secret = this.config.get('JWT_SECRET');
    return {
      ...found,
      organisationId,
      surveyKeys: surveys.map((survey) => respondentKey(secret, survey.id, found.membershipId)),
    };
  }
}
