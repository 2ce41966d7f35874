import { registerEnumType } from '@nestjs/graphql';

export enum CampaignCadence {
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
}

export enum CampaignAudience {
  /** Every active member, resolved when metrics are computed. */
  EVERYONE = 'EVERYONE',
  /** The members listed on the campaign. */
  PEOPLE = 'PEOPLE',
  /** The active members of the chosen community groups (and any people listed), resolved when used. */
  GROUPS = 'GROUPS',
}

export enum ShareChannel {
  INTERNAL = 'INTERNAL',
  BLOG = 'BLOG',
  X_TWITTER = 'X_TWITTER',
  LINKEDIN = 'LINKEDIN',
  INSTAGRAM = 'INSTAGRAM',
  YOUTUBE = 'YOUTUBE',
  PODCAST = 'PODCAST',
  OTHER = 'OTHER',
}

export enum ShareForm {
  TEXT = 'TEXT',
  IMAGE = 'IMAGE',
  AUDIO = 'AUDIO',
  VIDEO = 'VIDEO',
  BLOG_POST = 'BLOG_POST',
  LINK = 'LINK',
}

registerEnumType(CampaignCadence, { name: 'CampaignCadence' });
registerEnumType(CampaignAudience, { name: 'CampaignAudience' });
registerEnumType(ShareChannel, { name: 'ShareChannel' });
registerEnumType(ShareForm, { name: 'ShareForm' });

export enum SurveyQuestionKind {
  FREE_TEXT = 'FREE_TEXT',
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
  /** 1 to 5. */
  SCALE = 'SCALE',
}

registerEnumType(SurveyQuestionKind, { name: 'SurveyQuestionKind' });
