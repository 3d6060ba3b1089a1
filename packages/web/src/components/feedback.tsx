import type { ReactNode } from 'react';
import { ApiError } from '../api/client.ts';

/** A failure explained in words; assistive technology announces it as it appears. */
export function ErrorMessage({ error, children }: { error: unknown; children?: ReactNode }) {
  if (error === undefined || error === null) return null;
  return (
    <div className="notice notice-error" role="alert">
      <p>{describeError(error)}</p>
      {children}
    </div>
  );
}

export function Notice({ kind = 'info', children }: { kind?: 'info' | 'success' | 'warning'; children: ReactNode }) {
  return (
    <div className={`notice notice-${kind}`} role="status">
      {children}
    </div>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}

export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}
