import { Route, Routes } from 'react-router';
import { MyDataDownloadPage } from '../privacy/MyDataDownloadPage';
import { NotFoundPage } from '../../shared';
import { CallPage } from './CallPage';
import { CallsPage } from './CallsPage';
import { ForYouPage } from './ForYouPage';
import { MyTasksPage } from './MyTasksPage';
import { NotificationsPage } from './NotificationsPage';
import { OffersPage } from './OffersPage';
import { ProfilePage } from './ProfilePage';
import { WorkshopsPage } from './WorkshopsPage';

/** The volunteer area (every member): one lazily loaded chunk, mounted at /. */
export default function VolunteerRoutes() {
  return (
    <Routes>
      <Route index element={<ForYouPage />} />
      <Route path="calls" element={<CallsPage />} />
      <Route path="calls/:id" element={<CallPage />} />
      <Route path="offers" element={<OffersPage />} />
      <Route path="tasks" element={<MyTasksPage />} />
      <Route path="workshops" element={<WorkshopsPage />} />
      <Route path="profile" element={<ProfilePage />} />
      <Route path="notifications" element={<NotificationsPage />} />
      <Route path="my-data/download" element={<MyDataDownloadPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
