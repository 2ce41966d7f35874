import { FollowTargetType } from './community.enums';
import { followerCountSql, followingSql, setFollowSql } from './follows.sql';

const ORG = '11111111-1111-4111-8111-111111111111';
const ME = '22222222-2222-4222-8222-222222222222';
const TOPIC = '33333333-3333-4333-8333-333333333333';
const flat = (sql: string) => sql.replace(/\s+/g, ' ').trim();

describe('follow statements', () => {
  it('upserts one follow of the organisation per member and target', () => {
    const { text, values } = setFollowSql(ORG, ME, FollowTargetType.TOPIC, TOPIC, true);
    expect(values).toEqual([ORG, ME, FollowTargetType.TOPIC, TOPIC, true]);
    expect(flat(text)).toContain('VALUES ($1, $2, $3, $4, $5)');
    expect(flat(text)).toContain(
      'ON CONFLICT (organisation_id, follower_membership_id, target_type, target_id) DO UPDATE SET following = EXCLUDED.following',
    );
  });

  it('reads the member’s choices and follow-everyone within the organisation', () => {
    const { text, values } = followingSql(ORG, ME, FollowTargetType.MEMBER, [TOPIC]);
    expect(values).toEqual([ORG, ME, FollowTargetType.MEMBER, [TOPIC]]);
    expect(flat(text)).toContain('FROM community_member WHERE organisation_id = $1 AND membership_id = $2');
    expect(flat(text)).toContain('LEFT JOIN follow f ON f.organisation_id = $1 AND f.follower_membership_id = $2');
  });

  it('counts followers of the organisation only, groups without follow-everyone', () => {
    const { text, values } = followerCountSql(ORG, FollowTargetType.GROUP, TOPIC);
    expect(values).toEqual([ORG, FollowTargetType.GROUP, TOPIC]);
    expect(flat(text)).toContain("CASE WHEN $2 = 'GROUP' THEN 0");
    expect(flat(text).match(/organisation_id = \$1/g)).toHaveLength(3);
  });
});
