import { TransactionalConnection } from '@crowdcomms/data-access';
import { RequestContext } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';

export interface TaskTotals {
  openTasks: number;
  filledTasks: number;
  doneTasks: number;
  /** Median hours from opening to the last seat taken, over tasks that filled; null before any did. */
  medianHoursToFill: number | null;
  /** Accepted ÷ (accepted + declined) offers; null before any decision. */
  acceptanceRate: number | null;
  hoursContributed: number;
  completedAssignments: number;
}

export interface TaskMonth {
  month: string;
  tasksOpened: number;
  tasksFilled: number;
  medianHoursToFill: number | null;
  offers: number;
  accepted: number;
  declined: number;
  acceptanceRate: number | null;
  completed: number;
  hoursContributed: number;
}

const rate = (accepted: number, declined: number) =>
  accepted + declined ? Math.round((accepted / (accepted + declined)) * 1000) / 1000 : null;
const hours = (value: string | number | null) => (value == null ? null : Math.round(Number(value) * 10) / 10);

/** Figures about tasks and assignments for the programme dashboard, all in UTC months. */
@Injectable()
export class TaskStatsService {
  constructor(private readonly db: TransactionalConnection) {}

  async totals(ctx: RequestContext): Promise<TaskTotals> {
    const [t]: {
      open: number;
      filled: number;
      done: number;
      median: string | null;
    }[] = await this.db.query(
      `SELECT count(*) FILTER (WHERE status = 'OPEN')::int AS open,
              count(*) FILTER (WHERE status = 'FILLED')::int AS filled,
              count(*) FILTER (WHERE status = 'DONE')::int AS done,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM filled_at - opened_at) / 3600)
                FILTER (WHERE filled_at IS NOT NULL AND opened_at IS NOT NULL) AS median
         FROM comms_task WHERE organisation_id = $1`,
      [ctx.organisationId],
    );
    const [a]: { accepted: number; declined: number; hours: string | null; completed: number }[] = await this.db.query(
      `SELECT count(*) FILTER (WHERE offered_at IS NOT NULL AND accepted_at IS NOT NULL)::int AS accepted,
                count(*) FILTER (WHERE declined_at IS NOT NULL)::int AS declined,
                sum(hours_contributed) FILTER (WHERE status = 'COMPLETED') AS hours,
                count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed
           FROM assignment WHERE organisation_id = $1`,
      [ctx.organisationId],
    );
    return {
      openTasks: t.open,
      filledTasks: t.filled,
      doneTasks: t.done,
      medianHoursToFill: hours(t.median),
      acceptanceRate: rate(a.accepted, a.declined),
      hoursContributed: hours(a.hours) ?? 0,
      completedAssignments: a.completed,
    };
  }

  /** One row per UTC month from `since`'s month to now's, empty months included. */
  async monthly(ctx: RequestContext, since: Date): Promise<TaskMonth[]> {
    const rows: {
      month: string;
      opened: number;
      filled: number;
      median: string | null;
      offers: number;
      accepted: number;
      declined: number;
      completed: number;
      hours: string | null;
    }[] = await this.db.query(
      `WITH months AS (
         SELECT generate_series(date_trunc('month', $2::timestamptz AT TIME ZONE 'UTC'),
                                date_trunc('month', now() AT TIME ZONE 'UTC'), interval '1 month') AS m),
       tasks AS (SELECT * FROM comms_task WHERE organisation_id = $1),
       assignments AS (SELECT * FROM assignment WHERE organisation_id = $1)
       SELECT to_char(m, 'YYYY-MM') AS month,
              (SELECT count(*)::int FROM tasks WHERE date_trunc('month', opened_at AT TIME ZONE 'UTC') = m) AS opened,
              (SELECT count(*)::int FROM tasks WHERE date_trunc('month', filled_at AT TIME ZONE 'UTC') = m) AS filled,
              (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM filled_at - opened_at) / 3600)
                 FROM tasks WHERE date_trunc('month', filled_at AT TIME ZONE 'UTC') = m AND opened_at IS NOT NULL) AS median,
              (SELECT count(*)::int FROM assignments WHERE date_trunc('month', offered_at AT TIME ZONE 'UTC') = m) AS offers,
              (SELECT count(*)::int FROM assignments
                WHERE offered_at IS NOT NULL AND date_trunc('month', accepted_at AT TIME ZONE 'UTC') = m) AS accepted,
              (SELECT count(*)::int FROM assignments WHERE date_trunc('month', declined_at AT TIME ZONE 'UTC') = m) AS declined,
              (SELECT count(*)::int FROM assignments
                WHERE status = 'COMPLETED' AND date_trunc('month', completed_at AT TIME ZONE 'UTC') = m) AS completed,
              (SELECT sum(hours_contributed) FROM assignments
                WHERE status = 'COMPLETED' AND date_trunc('month', completed_at AT TIME ZONE 'UTC') = m) AS hours
         FROM months ORDER BY m`,
      [ctx.organisationId, since],
    );
    return rows.map((r) => ({
      month: r.month,
      tasksOpened: r.opened,
      tasksFilled: r.filled,
      medianHoursToFill: hours(r.median),
      offers: r.offers,
      accepted: r.accepted,
      declined: r.declined,
      acceptanceRate: rate(r.accepted, r.declined),
      completed: r.completed,
      hoursContributed: hours(r.hours) ?? 0,
    }));
  }
}
