import { Route, Routes } from 'react-router';
import { COMMS_ROLES } from '../../app/navigation';
import { NotFoundPage, RequireRole } from '../../shared';
import { CallPage, CommsCallsPage, NewCallPage } from './CommsCallsPage';
import { CommsTasksPage, NewTaskPage } from './CommsTasksPage';
import { DashboardPage } from './DashboardPage';
import { IdeasPage } from './IdeasPage';
import { PipelinePage } from './PipelinePage';
import { PlanPage } from './PlanPage';
import { TaskPage } from './TaskPage';

/** The comms team’s area: one lazily loaded chunk, mounted at /comms. */
export default function CommsRoutes() {
  return (
    <RequireRole roles={COMMS_ROLES}>
      <Routes>
        <Route path="calls" element={<CommsCallsPage />} />
        <Route path="calls/new" element={<NewCallPage />} />
        <Route path="calls/:id" element={<CallPage />} />
        <Route path="pipeline" element={<PipelinePage />} />
        <Route path="ideas" element={<IdeasPage />} />
        <Route path="tasks" element={<CommsTasksPage />} />
        <Route path="tasks/new" element={<NewTaskPage />} />
        <Route path="tasks/:id" element={<TaskPage />} />
        <Route path="plan" element={<PlanPage />} />
        <Route path="dashboard" element={<DashboardPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </RequireRole>
  );
}
