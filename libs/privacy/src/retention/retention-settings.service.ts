import { TransactionalConnection } from '@crowdcomms/data-access';
import { BadInputError } from '@crowdcomms/errors';
import { ProfileAuditService } from '@crowdcomms/profiles';
import { RequestContext } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { RETENTION_KINDS, RETENTION_RULES, RetentionKind } from './retention-kind';
import { periodInForce } from './retention-periods';
import { RetentionPolicy } from './retention-policy.entity';
import { setPeriodSql } from './retention.sql';
import { RetentionPeriod, RetentionSettings } from './retention.types';

/** Admins read and choose how long each kind of record is kept in their organisation. */
@Injectable()
export class RetentionSettingsService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: ProfileAuditService,
  ) {}

  /** Every kind's period in the caller's organisation, and when the job last ran. */
  async settings(ctx: RequestContext): Promise<RetentionSettings> {
    const stored = await this.policies(ctx);
    const last = Math.max(0, ...[...stored.values()].map((p) => p.lastRunAt?.getTime() ?? 0));
    return {
      periods: RETENTION_KINDS.map((kind) => periodInForce(kind, stored.get(kind))),
      lastRunAt: last ? new Date(last) : null,
    };
  }

  /** Sets one kind's period; the change is audited. Outside the kind's limits it is refused and nothing changes. */
  async setPeriod(ctx: RequestContext, kind: RetentionKind, days: number): Promise<RetentionPeriod> {
    const rule = RETENTION_RULES[kind];
    if (!Number.isInteger(days) || days < rule.minDays || days > rule.maxDays) {
      throw new BadInputError(`days must be between ${rule.minDays} and ${rule.maxDays} for this kind of record`, {
        field: 'days',
        minDays: rule.minDays,
        maxDays: rule.maxDays,
      });
    }
    return this.db.transaction(ctx, async () => {
      const before = periodInForce(kind, (await this.policies(ctx)).get(kind));
      await this.db.run(setPeriodSql(ctx.organisationId, kind, days));
      if (before.days !== days) {
        await this.audit.recordSettingChange(ctx, `retention.${kind}`, before.days, days);
      }
      return periodInForce(kind, (await this.policies(ctx)).get(kind));
    });
  }

  private async policies(ctx: RequestContext): Promise<Map<RetentionKind, RetentionPolicy>> {
    const rows = await this.db.scoped(ctx, RetentionPolicy).find();
    return new Map(rows.map((p) => [p.kind, p]));
  }
}
