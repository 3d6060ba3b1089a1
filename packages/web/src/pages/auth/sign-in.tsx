import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { TextField } from '../../components/fields.tsx';
import { ErrorMessage, Loading, Notice } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { safeNextPath } from '../../router/match.ts';
import { navigate, useLocation } from '../../router/router.tsx';
import { takeFlash } from '../../session/flash.ts';
import { loadSession, setSession, setSessionState, useSession } from '../../session/session.ts';

/** E-mail and password, then (for accounts with a second factor) the code or a recovery code. */
export function SignInPage() {
  const { search } = useLocation();
  const next = safeNextPath(search.get('next'));
  const session = useSession();
  const [flash] = useState(takeFlash);

  useEffect(() => {
    void loadSession();
  }, []);

  useEffect(() => {
    if (session.status !== 'active') return;
    if (session.session.state === 'signed_in') navigate(next, { replace: true });
    else if (session.session.state === 'totp_enrolment_required') navigate(`/account/two-factor?next=${encodeURIComponent(next)}`, { replace: true });
  }, [session, next]);

  if (session.status === 'unknown' || session.status === 'loading') return <Loading />;
  if (session.status === 'active' && session.session.state === 'totp_required') return <SecondFactorStep next={next} email={session.session.user.email} />;
  return <PasswordStep expired={session.status === 'anonymous' && session.expired} flashMessage={flash?.message} initialEmail={flash?.email ?? ''} />;
}

function PasswordStep({ expired, flashMessage, initialEmail }: { expired: boolean; flashMessage: string | undefined; initialEmail: string }) {
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      setSession(await api.post('/api/v1/auth/login', { body: { email: email.trim(), password } }));
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <Page title="Sign in" lede="For the security team, project maintainers and reporters.">
      {flashMessage ? <Notice kind="success">{flashMessage}</Notice> : null}
      {expired && !flashMessage ? <Notice kind="warning">Your session has ended. Sign in again to continue.</Notice> : null}
      <form className="form narrow" onSubmit={submit} noValidate>
        <ErrorMessage error={error} />
        <TextField label="E-mail address" type="email" name="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.currentTarget.value)} autoFocus={initialEmail === ''} />
        <TextField label="Password" type="password" name="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.currentTarget.value)} autoFocus={initialEmail !== ''} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </div>
        <p className="hint">New accounts are created by an administrator, who sends you a one-time link to set your password.</p>
      </form>
    </Page>
  );
}

function SecondFactorStep({ next, email }: { next: string; email: string }) {
  const [useRecovery, setUseRecovery] = useState(false);
  const [value, setValue] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
  }, [useRecovery]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const body = useRecovery ? { recoveryCode: value.trim() } : { code: value.replace(/\s+/g, '') };
      const { state } = await api.post('/api/v1/auth/totp', { body });
      setSessionState(state);
      navigate(next, { replace: true });
    } catch (failure) {
      setError(failure);
      setBusy(false);
      input.current?.select();
    }
  }

  function switchMode() {
    setUseRecovery(!useRecovery);
    setValue('');
    setError(undefined);
  }

  return (
    <Page title="Two-factor authentication" lede={<>Signing in as <strong>{email}</strong>.</>}>
      <form className="form narrow" onSubmit={submit} noValidate>
        <ErrorMessage error={error} />
        {/* Distinct keys: a different field, not the same input with new attributes (Preact would
            turn a removed maxLength into 0 on a reused element). */}
        {useRecovery ? (
          <TextField key="recovery" inputRef={input} label="Recovery code" hint="One of the codes you saved when you set up two-factor authentication. Each works once." name="recoveryCode" autoComplete="off" spellCheck={false} required value={value} onChange={(event) => setValue(event.currentTarget.value)} />
        ) : (
          <TextField key="code" inputRef={input} label="Authentication code" hint="The 6-digit code your authenticator app shows for xmppsec." name="code" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]*" maxLength={8} required value={value} onChange={(event) => setValue(event.currentTarget.value)} />
        )}
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? 'Checking…' : 'Continue'}
          </button>
          <button type="button" className="button link" onClick={switchMode}>
            {useRecovery ? 'Use the authenticator app instead' : 'Use a recovery code instead'}
          </button>
        </div>
      </form>
    </Page>
  );
}
