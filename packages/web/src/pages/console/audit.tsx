import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../api/client.ts';
import type { ApiResponse } from '../../api/client.ts';
import { TextField } from '../../components/fields.tsx';
import { ErrorMessage, Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { useResource } from '../../components/resource.ts';
import { Time } from '../../components/time.tsx';
import { Link, navigate, useLocation } from '../../router/router.tsx';
import { atPage, auditQueryFromSearch, fromLocalInput, searchFromAuditQuery, toLocalInput } from './audit-filters.ts';
import type { AuditQuery } from './audit-filters.ts';

type ChainResult = ApiResponse<'/api/v1/audit/verify', 'get'>;
type AuditEvent = ApiResponse<'/api/v1/audit', 'get'>['events'][number];

export function AuditPage() {
  const { search } = useLocation();
  const query = auditQueryFromSearch(search);
  const key = searchFromAuditQuery(query);
  const events = useResource((signal) => api.get('/api/v1/audit', { query, signal }), key);
  const chain = useResource((signal) => api.get('/api/v1/audit/verify', { signal }), 'verify');
  const filtered = key.replace(/[?&]?beforeSeq=\d+/, '') !== '';

  return (
    <Page title="Audit log" lede="Every change, who made it and how, newest first. Each event carries the hash of the one before, so an edited, inserted or deleted row breaks the chain.">
      <section aria-labelledby="chain" className="panel">
        <h2 id="chain">Chain status</h2>
        {chain.status === 'loading' ? <Loading label="Checking every event…" /> : null}
        <ErrorMessage error={chain.error} />
        {chain.status === 'ready' ? <ChainStatus result={chain.data} /> : null}
        <button type="button" className="button small" onClick={chain.reload} disabled={chain.status === 'loading'}>
          Check again
        </button>
      </section>
      <Filters key={key} query={query} />
      <section aria-labelledby="events">
        <h2 id="events">{filtered ? 'Matching events' : 'Events'}</h2>
        <ErrorMessage error={events.error} />
        {events.status === 'loading' ? <Loading /> : null}
        {events.status === 'ready' && events.data.events.length === 0 ? <p>No events match these filters.</p> : null}
        {events.status === 'ready' && events.data.events.length > 0 ? <EventTable events={events.data.events} /> : null}
        <div className="form-actions">
          {query.beforeSeq !== undefined ? (
            <button type="button" className="button" onClick={() => navigate(`/console/audit${searchFromAuditQuery(atPage(query, undefined))}`)}>
              Newest events
            </button>
          ) : null}
          {events.status === 'ready' && events.data.nextBeforeSeq !== null ? (
            <button type="button" className="button" onClick={() => navigate(`/console/audit${searchFromAuditQuery(atPage(query, events.data.nextBeforeSeq))}`)}>
              Older events
            </button>
          ) : null}
        </div>
      </section>
    </Page>
  );
}

export function ChainStatus({ result }: { result: ChainResult }) {
  if (result.ok) {
    return (
      <p className="chain chain-ok" data-testid="chain-status">
        <span className="badge badge-ok">intact</span> All {result.events} events check out. Latest hash <code title={result.headHash}>{result.headHash.slice(0, 16)}…</code>
      </p>
    );
  }
  return (
    <div className="chain chain-broken" role="alert" data-testid="chain-status">
      <p>
        <span className="badge badge-bad">broken</span> The chain breaks at event {result.firstBroken ? `#${result.firstBroken.seq}` : '(unknown)'}: {result.firstBroken?.reason ?? 'no reason given'}.
      </p>
      <p>Someone changed the database outside xmppsec. Keep a copy of the database as it is now and compare it with a backup.</p>
    </div>
  );
}

function Filters({ query }: { query: AuditQuery }) {
  const [values, setValues] = useState({
    action: query.action ?? '',
    actorId: query.actorId ?? '',
    subjectType: query.subjectType ?? '',
    subjectId: query.subjectId ?? '',
    since: toLocalInput(query.since),
    until: toLocalInput(query.until),
  });
  const set = (name: keyof typeof values) => (event: { currentTarget: HTMLInputElement }) => {
    const value = event.currentTarget.value;
    setValues((current) => ({ ...current, [name]: value }));
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const next: AuditQuery = {};
    if (values.action.trim()) next.action = values.action.trim();
    if (values.actorId.trim()) next.actorId = values.actorId.trim();
    if (values.subjectType.trim()) next.subjectType = values.subjectType.trim();
    if (values.subjectId.trim()) next.subjectId = values.subjectId.trim();
    const since = fromLocalInput(values.since);
    const until = fromLocalInput(values.until);
    if (since) next.since = since;
    if (until) next.until = until;
    navigate(`/console/audit${searchFromAuditQuery(next)}`);
  }

  return (
    <section aria-labelledby="filters" className="panel">
      <h2 id="filters">Filters</h2>
      <form className="form" onSubmit={submit} role="search" aria-labelledby="filters">
        <div className="form-row">
          <TextField label="Action" hint='Exact, or a prefix ending in "." such as "user."' name="action" value={values.action} onChange={set('action')} />
          <TextField label="Subject type" hint="e.g. user, api_token" name="subjectType" value={values.subjectType} onChange={set('subjectType')} />
          <TextField label="Subject id" name="subjectId" value={values.subjectId} onChange={set('subjectId')} />
          <TextField label="Actor id" name="actorId" value={values.actorId} onChange={set('actorId')} />
          <TextField label="Since (your local time)" type="datetime-local" name="since" value={values.since} onChange={set('since')} />
          <TextField label="Until (your local time)" type="datetime-local" name="until" value={values.until} onChange={set('until')} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button primary">
            Apply filters
          </button>
          <button type="button" className="button" onClick={() => navigate('/console/audit')}>
            Clear
          </button>
        </div>
      </form>
    </section>
  );
}

function EventTable({ events }: { events: AuditEvent[] }) {
  return (
    <div className="table-wrap" role="region" aria-labelledby="events" tabIndex={0}>
      <table className="audit-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Via</th>
            <th scope="col">Action</th>
            <th scope="col">Subject</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.seq}>
              <th scope="row">{event.seq}</th>
              <td className="nowrap">
                <Time iso={event.at} />
              </td>
              <td>{event.actorId ? <Link to={`/console/audit${searchFromAuditQuery({ actorId: event.actorId })}`}><span className="visually-hidden">Events by </span>{event.actorLabel}</Link> : event.actorLabel}</td>
              <td>{event.via}</td>
              <td>
                <code>{event.action}</code>
              </td>
              <td>
                {event.subjectType ? (
                  <Link to={`/console/audit${searchFromAuditQuery({ subjectType: event.subjectType, ...(event.subjectId ? { subjectId: event.subjectId } : {}) })}`} title={event.subjectId ?? undefined}>
                    <span className="visually-hidden">Events about </span>
                    {event.subjectType} {event.subjectId ? <code>{shortId(event.subjectId)}</code> : null}
                  </Link>
                ) : (
                  '—'
                )}
              </td>
              <td>{Object.keys(event.details).length > 0 ? <Details details={event.details} /> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Long generated ids (UUIDs) shortened for the table; the link and its title keep the whole. */
function shortId(id: string): string {
  return id.length > 16 ? `${id.slice(0, 8)}…` : id;
}

function Details({ details }: { details: Record<string, unknown> }) {
  const keys = Object.keys(details);
  return (
    <details>
      <summary>{keys.slice(0, 3).join(', ') + (keys.length > 3 ? '…' : '')}</summary>
      <pre>{JSON.stringify(details, null, 2)}</pre>
    </details>
  );
}
