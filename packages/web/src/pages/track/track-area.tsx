import '../../styles/forms.css';
import '../../styles/public.css';
import '../../styles/report.css';
import { TrackPage } from './track-page.tsx';

/** The reporter's tracking page (`/track#<token>`, linked from the acknowledgement e-mail). */
export default function TrackArea() {
  return <TrackPage />;
}
