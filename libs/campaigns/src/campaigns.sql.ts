import { scopedSql, SqlStatement } from '@crowdcomms/data-access';

export interface BaselineShareRow {
  campaignId: string;
  membershipId: string;
  channel: string;
  form: string;
  url: string;
  title: string;
  sharedOn: string;
}

/**
 * Records a baseline share, marked as such. The same URL again for the same participant and campaign updates it
 * (a re-imported file changes nothing twice); a URL already logged otherwise returns no row (a conflict).
 */
export function upsertBaselineShareSql(organisationId: string, share: BaselineShareRow): SqlStatement {
  return scopedSql(
    organisationId,
    `INSERT INTO campaign_share (organisation_id, campaign_id, membership_id, channel, form, url, title, shared_on, baseline)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true)
     ON CONFLICT ON CONSTRAINT campaign_share_organisation_url_key DO UPDATE
        SET channel = EXCLUDED.channel, form = EXCLUDED.form, title = EXCLUDED.title, shared_on = EXCLUDED.shared_on
      WHERE campaign_share.membership_id = EXCLUDED.membership_id AND campaign_share.campaign_id = EXCLUDED.campaign_id
        AND campaign_share.baseline
     RETURNING id`,
    [share.campaignId, share.membershipId, share.channel, share.form, share.url, share.title, share.sharedOn],
  );
}

/** Marks a pair as met, once: the first record (when and by whom) stays. Returns the pair's id when it was set now. */
export function recordBuddyMeetingSql(organisationId: string, pairId: string, recordedBy: string): SqlStatement {
  return scopedSql(
    organisationId,
    `UPDATE buddy_pair SET met_at = now(), met_recorded_by_membership_id = $3
      WHERE organisation_id = $1 AND id = $2 AND met_at IS NULL
      RETURNING id`,
    [pairId, recordedBy],
  );
}

/** Per round of a campaign: how many pairs there are and how many said they met. */
export function buddyCompletionSql(organisationId: string, campaignId: string): SqlStatement {
  return scopedSql(
    organisationId,
    `SELECT round, count(*)::int AS pairs, count(met_at)::int AS met
       FROM buddy_pair WHERE organisation_id = $1 AND campaign_id = $2
      GROUP BY round ORDER BY round`,
    [campaignId],
  );
}
