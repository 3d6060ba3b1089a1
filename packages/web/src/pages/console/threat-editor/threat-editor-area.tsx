import type { AreaProps } from '../work-routes.tsx';
import { ThreatEditorPage } from './editor-page.tsx';
import { ThreatListPage } from './list-page.tsx';

export default function ThreatEditorArea({ page, params }: AreaProps) {
  if (page === 'new') return <ThreatEditorPage key="new" />;
  if (page === 'edit') return <ThreatEditorPage key={params.slug} slug={params.slug!} />;
  return <ThreatListPage />;
}
