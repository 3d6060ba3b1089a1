import type { AreaProps } from '../work-routes.tsx';
import { ReportPage } from './report-page.tsx';
import { ReportQueuePage } from './queue-page.tsx';

export default function ReportsArea({ page, params }: AreaProps) {
  return page === 'report' ? <ReportPage key={params.id} id={params.id!} /> : <ReportQueuePage />;
}
