import { useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import { TextField } from '../../../components/fields.tsx';
import { ErrorMessage, Notice } from '../../../components/feedback.tsx';
import { TextAreaField } from '../shared/fields.tsx';
import { decryptFile, decryptText, unlockKey } from './decrypt.ts';
import { decryptedName, isEncryptedAttachment } from './encrypted-attachments.ts';
import type { UnlockedKey } from './decrypt.ts';
import { formatBytes } from './labels.ts';
import type { Report } from './labels.ts';

/**
 * An encrypted report: the armoured message, and decryption here in the browser with the team's
 * private key, pasted or chosen from a file. The unlocked key lives only in this page's memory
 * (for the attachments too) until the page is left or it is forgotten.
 */
export function EncryptedReport({ report }: { report: Report }) {
  const [key, setKey] = useState<UnlockedKey>();
  const [plain, setPlain] = useState<string>();
  return (
    <>
      <section aria-labelledby="report-body">
        <h2 id="report-body">The report (encrypted)</h2>
        <Notice kind="warning">
          <p>This report was encrypted to the team&apos;s OpenPGP key and is stored only in that form. It is decrypted with the team&apos;s private key: below in this browser, or with your own OpenPGP tool (for example <code>gpg --decrypt</code>).</p>
        </Notice>
        <details>
          <summary>The encrypted message</summary>
          <pre className="armored" tabIndex={0} aria-label="The encrypted message">{report.encryptedBody}</pre>
        </details>
      </section>
      {key && plain !== undefined ? (
        <section aria-labelledby="decrypted" className="panel decrypted">
          <h2 id="decrypted">Decrypted report</h2>
          <Notice>Decrypted in this browser only; nothing was sent anywhere. The text and the key are gone when you leave the page.</Notice>
          <div className="report-text" data-testid="decrypted-text">{plain}</div>
          <div className="form-actions">
            <button
              type="button"
              className="button small"
              onClick={() => {
                setKey(undefined);
                setPlain(undefined);
              }}
            >
              Forget the key and the text
            </button>
          </div>
        </section>
      ) : (
        <KeyForm
          onUnlocked={async (unlocked) => {
            const text = await decryptText(unlocked, report.encryptedBody!);
            setKey(unlocked);
            setPlain(text);
          }}
        />
      )}
      <EncryptedAttachments report={report} unlocked={key} />
    </>
  );
}

function KeyForm({ onUnlocked }: { onUnlocked: (key: UnlockedKey) => Promise<void> }) {
  const [armoredKey, setArmoredKey] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    if (!file) return;
    if (file.size > 1024 * 1024) {
      setError(new Error('That file is too large to be a private key.'));
      return;
    }
    setError(undefined);
    setArmoredKey(await file.text());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await onUnlocked(await unlockKey({ armoredKey, passphrase }));
      setArmoredKey('');
      setPassphrase('');
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="decrypt" className="panel">
      <h2 id="decrypt">Decrypt in this browser</h2>
      <p>Use the team&apos;s private key. It is read and used in this page only: it is never sent to the server or anywhere else.</p>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="private-key-file">Private key file</label>
          <input id="private-key-file" type="file" accept=".asc,.gpg,.key,.pgp,text/plain,application/pgp-keys" onChange={chooseFile} />
        </div>
        <TextAreaField label="Or paste the private key" name="privateKey" rows={6} spellCheck={false} autoComplete="off" value={armoredKey} onChange={(event) => setArmoredKey(event.currentTarget.value)} />
        <TextField label="Passphrase of the key" hint="Leave empty when the key has none." type="password" name="passphrase" autoComplete="off" value={passphrase} onChange={(event) => setPassphrase(event.currentTarget.value)} />
        <ErrorMessage error={error} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy || armoredKey.trim() === ''}>
            {busy ? 'Decrypting…' : 'Decrypt'}
          </button>
        </div>
      </form>
    </section>
  );
}

function EncryptedAttachments({ report, unlocked }: { report: Report; unlocked: UnlockedKey | undefined }) {
  if (report.attachments.length === 0) return null;
  return (
    <section aria-labelledby="attachments">
      <h2 id="attachments">Attachments</h2>
      <p className="hint">{unlocked ? 'Encrypted attachments are decrypted here and saved as files; nothing is opened in the page.' : 'Encrypted attachments can be decrypted here once the report is.'}</p>
      <ul>
        {report.attachments.map((attachment) => (
          <li key={attachment.id}>
            <a href={attachmentUrl(report.id, attachment.id)} download={attachment.filename}>
              {attachment.filename}
            </a>{' '}
            <span className="muted">({formatBytes(attachment.size)})</span> {unlocked && isEncryptedAttachment(attachment) ? <DecryptFileButton url={attachmentUrl(report.id, attachment.id)} stored={attachment.filename} unlocked={unlocked} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export const attachmentUrl = (reportId: string, attachmentId: string) => `/api/v1/reports/${encodeURIComponent(reportId)}/attachments/${encodeURIComponent(attachmentId)}`;

function DecryptFileButton({ url, stored, unlocked }: { url: string; stored: string; unlocked: UnlockedKey }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  async function run() {
    setBusy(true);
    setError(undefined);
    try {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`The attachment could not be fetched (${response.status}).`);
      const { data, filename } = await decryptFile(unlocked, new Uint8Array(await response.arrayBuffer()));
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([data as BlobPart], { type: 'application/octet-stream' }));
      link.download = decryptedName(filename, stored);
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <button type="button" className="button small" disabled={busy} onClick={run} aria-label={`Decrypt and save ${stored}`}>
        Decrypt and save
      </button>
      <ErrorMessage error={error} />
    </>
  );
}
