import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { TextField } from '../../components/fields.tsx';
import { ErrorMessage, Loading, Notice } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { useResource } from '../../components/resource.ts';
import { Time } from '../../components/time.tsx';
import { Badge } from '../../components/ui.tsx';
import { Link } from '../../router/router.tsx';
import { SEVERITY } from './labels.ts';

export function AdvisoriesPage() {
  const advisories = useResource((signal) => api.get('/api/v1/advisories', { query: { limit: 200 }, signal }), 'advisories');
  return (
    <Page title="Security advisories" lede="Vulnerabilities in XMPP software, coordinated by the XMPP Standards Foundation's security team and published when the fixes are out.">
      <p>
        <a href="/advisories.atom">Atom feed</a> · <Link to="/transparency">Transparency figures</Link>
      </p>
      <ErrorMessage error={advisories.error} />
      {advisories.status === 'loading' ? <Loading /> : null}
      {advisories.status === 'ready' && advisories.data.advisories.length === 0 ? <p>No advisory has been published yet.</p> : null}
      {advisories.status === 'ready' && advisories.data.advisories.length > 0 ? (
        <ul className="advisory-list">
          {advisories.data.advisories.map((advisory) => (
            <li key={advisory.id}>
              <h2>
                <Link to={`/advisories/${encodeURIComponent(advisory.id)}`}>
                  {advisory.id}: {advisory.content.title}
                </Link>
              </h2>
              <p className="muted">
                Published <Time iso={advisory.publishedAt} withTime={false} />
                {advisory.revision > 1 ? <>, revised <Time iso={advisory.updatedAt} withTime={false} /></> : null}
                {advisory.content.severity ? (
                  <>
                    {' '}
                    · severity <Badge tone={SEVERITY[advisory.content.severity].tone}>{SEVERITY[advisory.content.severity].label}</Badge>
                  </>
                ) : null}
                {advisory.content.cveIds.length > 0 ? ` · ${advisory.content.cveIds.join(', ')}` : ''}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      <Subscribe />
    </Page>
  );
}

function Subscribe() {
  const [email, setEmail] = useState('');
  const [openpgpKey, setOpenpgpKey] = useState('');
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api.post('/api/v1/subscriptions', { body: { email: email.trim(), ...(openpgpKey.trim() ? { openpgpKey: openpgpKey.trim() } : {}) } });
      setDone(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="subscribe" className="panel-public">
      <h2 id="subscribe">Get advisories by e-mail</h2>
      {done ? (
        <Notice kind="success">
          <p>Check your inbox: the subscription starts when you open the confirmation link we sent to {email}.</p>
        </Notice>
      ) : (
        <form className="form narrow" onSubmit={submit} noValidate>
          <ErrorMessage error={error} />
          <TextField label="E-mail address" type="email" name="email" autoComplete="email" required value={email} onChange={(event) => setEmail(event.currentTarget.value)} />
          <div className="field">
            <label htmlFor="subscribe-key">OpenPGP public key (optional)</label>
            <p className="hint" id="subscribe-key-hint">
              Paste an ASCII-armoured key and every advisory is sent encrypted to it.
            </p>
            <textarea id="subscribe-key" aria-describedby="subscribe-key-hint" rows={4} spellCheck={false} value={openpgpKey} onChange={(event) => setOpenpgpKey(event.currentTarget.value)} />
          </div>
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? 'Subscribing…' : 'Subscribe'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
