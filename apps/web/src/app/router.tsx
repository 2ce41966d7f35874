import type { ComponentType } from 'react';
import { createBrowserRouter, Outlet, ScrollRestoration, type RouteObject } from 'react-router';
import { ErrorState, LoadingState } from '../shared/states';
import { PublicLayout } from './PublicLayout';

/** Loads one page of the auth area (one chunk for the whole area). */
const authPage =
  (name: keyof typeof import('../features/auth')) => async (): Promise<{ Component: ComponentType }> => ({
    Component: (await import('../features/auth'))[name],
  });

/** Each area is one lazily loaded chunk with its own <Routes> (see features/<area>/routes.tsx). */
const area = (load: () => Promise<{ default: ComponentType }>) => async () => ({ Component: (await load()).default });

function Root() {
  return (
    <>
      <ScrollRestoration />
      <Outlet />
    </>
  );
}

function RouteError() {
  return <ErrorState error={new Error('route failed')} onRetry={() => window.location.reload()} />;
}

export const routes: RouteObject[] = [
  {
    element: <Root />,
    errorElement: <RouteError />,
    HydrateFallback: () => <LoadingState />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: 'sign-in', lazy: authPage('SignInPage') },
          { path: 'sign-up', lazy: authPage('SignUpPage') },
          { path: 'forgot-password', lazy: authPage('ForgotPasswordPage') },
          { path: 'reset-password', lazy: authPage('ResetPasswordPage') },
          { path: 'invitation', lazy: authPage('AcceptInvitationPage') },
          { path: 'sso/:organisation', lazy: authPage('SsoStartPage') },
        ],
      },
      {
        // The signed-in shell is a chunk of its own, loaded with the first signed-in page.
        lazy: async () => ({ Component: (await import('./SignedInShell')).SignedInShell }),
        children: [
          { path: 'account/password', lazy: authPage('ChangePasswordPage') },
          { path: 'community/*', lazy: area(() => import('../features/community/routes')) },
          { path: 'campaigns/*', lazy: area(() => import('../features/campaigns/routes')) },
          { path: 'comms/*', lazy: area(() => import('../features/comms/routes')) },
          { path: 'people/*', lazy: area(() => import('../features/hr/routes')) },
          { path: 'organisation/*', lazy: area(() => import('../features/admin/routes')) },
          // Everything else belongs to the volunteer area, whose routes end in the not-found page.
          { path: '*', lazy: area(() => import('../features/volunteer/routes')) },
        ],
      },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
