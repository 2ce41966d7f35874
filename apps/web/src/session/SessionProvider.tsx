import { useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { MeQuery as MeQueryResult } from '../gql/graphql';
import { LogoutMutation, MeQuery, SwitchOrganisationMutation } from './operations';
import type { AccessToken, SessionManager } from './session-manager';

/**
 * `expired`: the API ended a session while its pages were open (signed out in another
 * tab, revoked, away too long). The pages stay as they are — nothing typed is lost —
 * while the shell asks the same person to sign in again (`resume`).
 */
export type SessionStatus = 'restoring' | 'signed-in' | 'expired' | 'signed-out';
export type Me = MeQueryResult['me'];
export type RoleName = Me['member']['roles'][number];

interface SessionContextValue {
  status: SessionStatus;
  /** True when the API ended the session (expired, signed out elsewhere): the sign-in page says so. */
  ended: boolean;
  /** Call with the tokens of login, signUp, acceptInvitation or changePassword. */
  begin: (token: AccessToken) => Promise<void>;
  /** Carries on an expired session with the same person's new tokens, keeping the pages and their cache. */
  resume: (token: AccessToken) => void;
  signOut: () => Promise<void>;
  switchOrganisation: (organisationId: string) => Promise<void>;
  /** The current access token (renewed if due), for the few requests that are not GraphQL (a file download). */
  accessToken: () => Promise<string | null>;
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
  const signingOut = useRef(false);

  useEffect(
    () =>
      session.subscribe((event) => {
        if (event === 'ended') {
          if (signingOut.current) return;
          // Keep the open pages (and what was typed in them) until the person signs in again.
          setEnded(true);
          setStatus((current) => (current === 'signed-in' || current === 'expired' ? 'expired' : 'signed-out'));
          restartSubscriptions();
        } else {
          setStatus('signed-in');
        }
      }),
    [session, restartSubscriptions],
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

  const resume = useCallback(
    (token: AccessToken) => {
      session.start(token);
      restartSubscriptions();
      setEnded(false);
      setStatus('signed-in');
    },
    [session, restartSubscriptions],
  );

  const signOut = useCallback(async () => {
    // The API ends the session and clears the refresh cookie; whatever it answers,
    // this tab forgets the session.
    signingOut.current = true;
    try {
      if (session.signedIn) await client.mutate({ mutation: LogoutMutation }).catch(() => undefined);
      session.end();
    } finally {
      signingOut.current = false;
    }
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
    () => ({
      status,
      ended,
      begin,
      resume,
      signOut,
      switchOrganisation,
      accessToken: () => session.accessToken(),
    }),
    [status, ended, begin, resume, signOut, switchOrganisation, session],
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
  const signedIn = status === 'signed-in' || status === 'expired';
  const { data, loading, error } = useQuery(MeQuery, { skip: !signedIn, fetchPolicy: 'cache-first' });
  return { me: data?.me, loading, error };
}

/** True when the signed-in member holds one of `roles`. */
export function hasRole(me: Me | undefined, roles: readonly RoleName[]): boolean {
  return !!me && me.member.roles.some((role) => roles.includes(role));
}
