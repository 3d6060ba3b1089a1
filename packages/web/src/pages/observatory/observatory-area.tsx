import '../../styles/forms.css';
import '../../styles/public.css';
import '../../styles/observatory.css';
import type { ReactNode } from 'react';
import { findRoute } from '../../router/match.ts';
import type { RouteParams } from '../../router/match.ts';
import { NotFoundPage } from '../public/not-found.tsx';
import { DomainPage } from './domain-page.tsx';
import { ScanPage } from './scan-page.tsx';
import { StatisticsPage } from './statistics-page.tsx';

const ROUTES: { path: string; render: (params: RouteParams) => ReactNode }[] = [
  { path: '/observatory', render: () => <ScanPage /> },
  { path: '/observatory/statistics', render: () => <StatisticsPage /> },
  { path: '/observatory/domains/:domain', render: (params) => <DomainPage key={params.domain} domain={params.domain!} /> },
];

/** The network observatory: scan a domain, a domain's report, network statistics. */
export default function ObservatoryArea({ pathname }: { pathname: string }) {
  const found = findRoute(ROUTES, pathname);
  return found ? <>{found.route.render(found.params)}</> : <NotFoundPage />;
}
