import type { PowReply, PowRequest } from './pow-messages.ts';
import { solveProofOfWork } from './proof-of-work.ts';

/** Solves one challenge off the page's thread; progress is sent at most about ten times a second. */
const PROGRESS_INTERVAL_MS = 100;

const reply = (message: PowReply) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<PowRequest>) => {
  const { token, bits } = event.data;
  let lastProgress = 0;
  solveProofOfWork(token, bits, {
    onProgress: (tried) => {
      const now = performance.now();
      if (now - lastProgress < PROGRESS_INTERVAL_MS) return;
      lastProgress = now;
      reply({ type: 'progress', tried });
    },
  }).then(
    (counter) => reply({ type: 'done', counter }),
    (error: unknown) => reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});
