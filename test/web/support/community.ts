import { inviteAndJoin, Session, signUpAdmin } from '../../utils/story';
import { startWebStack, WebStack } from './browser';

/** The people of the community journeys: an admin (rosa), three members and a comms lead (cora). */
export interface CommunityCast {
  stack: WebStack;
  admin: Session;
  ann: Session;
  ben: Session;
  cat: Session;
  cora: Session;
}

/** Starts the web stack with an organisation of its own and its community cast, joined through the API. */
export async function startCommunityStack(organisation: string): Promise<CommunityCast> {
  const stack = await startWebStack();
  const admin = await signUpAdmin(stack.t, organisation, 'rosa');
  const [ann, ben, cat, cora] = await Promise.all([
    inviteAndJoin(stack.t, admin, 'ann'),
    inviteAndJoin(stack.t, admin, 'ben'),
    inviteAndJoin(stack.t, admin, 'cat'),
    inviteAndJoin(stack.t, admin, 'cora', ['COMMS', 'MEMBER']),
  ]);
  return { stack, admin, ann, ben, cat, cora };
}
