import { Route, Routes } from 'react-router';
import { COMMS_ROLES } from '../../app/navigation';
import { NotFoundPage, RequireRole } from '../../shared';
import { BaselinePage } from './BaselinePage';
import { BuddyPairsPage } from './BuddyPairsPage';
import { CampaignPage } from './CampaignPage';
import { CampaignsPage } from './CampaignsPage';
import { CampaignDashboardPage } from './DashboardPage';
import { DigestPage } from './DigestPage';
import { FollowersPage } from './FollowersPage';
import { NewCampaignPage } from './NewCampaignPage';
import { SurveyPage } from './SurveyPage';
import { SurveyResultsPage } from './SurveyResultsPage';
import { SurveysPage } from './SurveysPage';

const comms = (page: React.ReactNode) => <RequireRole roles={COMMS_ROLES}>{page}</RequireRole>;

/** Sharing campaigns: one lazily loaded chunk, mounted at /campaigns. Members log shares; comms run the rest. */
export default function CampaignRoutes() {
  return (
    <Routes>
      <Route index element={<CampaignsPage />} />
      <Route path="new" element={comms(<NewCampaignPage />)} />
      <Route path="followers" element={comms(<FollowersPage />)} />
      <Route path="surveys/:surveyId" element={<SurveyPage />} />
      <Route path="surveys/:surveyId/results" element={comms(<SurveyResultsPage />)} />
      <Route path=":id" element={<CampaignPage />} />
      <Route path=":id/dashboard" element={comms(<CampaignDashboardPage />)} />
      <Route path=":id/digest" element={comms(<DigestPage />)} />
      <Route path=":id/surveys" element={comms(<SurveysPage />)} />
      <Route path=":id/buddies" element={comms(<BuddyPairsPage />)} />
      <Route path=":id/baseline" element={comms(<BaselinePage />)} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
