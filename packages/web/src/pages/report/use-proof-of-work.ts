import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import type { PowReply, PowRequest } from './pow-messages.ts';

export interface Solution {
  token: string;
  counter: string;
}

export type PowStatus =
  | { phase: 'idle' }
  | { phase: 'fetching' }
  | { phase: 'working'; tried: number; expected: number }
  | { phase: 'done' }
  | { phase: 'failed'; error: unknown };

/** Runs the solver in its own worker (a separate file, fetched only when the check starts). */
function solveInWorker(request: PowRequest, onProgress: (tried: number) => void): { done: Promise<string>; cancel: () => void } {
  const worker = new Worker(new URL('./pow-worker.ts', import.meta.url), { type: 'module', name: 'proof-of-work' });
  let settle: { resolve: (counter: string) => void; reject: (error: Error) => void } | undefined;
  const done = new Promise<string>((resolve, reject) => {
    settle = { resolve, reject };
  });
  worker.addEventListener('message', (event: MessageEvent<PowReply>) => {
    const message = event.data;
    if (message.type === 'progress') return onProgress(message.tried);
    worker.terminate();
    if (message.type === 'done') settle?.resolve(message.counter);
    else settle?.reject(new Error(message.message));
  });
  worker.addEventListener('error', () => {
    worker.terminate();
    settle?.reject(new Error('The anti-abuse check could not start in this browser.'));
  });
  worker.postMessage(request);
  return {
    done,
    cancel: () => {
      worker.terminate();
      settle?.reject(new Error('The anti-abuse check was stopped.'));
    },
  };
}

/**
 * The report form's proof of work: `start()` fetches a challenge and solves it in the background
 * (the form calls it as soon as the visitor begins, so it is usually done before they send);
 * `renew()` throws the current one away after the server refused it (expired or already used).
 */
export function useProofOfWork() {
  const [status, setStatus] = useState<PowStatus>({ phase: 'idle' });
  const current = useRef<{ promise: Promise<Solution>; cancel: () => void } | undefined>(undefined);

  useEffect(() => () => current.current?.cancel(), []);

  const start = useCallback((): Promise<Solution> => {
    if (current.current) return current.current.promise;
    let cancelled = false;
    let cancelWorker: (() => void) | undefined;
    const promise = (async () => {
      setStatus({ phase: 'fetching' });
      const challenge = await api.get('/api/v1/reports/challenge');
      if (cancelled) throw new Error('The anti-abuse check was stopped.');
      const expected = 2 ** challenge.bits;
      setStatus({ phase: 'working', tried: 0, expected });
      const run = solveInWorker({ token: challenge.token, bits: challenge.bits }, (tried) => {
        if (!cancelled) setStatus({ phase: 'working', tried, expected });
      });
      cancelWorker = run.cancel;
      const counter = await run.done;
      if (!cancelled) setStatus({ phase: 'done' });
      return { token: challenge.token, counter };
    })();
    const entry = {
      promise,
      cancel: () => {
        cancelled = true;
        cancelWorker?.();
      },
    };
    current.current = entry;
    promise.catch((error: unknown) => {
      if (cancelled) return;
      if (current.current === entry) current.current = undefined;
      setStatus({ phase: 'failed', error });
    });
    return promise;
  }, []);

  const renew = useCallback((): Promise<Solution> => {
    current.current?.cancel();
    current.current = undefined;
    return start();
  }, [start]);

  return { status, start, renew };
}
