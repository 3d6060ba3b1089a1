import '../../styles/public.css';
import type { ReactNode } from 'react';
import { findRoute } from '../../router/match.ts';
import type { RouteParams } from '../../router/match.ts';
import { NotFoundPage } from '../public/not-found.tsx';
import { RegisterPage } from './register.tsx';
import { ThreatPage } from './threat.tsx';
import { VersionPage, VersionsPage } from './versions.tsx';

const ROUTES: { path: string; render: (params: RouteParams) => ReactNode }[] = [
  { path: '/threats', render: () => <RegisterPage /> },
  { path: '/threats/versions', render: () => <VersionsPage /> },
  { path: '/threats/versions/:number', render: (params) => <VersionPage number={params.number!} /> },
  { path: '/threats/:slug', render: (params) => <ThreatPage slug={params.slug!} /> },
];

/** The public threat register: the current document, each threat with its attack tree, and every published version. */
export default function ThreatsArea({ pathname }: { pathname: string }) {
  const found = findRoute(ROUTES, pathname);
  return found ? <>{found.route.render(found.params)}</> : <NotFoundPage />;
}
