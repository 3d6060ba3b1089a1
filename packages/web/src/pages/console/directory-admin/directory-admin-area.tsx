import type { AreaProps } from '../work-routes.tsx';
import { DirectoryOverviewPage } from './overview-page.tsx';
import { ProjectAdminPage } from './project-page.tsx';

export default function DirectoryAdminArea({ page, params, user }: AreaProps) {
  return page === 'project' ? <ProjectAdminPage key={params.slug} slug={params.slug!} user={user} /> : <DirectoryOverviewPage />;
}
