import { BuddyMessage } from './buddy-message.entity';
import { BuddyPair } from './buddy-pair.entity';
import { BuddyRound, DEFAULT_INTERVIEW_GUIDE } from './buddy-round.entity';
import { Campaign } from './campaign.entity';
import { CampaignDigest } from './campaign-digest.entity';
import { CampaignReminder } from './campaign-reminder.entity';
import { CampaignShare } from './campaign-share.entity';
import { FollowerSnapshot } from './follower-snapshot.entity';
import { Survey, SurveyQuestion } from './survey.entity';
import { SurveyAnswer, SurveyResponse } from './survey-response.entity';

export {
  BuddyMessage,
  BuddyPair,
  BuddyRound,
  Campaign,
  CampaignDigest,
  CampaignReminder,
  CampaignShare,
  DEFAULT_INTERVIEW_GUIDE,
  FollowerSnapshot,
  Survey,
  SurveyAnswer,
  SurveyQuestion,
  SurveyResponse,
};

/** Every table of the campaigns context, for the schema registry. */
export const CAMPAIGN_ENTITIES = [
  Campaign,
  CampaignShare,
  FollowerSnapshot,
  Survey,
  SurveyResponse,
  BuddyPair,
  BuddyRound,
  BuddyMessage,
  CampaignDigest,
  CampaignReminder,
];
