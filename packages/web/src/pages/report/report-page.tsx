import { useEffect, useRef, useState } from 'react';
import type { FormEvent, MouseEvent } from 'react';
import { api, ApiError } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';
import { TextField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { attachmentProblem, bytesToBase64, MAX_ATTACHMENTS_BYTES, formatBytes } from './attachments.ts';
import { AttachmentsField } from './attachments-field.tsx';
import { EncryptionField } from './encryption-field.tsx';
import type { EncryptionState } from './encryption-field.tsx';
import { errorsFromApi } from './field-errors.ts';
import type { FieldErrors, ReportField } from './field-errors.ts';
import { PowStatusView } from './pow-status.tsx';
import { ProjectPicker } from './project-picker.tsx';
import type { ChosenProject } from './project-picker.tsx';
import { composeReportText } from './report-text.ts';
import { ReportSent } from './report-sent.tsx';
import { TextAreaField } from './text-area-field.tsx';
import { useProofOfWork } from './use-proof-of-work.ts';
import type { Solution } from './use-proof-of-work.ts';

type ReportBody = paths['/api/v1/reports']['post']['requestBody']['content']['application/json'];

/** Each field's element id: the error summary links to them. */
const FIELD_IDS: Record<ReportField, string> = {
  reporterName: 'report-name',
  reporterEmail: 'report-email',
  reporterXmpp: 'report-xmpp',
  projects: 'report-projects',
  title: 'report-title',
  description: 'report-description',
  steps: 'report-steps',
  impact: 'report-impact',
  disclosurePlans: 'report-disclosure',
  creditAs: 'report-credit-as',
  attachments: 'report-attachments',
  encryption: 'report-encrypt',
};

interface Values {
  reporterName: string;
  reporterEmail: string;
  reporterXmpp: string;
  title: string;
  description: string;
  steps: string;
  impact: string;
  disclosurePlans: string;
  creditConsent: boolean;
  creditAs: string;
}

const EMPTY: Values = { reporterName: '', reporterEmail: '', reporterXmpp: '', title: '', description: '', steps: '', impact: '', disclosurePlans: '', creditConsent: false, creditAs: '' };

type Phase = 'editing' | 'encrypting' | 'waiting-for-check' | 'sending';

const PHASE_LABEL: Record<Exclude<Phase, 'editing'>, string> = {
  encrypting: 'Encrypting…',
  'waiting-for-check': 'Finishing the anti-abuse check…',
  sending: 'Sending…',
};

/** What the form checks itself before anything is sent; the server checks everything again. */
function validate(values: Values, projects: ChosenProject[], files: File[]): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.reporterEmail.trim()) errors.reporterEmail = 'Enter an e-mail address where the team can reach you.';
  else if (!/^[^\s@]+@[^\s@]+$/.test(values.reporterEmail.trim())) errors.reporterEmail = 'Enter an e-mail address where the team can reach you, like name@example.org.';
  if (projects.length === 0) errors.projects = 'Choose at least one affected project, or add one by name.';
  if (!values.title.trim()) errors.title = 'Give the report a short title.';
  if (!values.description.trim()) errors.description = 'Describe the vulnerability.';
  const problem = attachmentProblem(files);
  if (problem) errors.attachments = problem;
  return errors;
}

const readBytes = async (file: File) => new Uint8Array(await file.arrayBuffer());

