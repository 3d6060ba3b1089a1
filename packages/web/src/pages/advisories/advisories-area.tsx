import '../../styles/forms.css';
import '../../styles/public.css';
import type { ReactNode } from 'react';
import { findRoute } from '../../router/match.ts';
import type { RouteParams } from '../../router/match.ts';
import { NotFoundPage } from '../public/not-found.tsx';
import { AdvisoriesPage } from './advisories.tsx';
import { AdvisoryPage } from './advisory.tsx';
import { SubscriptionPage } from './subscription.tsx';
import { TransparencyPage } from './transparency.tsx';

const ROUTES: { path: string; render: (params: RouteParams) => ReactNode }[] = [
  { path: '/advisories', render: () => <AdvisoriesPage /> },
  { path: '/advisories/:id', render: (params) => <AdvisoryPage id={params.id!} /> },
  { path: '/transparency', render: () => <TransparencyPage /> },
  { path: '/subscriptions/confirm', render: () => <SubscriptionPage action="confirm" /> },
  { path: '/subscriptions/unsubscribe', render: () => <SubscriptionPage action="unsubscribe" /> },
];

/** Published advisories, the subscription links from e-mails, and the yearly transparency figures. */
export default function AdvisoriesArea({ pathname }: { pathname: string }) {
  const found = findRoute(ROUTES, pathname);
  return found ? <>{found.route.render(found.params)}</> : <NotFoundPage />;
}
