import { useState } from 'react';
import { api } from '../../api/client.ts';
import { ErrorMessage, Notice } from '../../components/feedback.tsx';
import { readFragmentToken } from '../../components/fragment-token.ts';
import { Page } from '../../components/page.tsx';
import { Link } from '../../router/router.tsx';

const TEXT = {
  confirm: { title: 'Confirm your subscription', button: 'Confirm the subscription', done: 'You will receive the security advisories by e-mail.' },
  unsubscribe: { title: 'Unsubscribe', button: 'Stop sending me advisories', done: 'You will receive no more advisories.' },
} as const;

/** The links from the subscription e-mail (`/subscriptions/confirm#…`, `/subscriptions/unsubscribe#…`): one deliberate click each. */
export function SubscriptionPage({ action }: { action: 'confirm' | 'unsubscribe' }) {
  const [token] = useState(readFragmentToken);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const text = TEXT[action];

  async function submit() {
    setBusy(true);
    setError(undefined);
    try {
      await api.post(action === 'confirm' ? '/api/v1/subscriptions/confirm' : '/api/v1/subscriptions/unsubscribe', { body: { token } });
      setDone(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={text.title}>
      {token === '' ? (
        <Notice kind="warning">
          <p>This page needs the complete link from the e-mail. Open the link again.</p>
        </Notice>
      ) : done ? (
        <Notice kind="success">
          <p>{text.done}</p>
        </Notice>
      ) : (
        <>
          <ErrorMessage error={error} />
          <div className="form-actions">
            <button type="button" className="button primary" onClick={submit} disabled={busy}>
              {text.button}
            </button>
          </div>
        </>
      )}
      <p>
        <Link to="/advisories">Security advisories</Link>
      </p>
    </Page>
  );
}
