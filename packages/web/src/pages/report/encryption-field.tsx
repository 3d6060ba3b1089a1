import { describeError } from '../../components/feedback.tsx';
// Only the type: encrypt.ts (and openpgp.js with it) loads when encryption is chosen.
import type { TeamKey } from './encrypt.ts';

export type EncryptionState =
  | { status: 'off' }
  | { status: 'loading' }
  | { status: 'ready'; key: TeamKey }
  | { status: 'unavailable'; error: unknown };

/** "ABCD 1234 …": a fingerprint in groups of four, easier to compare by eye. */
export function groupFingerprint(fingerprint: string): string {
  return fingerprint.replace(/(.{4})(?=.)/g, '$1 ');
}

/** The OpenPGP option: the key the report will be encrypted to, shown so it can be checked. */
export function EncryptionField({ state, onToggle, error }: { state: EncryptionState; onToggle: (on: boolean) => void; error: string | undefined }) {
  const on = state.status !== 'off';
  return (
    <fieldset>
      <legend>Encryption (optional)</legend>
      <div className="checkbox">
        <input id="report-encrypt" type="checkbox" checked={on} onChange={(event) => onToggle(event.currentTarget.checked)} aria-describedby="report-encrypt-hint" />
        <label htmlFor="report-encrypt">Encrypt the report in this browser to the security team's OpenPGP key</label>
      </div>
      <p className="hint" id="report-encrypt-hint">
        The title, description, steps, impact and disclosure plans are encrypted together as one message, and each attachment separately; only the team's private key can read them. Your contact details, the projects and the credit stay readable, so the team can answer and triage.
      </p>
      {error ? <p className="field-error">{error}</p> : null}
      {state.status === 'loading' ? <p role="status">Loading the team's key and the encryption code…</p> : null}
      {state.status === 'unavailable' ? (
        <p className="field-error" role="alert">
          {describeError(state.error)}
        </p>
      ) : null}
      {state.status === 'ready' ? (
        <div className="key-info" role="status">
          <p>
            The report will be encrypted to <strong>{state.key.userIds.join(', ') || 'the team\'s key'}</strong>, fingerprint
          </p>
          <p className="fingerprint" data-testid="team-key-fingerprint">
            {groupFingerprint(state.key.fingerprint)}
          </p>
          <p className="hint">
            Compare it with the key the team publishes at <a href="/.well-known/xmppsec/team-key.asc">/.well-known/xmppsec/team-key.asc</a> and elsewhere.
          </p>
        </div>
      ) : null}
    </fieldset>
  );
}
