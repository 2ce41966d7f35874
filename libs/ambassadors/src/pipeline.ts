import { SignUpStatus } from './entities/sign-up.entity';

const { APPLIED, TALKED, ACTIVE, PAUSED, WITHDRAWN, DECLINED } = SignUpStatus;

/**
 * The intake pipeline: where a sign-up may go from each status. WITHDRAWN and
 * DECLINED are final; a paused ambassador can come back.
 */
export const SIGN_UP_TRANSITIONS: Readonly<Record<SignUpStatus, readonly SignUpStatus[]>> = {
  [APPLIED]: [TALKED, DECLINED, WITHDRAWN],
  [TALKED]: [ACTIVE, DECLINED, WITHDRAWN],
  [ACTIVE]: [PAUSED, WITHDRAWN],
  [PAUSED]: [ACTIVE, WITHDRAWN],
  [WITHDRAWN]: [],
  [DECLINED]: [],
};

/** A sign-up that has not ended: WITHDRAWN and DECLINED are over, PAUSED may come back. */
export function isLive(status: SignUpStatus): boolean {
  return SIGN_UP_TRANSITIONS[status].length > 0;
}

/** The statuses from which a sign-up may move to `to`. */
export function signUpStatusesLeadingTo(to: SignUpStatus): SignUpStatus[] {
  return (Object.keys(SIGN_UP_TRANSITIONS) as SignUpStatus[]).filter((from) => SIGN_UP_TRANSITIONS[from].includes(to));
}
