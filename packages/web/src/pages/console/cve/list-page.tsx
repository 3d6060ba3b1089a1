import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../../api/client.ts';
import type { ApiResponse } from '../../../api/client.ts';
import { SelectField, TextField } from '../../../components/fields.tsx';
import { ErrorMessage, Loading, Notice } from '../../../components/feedback.tsx';
import { Page } from '../../../components/page.tsx';
import { useResource } from '../../../components/resource.ts';
import { Badge, Pager } from '../../../components/ui.tsx';
import { Link, navigate, useLocation } from '../../../router/router.tsx';
import type { SessionUser } from '../../../session/session.ts';
import { useAction } from '../shared/action.ts';
import { ActionError } from '../shared/action-error.tsx';
import { CVE_STATE, CVE_STATES, recordLink } from './labels.ts';
import type { CveState } from './labels.ts';

const PAGE = 50;
type Settings = ApiResponse<'/api/v1/cve/settings', 'get'>;

/** Every CVE record the team holds, reserving new IDs, and (for administrators) the CNA's identity. */
export function RecordListPage({ user }: { user: SessionUser }) {
  const { search } = useLocation();
  const state = CVE_STATES.includes(search.get('state') as CveState) ? (search.get('state') as CveState) : undefined;
  const q = search.get('q') ?? '';
  const offset = Math.max(0, Number(search.get('offset')) || 0);
  const key = `${state ?? ''}|${q}|${offset}`;
  const records = useResource((signal) => api.get('/api/v1/cve/records', { query: { ...(state ? { state } : {}), ...(q ? { q } : {}), limit: PAGE, offset }, signal }), key);
  const settings = useResource((signal) => api.get('/api/v1/cve/settings', { signal }), 'settings');
  const href = (next: { state?: string | undefined; q?: string; offset?: number }) => {
    const params = new URLSearchParams();
    const merged = { state, q, offset: 0, ...next };
    if (merged.state) params.set('state', merged.state);
    if (merged.q) params.set('q', merged.q);
    if (merged.offset) params.set('offset', String(merged.offset));
    const text = params.toString();
    return `/console/cve${text ? `?${text}` : ''}`;
  };

  return (
    <Page title="CVE records" lede="Reserve IDs, write records with live checks against the official schema, review the changes, publish.">
      {settings.data ? <SettingsPanel settings={settings.data} admin={user.role === 'admin'} onSaved={settings.reload} /> : null}
      {settings.data?.identityComplete ? <ReserveForm onReserved={records.reload} /> : null}
      <Filters state={state} q={q} onApply={(next) => navigate(href(next))} />
      <section aria-labelledby="records">
        <h2 id="records">Records{records.data ? ` (${records.data.total})` : ''}</h2>
        <ErrorMessage error={records.error} />
        {records.status === 'loading' && !records.data ? <Loading /> : null}
        {records.data && records.data.records.length === 0 ? <p>No records match.</p> : null}
        {records.data && records.data.records.length > 0 ? (
          <div className="table-wrap" role="region" aria-labelledby="records" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">CVE ID</th>
                  <th scope="col">Title</th>
                  <th scope="col">State</th>
                  <th scope="col">Draft</th>
                  <th scope="col">Case</th>
                </tr>
              </thead>
              <tbody>
                {records.data.records.map((record) => (
                  <tr key={record.cveId}>
                    <th scope="row">
                      <Link to={recordLink(record.cveId)}>{record.cveId}</Link>
                    </th>
                    <td>{record.team?.title ?? record.title ?? '—'}</td>
                    <td>
                      <Badge tone={CVE_STATE[record.state].tone}>{CVE_STATE[record.state].label}</Badge>
                    </td>
                    <td>
                      {record.team?.draftRevision ? (record.team.draftValid ? <Badge tone="ok">valid</Badge> : <Badge tone="bad">has problems</Badge>) : <span className="muted">none</span>}{' '}
                      {record.team?.unpublishedChanges ? <Badge tone="warn">unpublished changes</Badge> : null}
                    </td>
                    <td>{record.team?.caseId ? <Link to={`/console/cases/${encodeURIComponent(record.team.caseId)}`}>{record.team.caseId}</Link> : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {records.data ? <Pager offset={offset} limit={PAGE} total={records.data.total} hrefFor={(next) => href({ offset: next })} label="Record pages" /> : null}
      </section>
    </Page>
  );
}

function Filters({ state, q, onApply }: { state: CveState | undefined; q: string; onApply: (next: { state: string | undefined; q: string }) => void }) {
  const [text, setText] = useState(q);
  const [chosen, setChosen] = useState<string>(state ?? '');
  return (
    <form
      className="filters form"
      role="search"
      aria-label="CVE records"
      onSubmit={(event) => {
        event.preventDefault();
        onApply({ state: chosen || undefined, q: text.trim() });
      }}
    >
      <div className="form-row">
        <TextField label="ID or title contains" name="q" value={text} onChange={(event) => setText(event.currentTarget.value)} />
        <SelectField label="State" name="state" value={chosen} onChange={(event) => setChosen(event.currentTarget.value)}>
          <option value="">Any</option>
          {CVE_STATES.map((value) => (
            <option key={value} value={value}>
              {CVE_STATE[value].label}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button">
          Search
        </button>
      </div>
    </form>
  );
}

function ReserveForm({ onReserved }: { onReserved: () => void }) {
  const [amount, setAmount] = useState('1');
  const [reserved, setReserved] = useState<string[]>();
  const action = useAction();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await action.run(() => api.post('/api/v1/cve/ids', { body: { amount: Number(amount) } }));
    if (result) {
      setReserved(result.ids);
      onReserved();
    }
  }
  return (
    <section aria-labelledby="reserve" className="panel">
      <h2 id="reserve">Reserve CVE IDs</h2>
      <form className="form inline-form" onSubmit={submit}>
        <div className="form-row">
          <TextField label="How many" type="number" min={1} max={50} name="amount" value={amount} onChange={(event) => setAmount(event.currentTarget.value)} />
        </div>
        <ActionError error={action.error} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={action.busy || !(Number(amount) >= 1 && Number(amount) <= 50)}>
            Reserve
          </button>
        </div>
      </form>
      {reserved ? (
        <Notice kind="success">
          <p>Reserved:</p>
          <ul className="inline-list">
            {reserved.map((id) => (
              <li key={id}>
                <Link to={recordLink(id)}>{id}</Link>
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
    </section>
  );
}

function SettingsPanel({ settings, admin, onSaved }: { settings: Settings; admin: boolean; onSaved: () => void }) {
  const [shortName, setShortName] = useState(settings.shortName ?? '');
  const [orgId, setOrgId] = useState(settings.orgId ?? '');
  const action = useAction();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await action.run(() => api.put('/api/v1/cve/settings', { body: { shortName: shortName.trim() || null, orgId: orgId.trim() || null } }));
    if (done) onSaved();
  }
  if (settings.identityComplete && !admin) return null;
  return (
    <section aria-labelledby="cna" className="panel">
      <h2 id="cna">The CNA</h2>
      {settings.identityComplete ? (
        <p>
          Records are assigned by <strong>{settings.shortName}</strong> (<code>{settings.orgId}</code>); IDs come from {settings.idSource === 'cve-services' ? 'CVE Services' : `the local pool (from ${settings.poolStart})`}.
        </p>
      ) : (
        <Notice kind="warning">The CNA&apos;s short name and organisation UUID are not set: no ID can be reserved and no record built until an administrator sets them.</Notice>
      )}
      {admin ? (
        <details open={!settings.identityComplete}>
          <summary>Change the CNA&apos;s identity</summary>
          <form className="form" onSubmit={submit} aria-label="CNA identity">
            <div className="form-row">
              <TextField label="Short name" name="shortName" value={shortName} onChange={(event) => setShortName(event.currentTarget.value)} />
              <TextField label="Organisation UUID" name="orgId" spellCheck={false} value={orgId} onChange={(event) => setOrgId(event.currentTarget.value)} />
            </div>
            <ActionError error={action.error} />
            <div className="form-actions">
              <button type="submit" className="button" disabled={action.busy}>
                Save the CNA&apos;s identity
              </button>
            </div>
          </form>
        </details>
      ) : null}
    </section>
  );
}
