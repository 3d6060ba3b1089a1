import type { ReactNode } from 'react';
import { Link } from '../router/router.tsx';

export type Tone = 'ok' | 'bad' | 'warn' | 'muted' | 'info';

/** A short status word. The word carries the meaning; the colour only repeats it. */
export function Badge({ tone = 'muted', children, title }: { tone?: Tone; children: ReactNode; title?: string }) {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  );
}

/** A link to another site; says so to assistive technology and sends no referrer. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} rel="noopener noreferrer external">
      {children}
    </a>
  );
}

/** Previous/next links for a paged list whose position is in the address bar. */
export function Pager({ offset, limit, total, hrefFor, label }: { offset: number; limit: number; total: number; hrefFor: (offset: number) => string; label: string }) {
  if (total <= limit) return null;
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.max(1, Math.ceil(total / limit));
  return (
    <nav className="pager" aria-label={label}>
      {offset > 0 ? <Link to={hrefFor(Math.max(0, offset - limit))}>← Previous</Link> : <span aria-hidden="true" />}
      <span>
        Page {page} of {pages}
      </span>
      {offset + limit < total ? <Link to={hrefFor(offset + limit)}>Next →</Link> : <span aria-hidden="true" />}
    </nav>
  );
}

/** Term–value pairs; empty values are left out. */
export function Facts({ items }: { items: [string, ReactNode][] }) {
  const shown = items.filter(([, value]) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0));
  if (shown.length === 0) return null;
  return (
    <dl className="facts">
      {shown.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
