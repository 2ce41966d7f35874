import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { hasRole, useMe, useSession, type RoleName } from '../session/SessionProvider';
import { ErrorState, LoadingState } from './states';
import { Page } from './Page';
import { Text } from '@mantine/core';
import { SessionEndedDialog } from './SessionEndedDialog';

/**
 * Signed-in pages: without a session, go to sign-in and come back here afterwards.
 * A session that ends while they are open keeps them open and asks to sign in again.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { status } = useSession();
  const location = useLocation();
  if (status === 'restoring') return <LoadingState label="Signing you in…" />;
  if (status === 'signed-out') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`} replace />;
  }
  return (
    <>
      {children}
      <SessionEndedDialog opened={status === 'expired'} />
    </>
  );
}

/**
 * Routes for some roles only (e.g. `roles={['COMMS', 'ADMIN']}`), mirroring the
 * API's rules; the API still refuses anything this hides.
 */
export function RequireRole({ roles, children }: { roles: readonly RoleName[]; children: ReactNode }) {
  const { me, loading, error } = useMe();
  if (!me) return loading ? <LoadingState /> : error ? <ErrorState error={error} /> : null;
  if (!hasRole(me, roles)) {
    return (
      <Page title="Not available to you">
        <Text>This part of Crowdcomms is for other roles. Ask an admin of your organisation if you need it.</Text>
      </Page>
    );
  }
  return <>{children}</>;
}
