import '../../styles/forms.css';
import '../../styles/public.css';
import '../../styles/report.css';
import { ReportPage } from './report-page.tsx';

/** The public report form: its own chunk; OpenPGP and the proof-of-work worker load later still, on demand. */
export default function ReportArea() {
  return <ReportPage />;
}
