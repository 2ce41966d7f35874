import { Navigate, Route, Routes, useLocation } from 'react-router';
import { PEOPLE_ROLES } from '../../app/navigation';
import { NotFoundPage, RequireRole } from '../../shared';
import { PeopleSearchPage } from './PeopleSearchPage';
import { PersonPage } from './PersonPage';
import { SkillsGapPage } from './SkillsGapPage';

/** HR's area — people search, profiles and the skills gap: one lazily loaded chunk, mounted at /people. */
export default function HrRoutes() {
  return (
    <RequireRole roles={PEOPLE_ROLES}>
      <Routes>
        <Route index element={<ToSearch />} />
        <Route path="search" element={<PeopleSearchPage />} />
        <Route path="skills-gap" element={<SkillsGapPage />} />
        <Route path=":memberId" element={<PersonPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </RequireRole>
  );
}

/** /people opens the search, keeping a shared link's query. */
function ToSearch() {
  const { search } = useLocation();
  return <Navigate to={`/people/search${search}`} replace />;
}
