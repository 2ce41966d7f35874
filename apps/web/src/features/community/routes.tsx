import { Route, Routes } from 'react-router';
import { COMMS_ROLES } from '../../app/navigation';
import { NotFoundPage, RequireRole } from '../../shared';
import { FeedPage } from './FeedPage';
import { GroupPage } from './GroupPage';
import { HealthPage } from './HealthPage';
import { GroupsPage } from './GroupsPage';
import { PersonPage } from './PersonPage';
import { SettingsPage } from './SettingsPage';
import { TopicPage } from './TopicPage';
import { TopicsPage } from './TopicsPage';

/** The community (every member): one lazily loaded chunk, mounted at /community. */
export default function CommunityRoutes() {
  return (
    <Routes>
      <Route index element={<FeedPage />} />
      <Route path="topics" element={<TopicsPage />} />
      <Route path="topics/:tag" element={<TopicPage />} />
      <Route path="groups" element={<GroupsPage />} />
      <Route path="groups/:id" element={<GroupPage />} />
      <Route path="people/:id" element={<PersonPage />} />
      <Route path="settings" element={<SettingsPage />} />
      <Route
        path="health"
        element={
          <RequireRole roles={COMMS_ROLES}>
            <HealthPage />
          </RequireRole>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
