import { useSyncExternalStore } from 'react';
import { api, ApiError } from '../api/client.ts';
import type { ApiResponse } from '../api/client.ts';

export type Session = ApiResponse<'/api/v1/auth/session', 'get'>;
export type SessionUser = Session['user'];
export type Role = SessionUser['role'];

export type SessionState =
  | { status: 'unknown' }
  | { status: 'loading' }
  | { status: 'anonymous'; expired: boolean }
  | { status: 'active'; session: Session };

/**
 * The browser's view of its cookie session, shared by every page. It is fetched when a page first
 * needs it (public pages do not), and replaced after sign-in, second factor and sign-out.
 */
let state: SessionState = { status: 'unknown' };
let pending: Promise<SessionState> | undefined;
const listeners = new Set<() => void>();

function set(next: SessionState): void {
  state = next;
  api.setCsrfToken(next.status === 'active' ? next.session.csrfToken : undefined);
  for (const listener of listeners) listener();
}

export function sessionState(): SessionState {
  return state;
}

/** Asks the server once (concurrent callers share the request); `force` asks again. */
export function loadSession(force = false): Promise<SessionState> {
  if (!force && (state.status === 'active' || state.status === 'anonymous')) return Promise.resolve(state);
  if (pending && !force) return pending;
  if (state.status === 'unknown') set({ status: 'loading' });
  const request = api
    .get('/api/v1/auth/session')
    .then((session): SessionState => ({ status: 'active', session }))
    .catch((error: unknown): SessionState => {
      if (error instanceof ApiError && error.status === 401) return { status: 'anonymous', expired: false };
      throw error;
    })
    .then((next) => {
      set(next);
      return next;
    })
    .finally(() => {
      if (pending === request) pending = undefined;
    });
  pending = request;
  return request;
}

export function setSession(session: Session): void {
  set({ status: 'active', session });
}

/** Updates the state after the second factor is done, keeping the CSRF token. */
export function setSessionState(sessionStatus: Session['state']): void {
  if (state.status === 'active') set({ status: 'active', session: { ...state.session, state: sessionStatus } });
}

/** The server no longer knows the session (expired, signed out elsewhere, account disabled). */
export function sessionExpired(): void {
  set({ status: 'anonymous', expired: true });
}

export function signedOut(): void {
  set({ status: 'anonymous', expired: false });
}

export async function signOut(): Promise<void> {
  try {
    await api.post('/api/v1/auth/logout');
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) throw error;
  }
  signedOut();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, sessionState);
}

export const isStaff = (role: Role): boolean => role === 'admin' || role === 'team';
