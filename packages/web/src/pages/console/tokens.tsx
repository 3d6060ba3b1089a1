import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../api/client.ts';
import type { ApiResponse } from '../../api/client.ts';
import { CopyField } from '../../components/copy-field.tsx';
import { TextField } from '../../components/fields.tsx';
import { ErrorMessage, Loading, Notice } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { useResource } from '../../components/resource.ts';
import { Time } from '../../components/time.tsx';
import { ConfirmButton } from './shared/confirm-button.tsx';

type Token = ApiResponse<'/api/v1/tokens', 'get'>['tokens'][number];
type Scope = Token['scopes'][number];

/** Every scope the API knows, described; the Record type breaks the build when the API adds one. */
const SCOPE_DESCRIPTIONS: Record<Scope, string> = {
  read: 'read what your account may see',
  cases: 'reports, cases and advisories',
  cve: 'CVE records',
  directory: 'the software directory',
  threats: 'the threat register',
  observatory: 'scans and the observatory',
  admin: 'accounts and tokens',
};
const SCOPES = Object.keys(SCOPE_DESCRIPTIONS) as Scope[];
const MAX_DAYS = 366;

export function TokensPage() {
  const tokens = useResource((signal) => api.get('/api/v1/tokens', { signal }), 'tokens');
  const [created, setCreated] = useState<{ name: string; token: string }>();

  return (
    <Page title="API tokens" lede="Tokens let the xmppsec command-line tool and your scripts act as you, within the scopes you give them.">
      <CreateToken
        onCreated={(result) => {
          setCreated(result);
          tokens.reload();
        }}
      />
      {created ? (
        <Notice kind="success">
          <p>
            Token <strong>{created.name}</strong> created. Copy it now: it is not stored in readable form and will not be shown again.
          </p>
          <CopyField label="Token" value={created.token} />
        </Notice>
      ) : null}
      <section aria-labelledby="token-list">
        <h2 id="token-list">Your tokens</h2>
        <ErrorMessage error={tokens.error} />
        {tokens.status === 'loading' && !tokens.data ? <Loading /> : null}
        {tokens.data && tokens.data.tokens.length === 0 ? <p>You have no tokens.</p> : null}
        {tokens.data && tokens.data.tokens.length > 0 ? <TokenTable tokens={tokens.data.tokens} onChanged={tokens.reload} /> : null}
      </section>
    </Page>
  );
}

function CreateToken({ onCreated }: { onCreated: (result: { name: string; token: string }) => void }) {
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['read']);
  const [days, setDays] = useState('90');
  const [problems, setProblems] = useState<{ name?: string; days?: string; scopes?: string }>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  function toggle(scope: Scope, on: boolean) {
    setScopes((current) => (on ? [...current, scope] : current.filter((value) => value !== scope)));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const expiresInDays = Number(days);
    const found: typeof problems = {};
    if (name.trim() === '') found.name = 'Give the token a name you will recognise, e.g. "laptop CLI".';
    if (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > MAX_DAYS) found.days = `Between 1 and ${MAX_DAYS} days.`;
    if (scopes.length === 0) found.scopes = 'Choose at least one scope.';
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setError(undefined);
    try {
      const result = await api.post('/api/v1/tokens', { body: { name: name.trim(), scopes, expiresInDays } });
      onCreated({ name: result.info.name, token: result.token });
      setName('');
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="new-token" className="panel">
      <h2 id="new-token">Create a token</h2>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorMessage error={error} />
        <div className="form-row">
          <TextField label="Name" name="name" autoComplete="off" required error={problems.name} value={name} onChange={(event) => setName(event.currentTarget.value)} />
          <TextField label="Expires after (days)" name="expiresInDays" type="number" min={1} max={MAX_DAYS} required error={problems.days} value={days} onChange={(event) => setDays(event.currentTarget.value)} />
        </div>
        <fieldset className="checkboxes" aria-describedby={problems.scopes ? 'scope-error' : undefined}>
          <legend>Scopes</legend>
          {problems.scopes ? (
            <p className="field-error" id="scope-error">
              {problems.scopes}
            </p>
          ) : null}
          {SCOPES.map((scope) => (
            <div className="checkbox" key={scope}>
              <input type="checkbox" id={`scope-${scope}`} checked={scopes.includes(scope)} onChange={(event) => toggle(scope, event.currentTarget.checked)} />
              <label htmlFor={`scope-${scope}`}>
                <code>{scope}</code> — {SCOPE_DESCRIPTIONS[scope]}
              </label>
            </div>
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create token'}
          </button>
        </div>
      </form>
    </section>
  );
}

function tokenStatus(token: Token): 'revoked' | 'expired' | 'active' {
  if (token.revokedAt) return 'revoked';
  if (Date.parse(token.expiresAt) <= Date.now()) return 'expired';
  return 'active';
}

function TokenTable({ tokens, onChanged }: { tokens: Token[]; onChanged: () => void }) {
  return (
    <div className="table-wrap" role="region" aria-labelledby="token-list" tabIndex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Scopes</th>
            <th scope="col">Created</th>
            <th scope="col">Expires</th>
            <th scope="col">Last used</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => {
            const status = tokenStatus(token);
            return (
              <tr key={token.id}>
                <th scope="row">{token.name}</th>
                <td>{token.scopes.join(', ')}</td>
                <td>
                  <Time iso={token.createdAt} />
                </td>
                <td>
                  <Time iso={token.expiresAt} withTime={false} />
                </td>
                <td>{token.lastUsedAt ? <Time iso={token.lastUsedAt} /> : 'never'}</td>
                <td>
                  <span className={`badge ${status === 'active' ? 'badge-ok' : 'badge-muted'}`}>{status}</span>
                </td>
                <td>{status === 'active' ? <RevokeButton token={token} onDone={onChanged} /> : null}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function RevokeButton({ token, onDone }: { token: Token; onDone: () => void }) {
  return <ConfirmButton verb="Revoke" subject={token.name} warning="Anything using it stops working." onConfirm={() => api.delete('/api/v1/tokens/{id}', { params: { id: token.id } })} onDone={onDone} />;
}
