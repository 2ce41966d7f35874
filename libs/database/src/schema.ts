import { AuthSession, Invitation, Membership, Organisation, RefreshToken, User } from '@crowdcomms/identity';
import { EmailMessage } from '@crowdcomms/notifications';
import { OutboxEntry } from '@crowdcomms/queue';
import { MIGRATIONS } from './migrations';

/** Every entity of every context: the schema the migrations must match. */
export const ENTITIES = [
  Organisation,
  User,
  Membership,
  Invitation,
  AuthSession,
  RefreshToken,
  EmailMessage,
  OutboxEntry,
];

export { MIGRATIONS };
