import { useEffect } from 'react';
import { CopyField } from '../../components/copy-field.tsx';
import { Page } from '../../components/page.tsx';

/** The acknowledgement: the reference, and the private tracking link with a clear warning. */
export function ReportSent({ reference, trackingLink, email }: { reference: string; trackingLink: string; email: string }) {
  useEffect(() => {
    // The form was replaced in place: start reading (and tabbing) from the new heading.
    document.querySelector<HTMLElement>('main h1')?.focus();
    window.scrollTo(0, 0);
  }, []);
  return (
    <Page title="Your report was received" lede="Thank you. The security team acknowledges every report within 3 days.">
      <div className="notice notice-success">
        <p>
          Its reference is <strong data-testid="report-reference">{reference}</strong>. We also sent it, with the link below, to {email}.
        </p>
      </div>
      <h2>Your private tracking link</h2>
      <p>Follow the report's status, read the team's questions and answer them through this link.</p>
      <div className="notice notice-warning">
        <p>
          <strong>Keep this link secret.</strong> Anyone who has it can read the report's status and the team's messages, and write to the team as you. Do not share it or paste it into public places.
        </p>
      </div>
      <CopyField label="Tracking link" value={trackingLink} />
      <p>
        <a href={trackingLink}>Open the tracking page</a>
      </p>
    </Page>
  );
}
