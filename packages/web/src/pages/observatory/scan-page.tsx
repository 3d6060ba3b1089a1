import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { SelectField, TextField } from '../../components/fields.tsx';
import { describeError, ErrorMessage, Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { useResource } from '../../components/resource.ts';
import { Link, navigate, useLocation } from '../../router/router.tsx';
import { DomainReport } from './domain-report.tsx';
import { GradeBadge } from './grade-badge.tsx';
import type { DomainView, ScanView } from './report-types.ts';

type Mode = 'both' | 'c2s' | 's2s';
const POLL_INTERVAL_MS = 1000;

/** The observatory's front page: scan a domain (the scan's id goes in the address, so a reload keeps watching) and the scanned domains. */
export function ScanPage() {
  const { search } = useLocation();
  const scanId = search.get('scan') ?? '';
  return (
    <Page title="Network observatory" lede="Probe an XMPP domain's servers — client-to-server and server-to-server — and see its grade, why, and what to change in Prosody or ejabberd.">
      <p>
        <Link to="/observatory/statistics">Network statistics</Link>
      </p>
      <ScanForm />
      {scanId ? <ScanProgress key={scanId} scanId={scanId} /> : <ScannedDomains />}
    </Page>
  );
}

function ScanForm() {
  const [domain, setDomain] = useState('');
  const [mode, setMode] = useState<Mode>('both');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!domain.trim()) {
      setError('Enter a domain, like example.org.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const { scan } = await api.post('/api/v1/observatory/scans', { body: { domain: domain.trim(), mode } });
      navigate(`/observatory?scan=${encodeURIComponent(scan.id)}`);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form scan-form" role="search" aria-label="Scan a domain" noValidate onSubmit={submit}>
      <div className="form-row">
        <TextField label="Domain" name="domain" autoComplete="off" spellCheck={false} inputMode="url" hint="The part after @ in an XMPP address, e.g. example.org." value={domain} error={error} onChange={(event) => setDomain(event.currentTarget.value)} />
        <SelectField label="What to test" value={mode} onChange={(event) => setMode(event.currentTarget.value as Mode)}>
          <option value="both">client and server connections</option>
          <option value="c2s">client-to-server only</option>
          <option value="s2s">server-to-server only</option>
        </SelectField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          Scan
        </button>
        <span className="hint">A recent result (of the last minutes) is shown instead of scanning again.</span>
      </div>
    </form>
  );
}

const PHASES: Record<ScanView['progress']['phase'], string> = {
  queued: 'Waiting for a scanner',
  resolving: 'Looking up the servers in DNS',
  probing: 'Probing the servers',
  storing: 'Storing the result',
  done: 'Done',
  failed: 'Failed',
};

/**
 * Follows a scan: polls for new progress events (`after` the last one seen) until it ends, then
 * shows the domain's report.
 */
function ScanProgress({ scanId }: { scanId: string }) {
  const [scan, setScan] = useState<ScanView | undefined>();
  const [events, setEvents] = useState<ScanView['events']>([]);
  const [error, setError] = useState<unknown>();
  const [report, setReport] = useState<DomainView | undefined>();
  const lastSeq = useRef(0);

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await api.get('/api/v1/observatory/scans/{id}', { params: { id: scanId }, query: { after: lastSeq.current }, signal: controller.signal });
        if (controller.signal.aborted) return;
        setScan(next);
        setError(undefined);
        if (next.events.length > 0) {
          lastSeq.current = next.events[next.events.length - 1]!.seq;
          setEvents((previous) => [...previous, ...next.events]);
        }
        if (next.status === 'done') {
          setReport(await api.get('/api/v1/observatory/domains/{domain}', { params: { domain: next.domain }, signal: controller.signal }));
          return;
        }
        if (next.status === 'failed') return;
      } catch (failure) {
        if (controller.signal.aborted) return;
        // A failed poll is shown and retried: the scan goes on on the server regardless.
        setError(failure);
      }
      timer = setTimeout(poll, POLL_INTERVAL_MS);
    };
    void poll();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [scanId]);

  if (!scan) return error ? <ErrorMessage error={error} /> : <Loading label="Loading the scan…" />;
  const running = scan.status === 'queued' || scan.status === 'running';
  return (
    <section aria-labelledby="scan-progress">
      <h2 id="scan-progress">
        Scan of <Link to={`/observatory/domains/${encodeURIComponent(scan.domain)}`}>{scan.domain}</Link>
      </h2>
      <div className="scan-status">
        <p role="status" data-testid="scan-phase">
          {PHASES[scan.progress.phase]}
          {running ? '…' : '.'}
          {scan.progress.targets !== null ? ` ${scan.progress.targets} ${scan.progress.targets === 1 ? 'server' : 'servers'} found, ${scan.progress.probesDone} ${scan.progress.probesDone === 1 ? 'probe' : 'probes'} done.` : ''}
        </p>
        {running ? <progress aria-label="Scan progress" /> : null}
        {scan.status === 'done' ? (
          <p className="scan-grade">
            <GradeBadge grade={scan.grade} size="small" /> <Link to={`/observatory/domains/${encodeURIComponent(scan.domain)}`}>The domain's page</Link>
          </p>
        ) : null}
      </div>
      <ErrorMessage error={error} />
      {scan.error ? (
        <div className="notice notice-error" role="alert">
          <p>The scan failed: {scan.error.message}</p>
        </div>
      ) : null}
      <details className="scan-log" open={running}>
        <summary>What the scanner did ({events.length} {events.length === 1 ? 'step' : 'steps'})</summary>
        <ol aria-live="polite" aria-relevant="additions">
          {events.map((event) => (
            <li key={event.seq}>{event.message}</li>
          ))}
        </ol>
      </details>
      {report ? <DomainReport view={report} /> : scan.status === 'done' ? <Loading label="Loading the report…" /> : null}
    </section>
  );
}

function ScannedDomains() {
  const domains = useResource((signal) => api.get('/api/v1/observatory/domains', { query: { perPage: 50 }, signal }), 'domains');
  return (
    <section aria-labelledby="scanned">
      <h2 id="scanned">Scanned domains</h2>
      <ErrorMessage error={domains.error} />
      {domains.status === 'loading' ? <Loading /> : null}
      {domains.status === 'ready' && domains.data.domains.length === 0 ? <p>No domain has been scanned yet.</p> : null}
      {domains.status === 'ready' && domains.data.domains.length > 0 ? (
        <>
          <ul className="domain-list">
            {domains.data.domains.map((entry) => (
              <li key={entry.domain}>
                <GradeBadge grade={entry.grade} size="small" /> <Link to={`/observatory/domains/${encodeURIComponent(entry.domain)}`}>{entry.domain}</Link>
              </li>
            ))}
          </ul>
          {domains.data.total > domains.data.domains.length ? <p className="muted">The first {domains.data.domains.length} of {domains.data.total}, by name.</p> : null}
        </>
      ) : null}
    </section>
  );
}
