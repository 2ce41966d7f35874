import { scopedSql, SqlStatement } from '@crowdcomms/data-access';
import { FollowTargetType } from './community.enums';

/** Sets whether a member follows a target; doing it twice changes nothing. */
export function setFollowSql(
  organisationId: string,
  followerId: string,
  targetType: FollowTargetType,
  targetId: string,
  following: boolean,
): SqlStatement {
  return scopedSql(
    organisationId,
    `INSERT INTO follow (organisation_id, follower_membership_id, target_type, target_id, following)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (organisation_id, follower_membership_id, target_type, target_id) DO UPDATE SET following = EXCLUDED.following`,
    [followerId, targetType, targetId, following],
  );
}

/** Per target: the member's explicit choice (null if none) and whether they follow everyone. */
export function followingSql(
  organisationId: string,
  followerId: string,
  targetType: FollowTargetType,
  targetIds: readonly string[],
): SqlStatement {
  return scopedSql(
    organisationId,
    `SELECT t.id AS target_id, f.following,
            COALESCE((SELECT follow_everyone FROM community_member WHERE organisation_id = $1 AND membership_id = $2), false)
              AS everyone
       FROM unnest($4::uuid[]) AS t(id)
       LEFT JOIN follow f ON f.organisation_id = $1 AND f.follower_membership_id = $2 AND f.target_type = $3 AND f.target_id = t.id`,
    [followerId, targetType, [...targetIds]],
  );
}

/** Members following a target, counting those who follow everyone and did not unfollow it. */
export function followerCountSql(organisationId: string, targetType: FollowTargetType, targetId: string): SqlStatement {
  return scopedSql(
    organisationId,
    `SELECT (SELECT count(*) FROM follow WHERE organisation_id = $1 AND target_type = $2 AND target_id = $3 AND following)
          + CASE WHEN $2 = 'GROUP' THEN 0 ELSE (
              SELECT count(*) FROM community_member cm
               WHERE cm.organisation_id = $1 AND cm.follow_everyone AND cm.membership_id <> $3
                 AND NOT EXISTS (SELECT 1 FROM follow f WHERE f.organisation_id = $1
                                   AND f.follower_membership_id = cm.membership_id
                                   AND f.target_type = $2 AND f.target_id = $3)) END AS count`,
    [targetType, targetId],
  );
}
