import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { TextField } from '../../components/fields.tsx';
import { ErrorMessage, Notice } from '../../components/feedback.tsx';
import { readFragmentToken } from '../../components/fragment-token.ts';
import { Page } from '../../components/page.tsx';
import { navigate } from '../../router/router.tsx';
import { setFlash } from '../../session/flash.ts';

const MIN_PASSWORD_LENGTH = 12;

export function SetupPage() {
  // The one-time link is `/setup#token=…`.
  const [token] = useState(readFragmentToken);
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problems, setProblems] = useState<{ password?: string; repeat?: string }>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  if (token === '') {
    return (
      <Page title="Set your password">
        <Notice kind="warning">
          <p>This page needs the complete link from your invitation (it ends with <code>#token=</code> and a long code). Open the link again, or ask an administrator for a new one.</p>
        </Notice>
      </Page>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: { password?: string; repeat?: string } = {};
    if (password.length < MIN_PASSWORD_LENGTH) found.password = `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
    else if (password !== repeat) found.repeat = 'The two passwords differ.';
    setProblems(found);
    if (found.password || found.repeat) return;
    setBusy(true);
    setError(undefined);
    try {
      const user = await api.post('/api/v1/auth/setup', { body: { token, password, ...(displayName.trim() ? { displayName: displayName.trim() } : {}) } });
      setFlash({ message: 'Your password is set. Sign in to continue.', email: user.email });
      navigate('/sign-in', { replace: true });
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <Page title="Set your password" lede="Choose the password for your new xmppsec account. The link works once.">
      <form className="form narrow" onSubmit={submit} noValidate>
        <ErrorMessage error={error} />
        <TextField label="Your name (optional)" hint="How the team sees you in cases and the audit log." name="displayName" autoComplete="name" value={displayName} onChange={(event) => setDisplayName(event.currentTarget.value)} />
        <TextField label="New password" hint={`At least ${MIN_PASSWORD_LENGTH} characters. A passphrase of several words is easy to type and hard to guess.`} error={problems.password} type="password" name="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} value={password} onChange={(event) => setPassword(event.currentTarget.value)} />
        <TextField label="Repeat the password" error={problems.repeat} type="password" name="repeat" autoComplete="new-password" required value={repeat} onChange={(event) => setRepeat(event.currentTarget.value)} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? 'Saving…' : 'Set password'}
          </button>
        </div>
      </form>
    </Page>
  );
}
