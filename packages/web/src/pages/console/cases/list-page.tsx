import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../../api/client.ts';
import { SelectField, TextField } from '../../../components/fields.tsx';
import { ErrorMessage, Loading } from '../../../components/feedback.tsx';
import { Page } from '../../../components/page.tsx';
import { useResource } from '../../../components/resource.ts';
import { Time } from '../../../components/time.tsx';
import { Badge } from '../../../components/ui.tsx';
import { Link, navigate, useLocation } from '../../../router/router.tsx';
import { isStaff } from '../../../session/session.ts';
import type { SessionUser } from '../../../session/session.ts';
import { SEVERITY } from '../../advisories/labels.ts';
import { useAction } from '../shared/action.ts';
import { ActionError } from '../shared/action-error.tsx';
import { formatUtc } from './embargo.ts';
import { CASE_STATE, CASE_STATES, caseLink } from './labels.ts';
import type { CaseState } from './labels.ts';

/** The team's case list, or a maintainer's or reporter's own cases (the API decides which). */
export function CaseListPage({ user }: { user: SessionUser }) {
  const team = isStaff(user.role);
  const { search } = useLocation();
  const requested = search.get('state');
  const state = CASE_STATES.includes(requested as CaseState) ? (requested as CaseState) : undefined;
  const cases = useResource((signal) => api.get('/api/v1/cases', { query: state ? { state } : {}, signal }), state ?? 'all');

  return (
    <Page
      title={team ? 'Cases' : 'My cases'}
      lede={team ? 'Every coordinated disclosure, newest first.' : 'The security cases that concern your projects. Everything here is under embargo until it is published: do not share it.'}
    >
      {team ? <NewCaseForm /> : null}
      <form className="filters form" role="search" aria-label="Cases" onSubmit={(event) => event.preventDefault()}>
        <SelectField label="State" name="state" value={state ?? ''} onChange={(event) => navigate(event.currentTarget.value ? `/console/cases?state=${event.currentTarget.value}` : '/console/cases')}>
          <option value="">Any state</option>
          {CASE_STATES.map((value) => (
            <option key={value} value={value}>
              {CASE_STATE[value].label}
            </option>
          ))}
        </SelectField>
      </form>
      <section aria-labelledby="case-list">
        <h2 id="case-list">{state ? `Cases in ${CASE_STATE[state].label}` : team ? 'All cases' : 'Your cases'}</h2>
        <ErrorMessage error={cases.error} />
        {cases.status === 'loading' && !cases.data ? <Loading /> : null}
        {cases.data && cases.data.cases.length === 0 ? <p>{team ? 'No cases.' : 'No case concerns your projects.'}</p> : null}
        {cases.data && cases.data.cases.length > 0 ? (
          <div className="table-wrap" role="region" aria-labelledby="case-list" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">Case</th>
                  <th scope="col">State</th>
                  <th scope="col">Severity</th>
                  <th scope="col">Embargo ends</th>
                  <th scope="col">Opened</th>
                </tr>
              </thead>
              <tbody>
                {cases.data.cases.map((kase) => (
                  <tr key={kase.id}>
                    <th scope="row">
                      <Link to={caseLink(kase.id)}>{kase.id}</Link> <span className="case-title">{kase.title}</span>
                    </th>
                    <td>
                      <Badge tone={CASE_STATE[kase.state].tone}>{CASE_STATE[kase.state].label}</Badge>
                    </td>
                    <td>{kase.severity ? SEVERITY[kase.severity].label : '—'}</td>
                    <td className="nowrap">{kase.embargoAt ? <time dateTime={kase.embargoAt}>{formatUtc(new Date(kase.embargoAt))}</time> : '—'}</td>
                    <td className="nowrap">
                      <Time iso={kase.createdAt} withTime={false} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </Page>
  );
}

function NewCaseForm() {
  const [title, setTitle] = useState('');
  const action = useAction();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const created = await action.run(() => api.post('/api/v1/cases', { body: { title: title.trim() } }));
    if (created) navigate(caseLink(created.id));
  }
  return (
    <details className="status-details">
      <summary>Open a case without a report</summary>
      <form className="form" onSubmit={submit} aria-label="Open a case">
        <TextField label="Case title" name="title" required value={title} onChange={(event) => setTitle(event.currentTarget.value)} />
        <ActionError error={action.error} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={action.busy || title.trim() === ''}>
            Open the case
          </button>
        </div>
      </form>
    </details>
  );
}
