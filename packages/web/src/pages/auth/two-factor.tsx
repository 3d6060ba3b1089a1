import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { TextField } from '../../components/fields.tsx';
import { ErrorMessage, Loading, Notice } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { QrCode } from '../../components/qr-code.tsx';
import { safeNextPath } from '../../router/match.ts';
import { Link, navigate, useLocation } from '../../router/router.tsx';
import { loadSession, useSession } from '../../session/session.ts';

type Enrolment = { secret: string; uri: string };

/**
 * TOTP enrolment: the QR code for an authenticator app, a first code to prove it works, then the
 * recovery codes, shown this once. Admin and team accounts must do this before anything else.
 */
export function TwoFactorPage() {
  const session = useSession();
  const { search } = useLocation();
  const next = safeNextPath(search.get('next'));
  // Held here: confirming turns two-factor on, and the codes must stay on screen after that.
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>();

  useEffect(() => {
    void loadSession();
  }, []);

  useEffect(() => {
    if (session.status === 'anonymous') navigate(`/sign-in?next=${encodeURIComponent('/account/two-factor')}`, { replace: true });
    else if (session.status === 'active' && session.session.state === 'totp_required') navigate(`/sign-in?next=${encodeURIComponent(next)}`, { replace: true });
  }, [session, next]);

  if (recoveryCodes) return <RecoveryCodes codes={recoveryCodes} next={next} />;
  if (session.status !== 'active' || session.session.state === 'totp_required') return <Loading />;
  if (session.session.user.totpEnabled) {
    return (
      <Page title="Two-factor authentication">
        <Notice kind="success">
          <p>Two-factor authentication is on for {session.session.user.email}.</p>
        </Notice>
        <p>
          <Link to={next}>Continue</Link>
        </p>
      </Page>
    );
  }
  return <Enrol required={session.session.state === 'totp_enrolment_required'} onConfirmed={setRecoveryCodes} />;
}

function Enrol({ required, onConfirmed }: { required: boolean; onConfirmed: (codes: string[]) => void }) {
  const [enrolment, setEnrolment] = useState<Enrolment>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    // Each start issues a new secret; an unconfirmed one is simply replaced.
    api.post('/api/v1/auth/totp/enrol').then(setEnrolment, setError);
  }, []);

  return (
    <Page title="Set up two-factor authentication" lede={required ? 'Accounts of the security team need a second factor. It takes a minute.' : 'A second factor protects your account if your password leaks.'}>
      <ErrorMessage error={error} />
      {enrolment ? <EnrolSteps enrolment={enrolment} onConfirmed={onConfirmed} /> : error ? null : <Loading label="Preparing your code…" />}
    </Page>
  );
}

function EnrolSteps({ enrolment, onConfirmed }: { enrolment: Enrolment; onConfirmed: (codes: string[]) => void }) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const { recoveryCodes } = await api.post('/api/v1/auth/totp/confirm', { body: { code: code.replace(/\s+/g, '') } });
      onConfirmed(recoveryCodes);
      await loadSession(true);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <ol className="steps">
      <li>
        <h2>Scan this code with your authenticator app</h2>
        <p>Any app for time-based one-time passwords (TOTP) works, for example the one in your password manager.</p>
        <QrCode text={enrolment.uri} label="QR code with your two-factor secret for an authenticator app" />
        <details>
          <summary>Cannot scan? Enter the key by hand</summary>
          <p>
            Key: <code className="secret" data-testid="totp-secret">{groupInFours(enrolment.secret)}</code>
          </p>
          <p className="hint">Time-based, 6 digits, every 30 seconds, SHA-1.</p>
        </details>
      </li>
      <li>
        <h2>Enter the code the app shows</h2>
        <form className="form narrow" onSubmit={submit} noValidate>
          <ErrorMessage error={error} />
          <TextField label="Authentication code" name="code" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]*" maxLength={8} required value={code} onChange={(event) => setCode(event.currentTarget.value)} />
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? 'Checking…' : 'Turn on two-factor authentication'}
            </button>
          </div>
        </form>
      </li>
    </ol>
  );
}

function RecoveryCodes({ codes, next }: { codes: string[]; next: string }) {
  const [saved, setSaved] = useState(false);
  const [copied, setCopied] = useState<'yes' | 'failed'>();
  const download = useRef<string>(undefined);
  download.current ??= URL.createObjectURL(new Blob([`xmppsec recovery codes (each works once)\n\n${codes.join('\n')}\n`], { type: 'text/plain' }));
  useEffect(() => () => URL.revokeObjectURL(download.current!), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <Page title="Save your recovery codes" lede="Two-factor authentication is on. If you lose your device, each of these codes lets you sign in once. This is the only time they are shown.">
      <ul className="recovery-codes" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <a className="button" href={download.current} download="xmppsec-recovery-codes.txt">
          Download as a text file
        </a>
        <button type="button" className="button" onClick={copy}>
          Copy
        </button>
        <span role="status">{copied === 'yes' ? 'Copied.' : copied === 'failed' ? 'Copying is not allowed here; select the codes instead.' : ''}</span>
      </div>
      <div className="field checkbox">
        <input type="checkbox" id="saved-codes" checked={saved} onChange={(event) => setSaved(event.currentTarget.checked)} />
        <label htmlFor="saved-codes">I have stored these codes somewhere safe</label>
      </div>
      <div className="form-actions">
        <button type="button" className="button primary" disabled={!saved} onClick={() => navigate(next, { replace: true })}>
          Continue
        </button>
      </div>
    </Page>
  );
}

function groupInFours(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}
