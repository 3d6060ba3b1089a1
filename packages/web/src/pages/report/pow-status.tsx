import { describeError } from '../../components/feedback.tsx';
import type { PowStatus } from './use-proof-of-work.ts';

/**
 * The anti-abuse check as the visitor sees it. The moving numbers are not announced (that would
 * be noise); the phase is, through the status region.
 */
export function PowStatusView({ status, onRetry }: { status: PowStatus; onRetry: () => void }) {
  return (
    <div className="pow-status">
      <p role="status">
        {status.phase === 'idle' ? 'Before sending, your browser solves a small anti-abuse puzzle. It starts when you begin filling in the form.' : null}
        {status.phase === 'fetching' ? 'Starting the anti-abuse check…' : null}
        {status.phase === 'working' ? 'Working on the anti-abuse check in the background…' : null}
        {status.phase === 'done' ? 'Anti-abuse check done.' : null}
        {status.phase === 'failed' ? `The anti-abuse check failed: ${describeError(status.error)}` : null}
      </p>
      {status.phase === 'working' ? (
        <>
          <progress id="pow-progress" max={1} value={Math.min(status.tried / status.expected, 0.95)} aria-label="Anti-abuse check progress" />
          <p className="hint">
            {status.tried.toLocaleString('en')} hashes tried; about {status.expected.toLocaleString('en')} are needed on average.
          </p>
        </>
      ) : null}
      {status.phase === 'failed' ? (
        <button type="button" className="button small" onClick={onRetry}>
          Try the anti-abuse check again
        </button>
      ) : null}
    </div>
  );
}
