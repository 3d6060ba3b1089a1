import type { AreaProps } from '../work-routes.tsx';
import { CasePage } from './case-page.tsx';
import { CaseListPage } from './list-page.tsx';

export default function CasesArea({ page, params, user }: AreaProps) {
  return page === 'case' ? <CasePage key={params.id} id={params.id!} user={user} /> : <CaseListPage user={user} />;
}
