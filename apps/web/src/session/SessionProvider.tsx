import { useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { MeQuery as MeQueryResult } from '../gql/graphql';
import { LogoutMutation, MeQuery, SwitchOrganisationMutation } from './operations';
import type { AccessToken, SessionManager } from './session-manager';

export type SessionStatus = 'restoring' | 'signed-in' | 'signed-out';
export type Me = MeQueryResult['me'];
export type RoleName = Me['member']['roles'][number];

interface SessionContextValue {
  status: SessionStatus;
  /** True when the API ended the session (expired, signed out elsewhere): the sign-in page says so. */
  ended: boolean;
  /** Call with the tokens of login, signUp, acceptInvitation or changePassword. */
  begin: (token: AccessToken) => Promise<void>;
  signOut: () => Promise<void>;
  switchOrganisation: (organisationId: string) => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({
  session,
  restartSubscriptions,
  children,
}: {
  session: SessionManager;
  restartSubscriptions: () => void;
  children: ReactNode;
}) {
  const client = useApolloClient();
  const [status, setStatus] = useState<SessionStatus>(session.signedIn ? 'signed-in' : 'restoring');
  const [ended, setEnded] = useState(false);

  useEffect(
    () =>
      session.subscribe((event) => {
        if (event === 'ended') {
          setEnded(true);
          setStatus('signed-out');
          restartSubscriptions();
          void client.clearStore();
        } else {
          setStatus('signed-in');
        }
      }),
    [session, client, restartSubscriptions],
  );

  // A reload keeps the session: the refresh cookie brings back an access token.
  useEffect(() => {
    if (session.signedIn) return;
    session.renew().then(
      (token) => {
        setEnded(false);
        setStatus(token ? 'signed-in' : 'signed-out');
      },
      () => setStatus('signed-out'),
    );
  }, [session]);

  const begin = useCallback(
    async (token: AccessToken) => {
      await client.clearStore();
      session.start(token);
      restartSubscriptions();
      setEnded(false);
      setStatus('signed-in');
    },
    [client, session, restartSubscriptions],
  );

  const signOut = useCallback(async () => {
    // The API ends the session and clears the refresh cookie; whatever it answers,
    // this tab forgets the session.
    await client.mutate({ mutation: LogoutMutation }).catch(() => undefined);
    session.end();
    setEnded(false);
    setStatus('signed-out');
    restartSubscriptions();
    await client.clearStore();
  }, [client, session, restartSubscriptions]);

  const switchOrganisation = useCallback(
    async (organisationId: string) => {
      const { data } = await client.mutate({ mutation: SwitchOrganisationMutation, variables: { organisationId } });
      if (!data) return;
      await client.clearStore();
      session.start(data.switchOrganisation);
      restartSubscriptions();
      await client.refetchQueries({ include: 'active' });
    },
    [client, session, restartSubscriptions],
  );

  const value = useMemo(
    () => ({ status, ended, begin, signOut, switchOrganisation }),
    [status, ended, begin, signOut, switchOrganisation],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The signed-in person, their organisation and roles (undefined while loading). */
export function useMe(): { me: Me | undefined; loading: boolean; error: unknown } {
  const { status } = useSession();
  const { data, loading, error } = useQuery(MeQuery, { skip: status !== 'signed-in', fetchPolicy: 'cache-first' });
  return { me: data?.me, loading, error };
}

/** True when the signed-in member holds one of `roles`. */
export function hasRole(me: Me | undefined, roles: readonly RoleName[]): boolean {
  return !!me && me.member.roles.some((role) => roles.includes(role));
}
