import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../shared';
import { FeedPage } from './FeedPage';
import { TopicPage } from './TopicPage';

/** The community (every member): one lazily loaded chunk, mounted at /community. */
export default function CommunityRoutes() {
  return (
    <Routes>
      <Route index element={<FeedPage />} />
      <Route path="topics/:tag" element={<TopicPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
