import { SignUpStatus } from './entities/sign-up.entity';
import { SIGN_UP_TRANSITIONS, signUpStatusesLeadingTo } from './pipeline';

describe('the intake pipeline', () => {
  it('walks APPLIED → TALKED → ACTIVE → PAUSED and back, and ends in WITHDRAWN or DECLINED', () => {
    expect(SIGN_UP_TRANSITIONS.APPLIED).toContain(SignUpStatus.TALKED);
    expect(SIGN_UP_TRANSITIONS.TALKED).toContain(SignUpStatus.ACTIVE);
    expect(SIGN_UP_TRANSITIONS.ACTIVE).toContain(SignUpStatus.PAUSED);
    expect(SIGN_UP_TRANSITIONS.PAUSED).toContain(SignUpStatus.ACTIVE);
    expect(SIGN_UP_TRANSITIONS.WITHDRAWN).toEqual([]);
    expect(SIGN_UP_TRANSITIONS.DECLINED).toEqual([]);
  });

  it('never skips the conversation: nothing reaches ACTIVE straight from APPLIED', () => {
    expect(signUpStatusesLeadingTo(SignUpStatus.ACTIVE).sort()).toEqual(['PAUSED', 'TALKED']);
    expect(signUpStatusesLeadingTo(SignUpStatus.APPLIED)).toEqual([]);
    expect(signUpStatusesLeadingTo(SignUpStatus.WITHDRAWN).sort()).toEqual(['ACTIVE', 'APPLIED', 'PAUSED', 'TALKED']);
  });
});
