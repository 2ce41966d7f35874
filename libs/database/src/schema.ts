import { AMBASSADOR_ENTITIES } from '@crowdcomms/ambassadors';
import { CAMPAIGN_ENTITIES } from '@crowdcomms/campaigns';
import {
  ApiToken,
  AuthSession,
  Invitation,
  Membership,
  Organisation,
  PasswordReset,
  RefreshToken,
  User,
} from '@crowdcomms/identity';
import { CalendarFeed } from '@crowdcomms/integrations';
import { AnnouncementDestination } from '@crowdcomms/integrations';
import { EmailMessage, Notification, NotificationPreference } from '@crowdcomms/notifications';
import { SsoConfiguration } from '@crowdcomms/integrations';
import { COMMUNITY_ENTITIES } from '@crowdcomms/community';
import { SCIM_ENTITIES } from '@crowdcomms/integrations';
import { MATCHING_ENTITIES } from '@crowdcomms/matching';
import { PrivacyRequest, RetentionPolicy } from '@crowdcomms/privacy';
import {
  Profile,
  ProfileAuditEvent,
  ProfileReminder,
  ProfileSkill,
  SkillDemand,
  SkillSuggestion,
} from '@crowdcomms/profiles';
import { OutboxEntry } from '@crowdcomms/queue';
import { Skill } from '@crowdcomms/skills';
import { TASK_ENTITIES } from '@crowdcomms/tasks';
import { MIGRATIONS } from './migrations';

/** Every entity of every context: the schema the migrations must match. */
export const ENTITIES = [
  Organisation,
  User,
  Membership,
  Invitation,
  AuthSession,
  RefreshToken,
  PasswordReset,
  ApiToken,
  SsoConfiguration,
  CalendarFeed,
  AnnouncementDestination,
  EmailMessage,
  Notification,
  NotificationPreference,
  OutboxEntry,
  Skill,
  Profile,
  ProfileSkill,
  ProfileAuditEvent,
  SkillDemand,
  SkillSuggestion,
  ProfileReminder,
  ...COMMUNITY_ENTITIES,
  ...AMBASSADOR_ENTITIES,
  ...TASK_ENTITIES,
  ...CAMPAIGN_ENTITIES,
  ...MATCHING_ENTITIES,
  PrivacyRequest,
  RetentionPolicy,
  ...SCIM_ENTITIES,
];

export { MIGRATIONS };
