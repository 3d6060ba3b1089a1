import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import type { ApiResponse } from '../../api/client.ts';
import { ErrorMessage, Loading, Notice } from '../../components/feedback.tsx';
import { readFragmentToken } from '../../components/fragment-token.ts';
import { Page } from '../../components/page.tsx';
import { Time } from '../../components/time.tsx';
import { Link } from '../../router/router.tsx';

type Preview = ApiResponse<'/api/v1/confirmations/preview', 'post'>;
type Confirmed = ApiResponse<'/api/v1/confirmations', 'post'>;

/**
 * The maintainers' yearly confirmation from the e-mailed link `/directory/confirm#token=…`. The
 * page first says which project the link is for; confirming is a deliberate click (a link
 * scanner opening the page confirms nothing).
 */
export function ConfirmPage() {
  const [token] = useState(readFragmentToken);
  const [preview, setPreview] = useState<Preview>();
  const [confirmed, setConfirmed] = useState<Confirmed>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (token !== '') api.post('/api/v1/confirmations/preview', { body: { token } }).then(setPreview, setError);
  }, [token]);

  async function confirm() {
    setBusy(true);
    setError(undefined);
    try {
      setConfirmed(await api.post('/api/v1/confirmations', { body: { token } }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  if (token === '') {
    return (
      <Page title="Confirm a project">
        <Notice kind="warning">
          <p>This page needs the complete link from the e-mail (it ends with <code>#token=</code> and a long code). Open the link again.</p>
        </Notice>
      </Page>
    );
  }
  if (confirmed) {
    return (
      <Page title="Thank you">
        <Notice kind="success">
          <p>
            <strong>{confirmed.name}</strong> is confirmed as maintained, as of <Time iso={confirmed.confirmedAt} />.
          </p>
        </Notice>
        <p>
          <Link to={`/directory/${encodeURIComponent(confirmed.slug)}`}>See the project in the directory</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title="Confirm a project" lede="Once a year the security team asks the maintainers of every project on record whether it is still maintained.">
      <ErrorMessage error={error} />
      {!preview && !error ? <Loading /> : null}
      {preview ? (
        <>
          <p>
            This link confirms that <strong>{preview.name}</strong> is still maintained. It works once, until <Time iso={preview.expiresAt} withTime={false} />.
          </p>
          <div className="form-actions">
            <button type="button" className="button primary" onClick={confirm} disabled={busy}>
              {busy ? 'Confirming…' : `Confirm ${preview.name} is maintained`}
            </button>
            <Link to={`/directory/${encodeURIComponent(preview.slug)}`}>See the project first</Link>
          </div>
        </>
      ) : null}
    </Page>
  );
}
