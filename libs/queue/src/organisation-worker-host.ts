import { DataScope, withScope } from '@crowdcomms/data-access';
import { WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A processor whose jobs run under the organisation their payload names, for
 * row-level security: every statement a job makes outside a transaction sees
 * that organisation's rows only. A job without one (a scheduler's tick) sees no
 * organisation's rows unless it declares a cross-organisation scope.
 */
export abstract class OrganisationWorkerHost<J extends Job = Job> extends WorkerHost {
  process(job: J): Promise<unknown> {
    const scope = this.scopeOf(job);
    return withScope(scope ?? (() => null), () => this.handle(job));
  }

  /** The organisation the payload names (a valid uuid), or none. */
  protected scopeOf(job: J): DataScope | null {
    const organisationId = (job.data as { organisationId?: unknown } | undefined)?.organisationId;
    return typeof organisationId === 'string' && UUID.test(organisationId) ? { organisationId } : null;
  }

  /** Does the job's work (under its organisation). */
  abstract handle(job: J): Promise<unknown>;
}
