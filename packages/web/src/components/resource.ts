import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { sessionExpired } from '../session/session.ts';

export type Resource<T> =
  | { status: 'loading'; data: T | undefined; error: undefined; reload: () => void }
  | { status: 'ready'; data: T; error: undefined; reload: () => void }
  | { status: 'failed'; data: T | undefined; error: unknown; reload: () => void };

/**
 * Loads data for a page and reloads it when `key` changes; an answer that arrives after the page
 * moved on is dropped. A 401 means the session ended: the console then asks to sign in again.
 */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, key: string): Resource<T> {
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<{ status: 'loading' | 'ready' | 'failed'; data: T | undefined; error: unknown }>({ status: 'loading', data: undefined, error: undefined });
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ status: 'loading', data: previous.data, error: undefined }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ready', data, error: undefined });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.status === 401) sessionExpired();
        setState((previous) => ({ status: 'failed', data: previous.data, error }));
      },
    );
    return () => controller.abort();
    // `load` is a new closure on every render; `key` says when what it loads changes.
  }, [key, generation]);

  return { ...state, reload } as Resource<T>;
}
