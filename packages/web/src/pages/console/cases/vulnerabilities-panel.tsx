import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../../api/client.ts';
import type { ApiResponse } from '../../../api/client.ts';
import { TextField } from '../../../components/fields.tsx';
import { Notice } from '../../../components/feedback.tsx';
import { Badge } from '../../../components/ui.tsx';
import { Link } from '../../../router/router.tsx';
import { useAction } from '../shared/action.ts';
import { ActionError } from '../shared/action-error.tsx';
import { TextAreaField } from '../shared/fields.tsx';
import type { Case } from './labels.ts';

type Vulnerability = Case['vulnerabilities'][number];
type Drafted = ApiResponse<'/api/v1/cases/{id}/vulnerabilities/{vulnerabilityId}/cve-draft', 'post'>;

/** The case's vulnerabilities with their CVE IDs; the team drafts each CVE record from the case. */
export function VulnerabilitiesPanel({ kase, team, onChanged }: { kase: Case; team: boolean; onChanged: () => void }) {
  return (
    <section aria-labelledby="vulnerabilities">
      <h2 id="vulnerabilities">Vulnerabilities and CVE IDs</h2>
      {kase.vulnerabilities.length === 0 ? <p>No vulnerability recorded yet.</p> : null}
      <ul className="vulnerabilities">
        {kase.vulnerabilities.map((vulnerability) => (
          <li key={vulnerability.id}>
            <strong>{vulnerability.title}</strong>{' '}
            {vulnerability.cveId ? team ? <Link to={`/console/cve/${encodeURIComponent(vulnerability.cveId)}`}>{vulnerability.cveId}</Link> : <code>{vulnerability.cveId}</code> : <Badge tone="muted">no CVE ID yet</Badge>}
            {team ? <DraftForm caseId={kase.id} vulnerability={vulnerability} onDrafted={onChanged} /> : null}
          </li>
        ))}
      </ul>
      {team ? <AddVulnerabilityForm caseId={kase.id} onAdded={onChanged} /> : null}
    </section>
  );
}

function DraftForm({ caseId, vulnerability, onDrafted }: { caseId: string; vulnerability: Vulnerability; onDrafted: () => void }) {
  const [description, setDescription] = useState('');
  const [cvss, setCvss] = useState('');
  const [cwe, setCwe] = useState('');
  const [result, setResult] = useState<Drafted>();
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setResult(undefined);
    const body = { ...(description.trim() ? { description: description.trim() } : {}), ...(cvss.trim() ? { cvss: cvss.trim() } : {}), ...(cwe.trim() ? { cwe: cwe.trim() } : {}) };
    const drafted = await action.run(() => api.post('/api/v1/cases/{id}/vulnerabilities/{vulnerabilityId}/cve-draft', { params: { id: caseId, vulnerabilityId: vulnerability.id }, body }));
    if (drafted) {
      setResult(drafted);
      onDrafted();
    }
  }

  return (
    <details className="draft-details">
      <summary>{vulnerability.cveId ? 'Redraft the CVE record from the case' : 'Draft a CVE record from the case'}</summary>
      <form className="form" onSubmit={submit} aria-label={`Draft the CVE record of ${vulnerability.title}`}>
        <p className="hint">
          The affected products and fixed versions come from the status table and the directory, the credits from the report; fields you edited in the record are kept.{' '}
          {vulnerability.cveId ? null : 'A CVE ID is reserved for it.'}
        </p>
        <TextAreaField label="Description (English)" hint="Leave empty to use the case summary." name="description" rows={3} value={description} onChange={(event) => setDescription(event.currentTarget.value)} />
        <div className="form-row">
          <TextField label="CVSS vector" hint="e.g. CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:H/A:N" name="cvss" spellCheck={false} value={cvss} onChange={(event) => setCvss(event.currentTarget.value)} />
          <TextField label="CWE" hint="e.g. CWE-290" name="cwe" value={cwe} onChange={(event) => setCwe(event.currentTarget.value)} />
        </div>
        <ActionError error={action.error} />
        {result ? (
          <Notice kind={result.valid ? 'success' : 'warning'}>
            <p>
              <Link to={`/console/cve/${encodeURIComponent(result.cveId)}`}>{result.cveId}</Link> drafted.{' '}
              {result.valid ? 'The record is valid.' : `It needs work before it can be published (${result.issues.length} ${result.issues.length === 1 ? 'problem' : 'problems'}):`}
            </p>
            {result.issues.length > 0 ? (
              <ul>
                {result.issues.map((issue, index) => (
                  <li key={index}>
                    <code>{issue.path}</code>: {issue.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </Notice>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={action.busy}>
            {action.busy ? 'Drafting…' : 'Draft CVE record from the case'}
          </button>
        </div>
      </form>
    </details>
  );
}

function AddVulnerabilityForm({ caseId, onAdded }: { caseId: string; onAdded: () => void }) {
  const [title, setTitle] = useState('');
  const action = useAction();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await action.run(() => api.post('/api/v1/cases/{id}/vulnerabilities', { params: { id: caseId }, body: { title: title.trim() } }));
    if (done) {
      setTitle('');
      onAdded();
    }
  }
  return (
    <form className="form inline-form" onSubmit={submit} aria-label="Add a vulnerability">
      <div className="form-row">
        <TextField label="New vulnerability" hint="A short title, e.g. what an attacker can do." name="vulnerabilityTitle" value={title} onChange={(event) => setTitle(event.currentTarget.value)} />
      </div>
      <ActionError error={action.error} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={action.busy || title.trim() === ''}>
          Add the vulnerability
        </button>
      </div>
    </form>
  );
}
