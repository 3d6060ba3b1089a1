import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../api/client.ts';
import type { ApiResponse } from '../../api/client.ts';
import { CopyField } from '../../components/copy-field.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { ErrorMessage, Loading, Notice } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { useResource } from '../../components/resource.ts';
import { Time } from '../../components/time.tsx';
import type { Role, SessionUser } from '../../session/session.ts';
import { ROLE_DESCRIPTIONS, ROLES, roleLabel } from './roles.ts';
import { ConfirmButton } from './shared/confirm-button.tsx';

type User = ApiResponse<'/api/v1/users', 'get'>['users'][number];
type Created = ApiResponse<'/api/v1/users', 'post'>;

export function UsersPage({ user: me }: { user: SessionUser }) {
  const users = useResource((signal) => api.get('/api/v1/users', { signal }), 'users');
  const [created, setCreated] = useState<Created>();
  const isAdmin = me.role === 'admin';

  return (
    <Page title="Users" lede="Everyone with an account: the security team, project maintainers and reporters.">
      {isAdmin ? (
        <CreateUser
          onCreated={(result) => {
            setCreated(result);
            users.reload();
          }}
        />
      ) : null}
      {created ? (
        <Notice kind="success">
          <p>
            <strong>{created.user.email}</strong> can now set a password with this one-time link. Send it to them over a private channel; it is shown only here and now.
          </p>
          <CopyField label="Setup link" value={created.setupLink} />
        </Notice>
      ) : null}
      <section aria-labelledby="user-list">
        <h2 id="user-list">Accounts</h2>
        <ErrorMessage error={users.error} />
        {users.status === 'loading' && !users.data ? <Loading /> : null}
        {users.data ? <UserTable users={users.data.users} me={me} canDisable={isAdmin} onChanged={users.reload} /> : null}
      </section>
    </Page>
  );
}

function CreateUser({ onCreated }: { onCreated: (result: Created) => void }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('team');
  const [displayName, setDisplayName] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const result = await api.post('/api/v1/users', { body: { email: email.trim(), role, ...(displayName.trim() ? { displayName: displayName.trim() } : {}) } });
      setEmail('');
      setDisplayName('');
      onCreated(result);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="new-user" className="panel">
      <h2 id="new-user">Add a user</h2>
      <form className="form inline-form" onSubmit={submit} noValidate>
        <ErrorMessage error={error} />
        <div className="form-row">
          <TextField label="E-mail address" type="email" name="email" required autoComplete="off" value={email} onChange={(event) => setEmail(event.currentTarget.value)} />
          <TextField label="Name (optional)" name="displayName" autoComplete="off" value={displayName} onChange={(event) => setDisplayName(event.currentTarget.value)} />
          <SelectField label="Role" name="role" hint={ROLE_DESCRIPTIONS[role]} value={role} onChange={(event) => setRole(event.currentTarget.value as Role)}>
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {roleLabel(value)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create account'}
          </button>
        </div>
      </form>
    </section>
  );
}

function UserTable({ users, me, canDisable, onChanged }: { users: User[]; me: SessionUser; canDisable: boolean; onChanged: () => void }) {
  return (
    <div className="table-wrap" role="region" aria-labelledby="user-list" tabIndex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">E-mail</th>
            <th scope="col">Role</th>
            <th scope="col">Two-factor</th>
            <th scope="col">Status</th>
            <th scope="col">Last sign-in</th>
            {canDisable ? <th scope="col">Actions</th> : null}
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">{user.displayName || '—'}</th>
              <td>{user.email}</td>
              <td>{roleLabel(user.role)}</td>
              <td>{user.totpEnabled ? 'on' : 'off'}</td>
              <td>{user.disabled ? <span className="badge badge-muted">disabled</span> : <span className="badge badge-ok">active</span>}</td>
              <td>{user.lastLoginAt ? <Time iso={user.lastLoginAt} /> : 'never'}</td>
              {canDisable ? <td>{!user.disabled && user.id !== me.id ? <DisableButton user={user} onDone={onChanged} /> : null}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DisableButton({ user, onDone }: { user: User; onDone: () => void }) {
  return <ConfirmButton verb="Disable" subject={user.email} warning="Ends their sessions and revokes their tokens." onConfirm={() => api.post('/api/v1/users/{email}/disable', { params: { email: user.email } })} onDone={onDone} />;
}
