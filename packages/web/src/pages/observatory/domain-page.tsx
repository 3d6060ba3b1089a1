import { useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { describeError, ErrorMessage, Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { useResource } from '../../components/resource.ts';
import { Link, navigate } from '../../router/router.tsx';
import { DomainReport } from './domain-report.tsx';

/** `/observatory/domains/:domain`: the domain's latest report, history and badge. */
export function DomainPage({ domain }: { domain: string }) {
  const view = useResource((signal) => api.get('/api/v1/observatory/domains/{domain}', { params: { domain }, signal }), domain);
  const [scanError, setScanError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function scanAgain() {
    setBusy(true);
    setScanError(undefined);
    try {
      const { scan } = await api.post('/api/v1/observatory/scans', { body: { domain, mode: view.data?.latest?.mode ?? 'both' } });
      navigate(`/observatory?scan=${encodeURIComponent(scan.id)}`);
    } catch (failure) {
      setScanError(describeError(failure));
      setBusy(false);
    }
  }

  const notFound = view.status === 'failed' && view.error instanceof ApiError && view.error.status === 404;
  return (
    <Page
      title={view.data?.domain ?? domain}
      lede="The XMPP security grade of this domain's servers, why it is what it is, and what to fix."
      actions={
        view.data && !view.data.optedOut ? (
          <button type="button" className="button" onClick={scanAgain} disabled={busy}>
            Scan again
          </button>
        ) : null
      }
    >
      <p>
        <Link to="/observatory">Observatory</Link> · <Link to="/observatory/statistics">Network statistics</Link>
      </p>
      {scanError ? (
        <div className="notice notice-error" role="alert">
          <p>{scanError}</p>
        </div>
      ) : null}
      {notFound ? <p>This domain has not been scanned. Scan it from the <Link to="/observatory">observatory's page</Link>.</p> : <ErrorMessage error={view.error} />}
      {view.status === 'loading' && !view.data ? <Loading /> : null}
      {view.data?.optedOut ? (
        <div className="notice">
          <p>The operator of this domain asked not to be scanned; its results are not shown.</p>
        </div>
      ) : null}
      {view.data ? <DomainReport view={view.data} /> : null}
    </Page>
  );
}
