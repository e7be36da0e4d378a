/** The login session: loaded once, replaced on login, cleared on logout. */
import { useCallback, useEffect, useState } from 'react';
import { ApiError, UNAUTHORIZED_EVENT } from '../api/client.ts';
import { getSession, logIn, logOut } from '../api/endpoints.ts';
import type { Session } from '../api/types.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'error'; detail: string }
  | { status: 'anonymous' }
  | { status: 'authenticated'; session: Session };

export interface SessionControl {
  state: SessionState;
  login(email: string, password: string): Promise<void>;
  logout(): Promise<void>;
  reload(): void;
  /** A fresh session reply (e.g. after a password change). */
  replace(session: Session): void;
}

function stateOf(session: Session): SessionState {
  return session.authenticated && session.user ? { status: 'authenticated', session } : { status: 'anonymous' };
}

export function useSession(): SessionControl {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies(attempt): reload() bumps attempt to fetch the session again.
  useEffect(() => {
    let live = true;
    getSession()
      .then((s) => live && setState(stateOf(s)))
      .catch((e: unknown) => live && setState({ status: 'error', detail: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, [attempt]);

  // Any 401 from the API means the session expired or was ended elsewhere: back to the login page.
  useEffect(() => {
    const onUnauthorized = () => setState({ status: 'anonymous' });
    window.addEventListener(UNAUTHORIZED_EVENT, onUnauthorized);
    return () => window.removeEventListener(UNAUTHORIZED_EVENT, onUnauthorized);
  }, []);

  const login = useCallback(async (email: string, password: string) => {
    // Errors (ApiError with the problem detail) are shown by the login form.
    setState(stateOf(await logIn(email, password)));
  }, []);

  const logout = useCallback(async () => {
    const csrf = state.status === 'authenticated' ? state.session.csrfToken : null;
    try {
      await logOut(csrf);
    } catch (e) {
      // An expired session is logged out already; anything else is still reported.
      if (!(e instanceof ApiError && e.status === 401)) throw e;
    }
    setState({ status: 'anonymous' });
  }, [state]);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const replace = useCallback((session: Session) => setState(stateOf(session)), []);

  return { state, login, logout, reload, replace };
}