/** The public vulnerability report form. */
export function ReportPage() {
  const [values, setValues] = useState<Values>(EMPTY);
  const [projects, setProjects] = useState<ChosenProject[]>([]);
  const [files, setFiles] = useState<File[]>([]);
  const [encryption, setEncryption] = useState<EncryptionState>({ status: 'off' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | undefined>();
  const [phase, setPhase] = useState<Phase>('editing');
  const [sent, setSent] = useState<{ reference: string; trackingLink: string; email: string } | undefined>();
  /** Counts refused attempts to send: each one shows the summary of problems and moves the focus to it. */
  const [refusals, setRefusals] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const encryptionAttempt = useRef(0);
  const pow = useProofOfWork();

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((previous) => ({ ...previous, [key]: value }));
  const text = (key: Exclude<keyof Values, 'creditConsent'>) => ({ value: values[key], onChange: (event: { currentTarget: { value: string } }) => set(key, event.currentTarget.value) });

  const shownErrors = Object.entries(errors).filter(([, message]) => message) as [ReportField, string][];
  useEffect(() => {
    if (refusals > 0) summary.current?.focus();
  }, [refusals]);

  // The anti-abuse check starts as soon as the visitor begins (focus moving into the form), so it
  // is usually done by the time they send. `focusin` bubbles; Preact's onFocus would not.
  const startCheck = pow.start;
  useEffect(() => {
    const element = form.current;
    const begin = () => void startCheck().catch(() => undefined);
    element?.addEventListener('focusin', begin);
    return () => element?.removeEventListener('focusin', begin);
  }, [startCheck]);

  function addFiles(added: File[]) {
    const next = [...files, ...added];
    const problem = attachmentProblem(next);
    setErrors((previous) => ({ ...previous, attachments: problem }));
    // Files over the limits are not kept: the visitor sees why and can choose smaller ones.
    if (!problem) setFiles(next);
  }

  async function toggleEncryption(on: boolean) {
    // A key that arrives after the visitor turned encryption off again is not used.
    const attempt = ++encryptionAttempt.current;
    if (!on) {
      setEncryption({ status: 'off' });
      return;
    }
    setEncryption({ status: 'loading' });
    try {
      const [published, module] = await Promise.all([
        api.get('/api/v1/team-key').catch((error: unknown) => {
          if (error instanceof ApiError && error.status === 404) throw new Error('The security team has not published an OpenPGP key yet, so the report cannot be encrypted here. It is still sent over an encrypted connection.');
          throw error;
        }),
        import('./encrypt.ts'),
      ]);
      const key = await module.loadTeamKey(published.armored);
      if (attempt === encryptionAttempt.current) setEncryption({ status: 'ready', key });
    } catch (error) {
      if (attempt === encryptionAttempt.current) setEncryption({ status: 'unavailable', error });
    }
  }

  async function attachmentsBody(encrypt: ((name: string, bytes: Uint8Array) => Promise<Uint8Array>) | undefined) {
    const encoded = [];
    let total = 0;
    for (const file of files) {
      const bytes = await readBytes(file);
      const data = encrypt ? await encrypt(file.name, bytes) : bytes;
      total += data.byteLength;
      encoded.push({ filename: encrypt ? `${file.name}.gpg` : file.name, contentType: encrypt ? 'application/pgp-encrypted' : file.type || 'application/octet-stream', data: bytesToBase64(data) });
    }
    if (total > MAX_ATTACHMENTS_BYTES) throw new FieldProblem('attachments', `Encrypted, the files come to ${formatBytes(total)}; at most ${formatBytes(MAX_ATTACHMENTS_BYTES)} may be sent. Leave one out.`);
    return encoded;
  }

  const send = (solution: Solution, body: Omit<ReportBody, 'proofOfWork'>) => api.post('/api/v1/reports', { body: { ...body, proofOfWork: solution } });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (phase !== 'editing') return;
    // Starting now costs nothing if it already runs; it is usually done by the time one sends.
    void pow.start().catch(() => undefined);
    const found = validate(values, projects, files);
    if (encryption.status === 'loading') found.encryption = 'Wait until the team\'s key is loaded.';
    if (encryption.status === 'unavailable') found.encryption = 'The report cannot be encrypted: turn encryption off to send it as it is.';
    setErrors(found);
    setGeneral(undefined);
    if (Object.keys(found).length > 0) {
      setRefusals((count) => count + 1);
      return;
    }

    try {
      const key = encryption.status === 'ready' ? encryption.key : undefined;
      const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
      const common = {
        reporterEmail: values.reporterEmail.trim(),
        ...(optional(values.reporterName) ? { reporterName: values.reporterName.trim() } : {}),
        ...(optional(values.reporterXmpp) ? { reporterXmpp: values.reporterXmpp.trim() } : {}),
        projects: projects.map((project) => (project.slug ? { slug: project.slug, name: project.name } : { name: project.name })),
        creditConsent: values.creditConsent,
        ...(values.creditConsent && optional(values.creditAs) ? { creditAs: values.creditAs.trim() } : {}),
      };
      let body;
      if (key) {
        setPhase('encrypting');
        const encryptedBody = await key.encryptText(composeReportText(values));
        body = { ...common, encryptedBody, ...(files.length > 0 ? { attachments: await attachmentsBody(key.encryptFile) } : {}) };
      } else {
        const plain = { title: values.title.trim(), description: values.description.trim(), steps: optional(values.steps), impact: optional(values.impact), disclosurePlans: optional(values.disclosurePlans) };
        body = {
          ...common,
          title: plain.title,
          description: plain.description,
          ...(plain.steps ? { steps: plain.steps } : {}),
          ...(plain.impact ? { impact: plain.impact } : {}),
          ...(plain.disclosurePlans ? { disclosurePlans: plain.disclosurePlans } : {}),
          ...(files.length > 0 ? { attachments: await attachmentsBody(undefined) } : {}),
        };
      }
      setPhase('waiting-for-check');
      let solution = await pow.start();
      setPhase('sending');
      let result;
      try {
        result = await send(solution, body);
      } catch (error) {
        // A challenge that expired while the visitor wrote, or was used already: solve a new one once.
        if (!(error instanceof ApiError && (error.code === 'proof_of_work_invalid' || error.code === 'proof_of_work_used'))) throw error;
        setPhase('waiting-for-check');
        solution = await pow.renew();
        setPhase('sending');
        result = await send(solution, body);
      }
      setSent({ ...result, email: common.reporterEmail });
    } catch (error) {
      if (error instanceof FieldProblem) {
        setErrors({ [error.field]: error.message });
      } else {
        const placed = errorsFromApi(error);
        setErrors(placed.fields);
        setGeneral(placed.general);
      }
      setRefusals((count) => count + 1);
    } finally {
      setPhase('editing');
    }
  }

  if (sent) return <ReportSent reference={sent.reference} trackingLink={sent.trackingLink} email={sent.email} />;

  const jumpTo = (field: ReportField) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(FIELD_IDS[field])?.focus();
  };
  const busy = phase !== 'editing';

  return (
    <Page title="Report a vulnerability" lede="Tell the XMPP Standards Foundation's security team about a vulnerability in XMPP software or in the protocols. The team coordinates a fix with every project affected, under embargo, and assigns CVE IDs.">
      {refusals > 0 && (shownErrors.length > 0 || general) ? (
        <div className="notice notice-error error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="report-problems">
          <h2 id="report-problems">The report was not sent</h2>
          {general ? <p>{general}</p> : null}
          {shownErrors.length > 0 ? (
            <ul>
              {shownErrors.map(([field, message]) => (
                <li key={field}>
                  <a href={`#${FIELD_IDS[field]}`} onClick={jumpTo(field)}>
                    {message}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <form ref={form} className="form report-form" noValidate onSubmit={submit} aria-busy={busy}>
        <fieldset>
          <legend>How the team reaches you</legend>
          <div className="form-row">
            <TextField id={FIELD_IDS.reporterName} label="Your name (optional)" autoComplete="name" maxLength={200} error={errors.reporterName} {...text('reporterName')} />
            <TextField id={FIELD_IDS.reporterEmail} label="E-mail address" type="email" autoComplete="email" required maxLength={254} hint="The team writes to you here; your tracking link is sent here too." error={errors.reporterEmail} {...text('reporterEmail')} />
            <TextField id={FIELD_IDS.reporterXmpp} label="XMPP address (optional)" hint="For notifications over XMPP." maxLength={300} error={errors.reporterXmpp} {...text('reporterXmpp')} />
          </div>
        </fieldset>

        <ProjectPicker id={FIELD_IDS.projects} chosen={projects} onChange={setProjects} error={errors.projects} />

        <fieldset>
          <legend>The vulnerability</legend>
          <TextField id={FIELD_IDS.title} label="Title" required maxLength={300} hint="One line, e.g. “Message carbons accepted from any sender”." error={errors.title} {...text('title')} />
          <TextAreaField id={FIELD_IDS.description} label="Description" required rows={8} maxLength={100_000} hint="What is wrong, in which versions, and what an attacker gains." error={errors.description} {...text('description')} />
          <TextAreaField id={FIELD_IDS.steps} label="Steps to reproduce (optional)" rows={6} maxLength={100_000} error={errors.steps} {...text('steps')} />
          <TextAreaField id={FIELD_IDS.impact} label="Impact (optional)" rows={4} maxLength={20_000} hint="Who is affected and how badly; a CVSS vector if you have one." error={errors.impact} {...text('impact')} />
          <TextAreaField id={FIELD_IDS.disclosurePlans} label="Your disclosure plans (optional)" rows={3} maxLength={20_000} hint="A talk, a paper or a date you plan to publish by; the team proposes an embargo of 90 days unless agreed otherwise." error={errors.disclosurePlans} {...text('disclosurePlans')} />
          <AttachmentsField id={FIELD_IDS.attachments} files={files} encrypted={encryption.status === 'ready'} error={errors.attachments} onAdd={addFiles} onRemove={(file) => setFiles(files.filter((other) => other !== file))} />
        </fieldset>

        <fieldset>
          <legend>Credit</legend>
          <div className="checkbox">
            <input id="report-credit" type="checkbox" checked={values.creditConsent} onChange={(event) => set('creditConsent', event.currentTarget.checked)} />
            <label htmlFor="report-credit">Credit me in the advisory and the CVE record</label>
          </div>
          {values.creditConsent ? <TextField id={FIELD_IDS.creditAs} key="credit-as" label="Credit me as (optional)" hint="A name, handle or organisation; your name when left empty." maxLength={200} error={errors.creditAs} {...text('creditAs')} /> : null}
        </fieldset>

        <EncryptionField state={encryption} onToggle={toggleEncryption} error={errors.encryption} />

        <PowStatusView status={pow.status} onRetry={() => void pow.renew().catch(() => undefined)} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy}>
            Send the report
          </button>
          {busy ? <span role="status">{PHASE_LABEL[phase]}</span> : null}
        </div>
      </form>
    </Page>
  );
}

/** A problem found while preparing the body, shown next to its field. */
class FieldProblem extends Error {
  readonly field: ReportField;

  constructor(field: ReportField, message: string) {
    super(message);
    this.field = field;
  }
}
