import { Initial1795305559223 } from './1795305559223-initial';
import { AddSkillsAndProfiles1795305977356 } from './1795305977356-add-skills-and-profiles';
import { SkillsSearchAndTaxonomy1795305977400 } from './1795305977400-skills-search-and-taxonomy';
import { AddNotifications1795306066413 } from './1795306066413-add-notifications';
import { AddCommunity1795306412276 } from './1795306412276-add-community';
import { CommunityTopicIndex1795306412300 } from './1795306412300-community-topic-index';
import { AddAmbassadorsAndTasks1795307022456 } from './1795307022456-add-ambassadors-and-tasks';
import { AddCampaigns1795310068955 } from './1795310068955-add-campaigns';
import { AddMatching1795309738980 } from './1795309738980-add-matching';
import { PeopleSearchBoundedPlans1795400000000 } from './1795400000000-people-search-bounded-plans';
import { PeopleSearchSlicedKeys1795500000000 } from './1795500000000-people-search-sliced-keys';
import { CampaignDigestFailures1796576307441 } from './1796576307441-campaign-digest-failures';
import { AddPasswordReset1796578114832 } from './1796578114832-add-password-reset';
import { EmailSecretLinks1796578764433 } from './1796578764433-email-secret-links';
import { OrganisationRowSecurity1796600000000 } from './1796600000000-organisation-row-security';
import { InterestsNeedConsent1796650000000 } from './1796650000000-interests-need-consent';
import { AnonymousSurveyRespondents1796650000100 } from './1796650000100-anonymous-survey-respondents';
import { OrganisationRowSecurityEnforced1796700000000 } from './1796700000000-organisation-row-security-enforced';
import { AddPrivacyRequests1796700000000 } from './1796700000000-add-privacy-requests';
import { TasksTakeUpDirectly1796800000300 } from './1796800000300-tasks-take-up-directly';
import { RetentionPolicies1796800000400 } from './1796800000400-retention-policies';
import { WorkshopAttendees1796900000100 } from './1796900000100-workshop-attendees';
import { CampaignHashtagBaselineBuddyGuides1796900000200 } from './1796900000200-campaign-hashtag-baseline-buddy-guides';
import { ProfileCompletionHelp1796900000300 } from './1796900000300-profile-completion-help';
import { CallsLinksIntakeBulkInvitations1796900000400 } from './1796900000400-calls-links-intake-bulk-invitations';
import { ApiTokens1796900000500 } from './1796900000500-api-tokens';
import { SsoConfiguration1796900000600 } from './1796900000600-sso-configuration';
import { ScimProvisioning1796900000700 } from './1796900000700-scim-provisioning';
import { Calendars1796900000800 } from './1796900000800-calendars';
import { AnnouncementDestinations1796900000900 } from './1796900000900-announcement-destinations';
import { FeedTopicIndex1796900001000 } from './1796900001000-feed-topic-index';
import { ProfileSampleOrder1796900001100 } from './1796900001100-profile-sample-order';
import { SessionSignInMethod1796900001200 } from './1796900001200-session-sign-in-method';
import { ProfileFacetSample1796900001400 } from './1796900001400-profile-facet-sample';
import { ProfileFacetSampleName1796900001500 } from './1796900001500-profile-facet-sample-name';
import { AnnouncementSigningSecretRotation1796900001600 } from './1796900001600-announcement-signing-secret-rotation';

/** Applied in this order; generated with `npm run migration:generate -- <Name>`. */
export const MIGRATIONS = [
  Initial1795305559223,
  AddSkillsAndProfiles1795305977356,
  SkillsSearchAndTaxonomy1795305977400,
  AddNotifications1795306066413,
  AddCommunity1795306412276,
  CommunityTopicIndex1795306412300,
  AddAmbassadorsAndTasks1795307022456,
  AddCampaigns1795310068955,
  AddMatching1795309738980,
  PeopleSearchBoundedPlans1795400000000,
  PeopleSearchSlicedKeys1795500000000,
  CampaignDigestFailures1796576307441,
  AddPasswordReset1796578114832,
  EmailSecretLinks1796578764433,
  OrganisationRowSecurity1796600000000,
  InterestsNeedConsent1796650000000,
  AnonymousSurveyRespondents1796650000100,
  OrganisationRowSecurityEnforced1796700000000,
  AddPrivacyRequests1796700000000,
  TasksTakeUpDirectly1796800000300,
  RetentionPolicies1796800000400,
  WorkshopAttendees1796900000100,
  CampaignHashtagBaselineBuddyGuides1796900000200,
  ProfileCompletionHelp1796900000300,
  CallsLinksIntakeBulkInvitations1796900000400,
  ApiTokens1796900000500,
  SsoConfiguration1796900000600,
  ScimProvisioning1796900000700,
  Calendars1796900000800,
  AnnouncementDestinations1796900000900,
  FeedTopicIndex1796900001000,
  ProfileSampleOrder1796900001100,
  SessionSignInMethod1796900001200,
  ProfileFacetSample1796900001400,
  ProfileFacetSampleName1796900001500,
  AnnouncementSigningSecretRotation1796900001600,
];
