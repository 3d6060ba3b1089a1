import '../../styles/forms.css';
import '../../styles/public.css';
import type { ReactNode } from 'react';
import { findRoute } from '../../router/match.ts';
import type { RouteParams } from '../../router/match.ts';
import { NotFoundPage } from '../public/not-found.tsx';
import { ConfirmPage } from './confirm.tsx';
import { MatrixPage } from './matrix.tsx';
import { ProjectPage } from './project.tsx';
import { ProjectsPage } from './projects.tsx';
import { XepPage } from './xep.tsx';
import { XepsPage } from './xeps.tsx';

const ROUTES: { path: string; render: (params: RouteParams) => ReactNode }[] = [
  { path: '/directory', render: () => <ProjectsPage /> },
  // Before '/directory/:slug': the e-mailed confirmation link.
  { path: '/directory/confirm', render: () => <ConfirmPage /> },
  { path: '/directory/:slug', render: (params) => <ProjectPage slug={params.slug!} /> },
  { path: '/xeps', render: () => <XepsPage /> },
  { path: '/xeps/matrix', render: () => <MatrixPage /> },
  { path: '/xeps/:number', render: (params) => <XepPage number={params.number!} /> },
];

/** The public software directory: projects, XEPs and who implements them. */
export default function DirectoryArea({ pathname }: { pathname: string }) {
  const found = findRoute(ROUTES, pathname);
  return found ? <>{found.route.render(found.params)}</> : <NotFoundPage />;
}
