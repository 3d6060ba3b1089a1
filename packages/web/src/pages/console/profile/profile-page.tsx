import { useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import { api } from '../../../api/client.ts';
import { TextField } from '../../../components/fields.tsx';
import { Notice } from '../../../components/feedback.tsx';
import { Page } from '../../../components/page.tsx';
import { Facts } from '../../../components/ui.tsx';
import { loadSession } from '../../../session/session.ts';
import type { SessionUser } from '../../../session/session.ts';
import { roleLabel } from '../roles.ts';
import { useAction } from '../shared/action.ts';
import { ActionError } from '../shared/action-error.tsx';
import { TextAreaField } from '../shared/fields.tsx';

/** Your name and where notifications reach you: an XMPP address, and an OpenPGP key for e-mail. */
export function ProfilePage({ user }: { user: SessionUser }) {
  const [displayName, setDisplayName] = useState(user.displayName);
  const [xmppAddress, setXmppAddress] = useState(user.xmppAddress ?? '');
  const [openpgpKey, setOpenpgpKey] = useState('');
  const [saved, setSaved] = useState<string>();
  const action = useAction();

  async function refresh(message: string) {
    await loadSession(true);
    setSaved(message);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(undefined);
    const body = {
      displayName: displayName.trim(),
      xmppAddress: xmppAddress.trim() || null,
      ...(openpgpKey.trim() ? { openpgpKey: openpgpKey.trim() } : {}),
    };
    const updated = await action.run(() => api.patch('/api/v1/profile', { body }));
    if (updated) {
      setOpenpgpKey('');
      await refresh('Your profile is saved.');
    }
  }

  async function removeKey() {
    setSaved(undefined);
    const updated = await action.run(() => api.patch('/api/v1/profile', { body: { openpgpKey: null } }));
    if (updated) await refresh('Your OpenPGP key is removed: e-mail to you is no longer encrypted.');
  }

  async function chooseKeyFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    if (file && file.size <= 200_000) setOpenpgpKey(await file.text());
  }

  return (
    <Page title="Profile" lede="How you appear in cases, and how notifications reach you.">
      <Facts
        items={[
          ['E-mail address', user.email],
          ['Role', roleLabel(user.role)],
          ['OpenPGP key', user.openpgpFingerprint ? <code className="fingerprint">{user.openpgpFingerprint}</code> : 'none: e-mail to you is sent unencrypted'],
        ]}
      />
      <form className="form narrow-wide" onSubmit={submit} noValidate>
        <TextField label="Display name" name="displayName" autoComplete="name" value={displayName} onChange={(event) => setDisplayName(event.currentTarget.value)} />
        <TextField
          label="XMPP address"
          hint="Reminders and case news also reach you here, e.g. alice@example.org. Leave empty for e-mail only."
          name="xmppAddress"
          autoComplete="off"
          spellCheck={false}
          value={xmppAddress}
          onChange={(event) => setXmppAddress(event.currentTarget.value)}
        />
        <fieldset>
          <legend>{user.openpgpFingerprint ? 'Replace your OpenPGP public key' : 'Your OpenPGP public key'}</legend>
          <p className="hint">E-mail to you is then encrypted to this key. Give the public key only, never the private one.</p>
          <div className="field">
            <label htmlFor="openpgp-key-file">Key file</label>
            <input id="openpgp-key-file" type="file" accept=".asc,.gpg,.pgp,.key,text/plain,application/pgp-keys" onChange={chooseKeyFile} />
          </div>
          <TextAreaField label="Or paste the public key" name="openpgpKey" rows={6} spellCheck={false} value={openpgpKey} onChange={(event) => setOpenpgpKey(event.currentTarget.value)} />
        </fieldset>
        <ActionError error={action.error} />
        {saved ? <Notice kind="success">{saved}</Notice> : null}
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={action.busy}>
            Save the profile
          </button>
          {user.openpgpFingerprint ? (
            <button type="button" className="button" disabled={action.busy} onClick={removeKey}>
              Remove the OpenPGP key
            </button>
          ) : null}
        </div>
      </form>
    </Page>
  );
}
