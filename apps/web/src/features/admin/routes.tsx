import { Route, Routes } from 'react-router';
import { ADMIN_ROLES } from '../../app/navigation';
import { NotFoundPage, RequireRole } from '../../shared';
import { AuditLogPage } from './AuditLogPage';
import { ErasureRequestsPage } from './ErasureRequestsPage';
import { InvitationsPage } from './InvitationsPage';
import { MembersPage } from './MembersPage';
import { SettingsPage } from './SettingsPage';

/** The organisation admin area: one lazily loaded chunk, mounted at /organisation. */
export default function AdminRoutes() {
  return (
    <RequireRole roles={ADMIN_ROLES}>
      <Routes>
        <Route path="members" element={<MembersPage />} />
        <Route path="invitations" element={<InvitationsPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="audit-log" element={<AuditLogPage />} />
        <Route path="erasure-requests" element={<ErasureRequestsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </RequireRole>
  );
}
