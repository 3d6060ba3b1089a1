import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { api, ApiError } from '../../../api/client.ts';
import type { ApiResponse } from '../../../api/client.ts';
import { SelectField, TextField } from '../../../components/fields.tsx';
import { ErrorMessage, Loading, Notice } from '../../../components/feedback.tsx';
import { Page } from '../../../components/page.tsx';
import { useResource } from '../../../components/resource.ts';
import { Time } from '../../../components/time.tsx';
import { Badge } from '../../../components/ui.tsx';
import { Link, navigate } from '../../../router/router.tsx';
import { formatCost, formatLikelihood, STATUS } from '../../threats/labels.ts';
import type { ThreatDetail, ThreatStatus } from '../../threats/labels.ts';
import { useAction } from '../shared/action.ts';
import { ActionError } from '../shared/action-error.tsx';
import { useDebounced } from '../shared/debounce.ts';
import { TextAreaField } from '../shared/fields.tsx';
import { offsetOfLine } from './line-position.ts';
import { editorLink } from './list-page.tsx';
import { NEW_THREAT_YAML } from './template.ts';

type Preview = ApiResponse<'/api/v1/threats/validate-tree', 'post'>;
type PreviewIssue = Preview['issues'][number];
const THREAT_STATUSES: ThreatStatus[] = ['draft', 'reviewed', 'retired'];

/** A threat's YAML with a live preview of its attack tree; saving makes a revision with a reason. */
export function ThreatEditorPage({ slug }: { slug?: string }) {
  const [generation, setGeneration] = useState(0);
  const detail = useResource((signal) => (slug ? api.get('/api/v1/threats/{slug}', { params: { slug }, signal }) : Promise.resolve(undefined)), `${slug ?? 'new'}#${generation}`);
  const latest = detail.data ? (detail.data.latestRevision ?? detail.data.revision) : undefined;
  const source = useResource(
    (signal) => (slug && latest !== undefined ? api.get('/api/v1/threats/{slug}/revisions/{number}', { params: { slug, number: latest }, signal }) : Promise.resolve(undefined)),
    `${slug ?? 'new'}@${latest ?? ''}`,
  );
  // Text someone had typed when a newer revision came in: kept here, above the editor that reloads.
  const [lost, setLost] = useState<string>();
  const reload = () => setGeneration((value) => value + 1);
  const reloadKeeping = (text: string) => {
    setLost(text);
    reload();
  };

  if (!slug) return <Editor key="new" initialYaml={NEW_THREAT_YAML} lost={lost} onSaved={(saved) => navigate(editorLink(saved))} onReload={reload} onConflictReload={reloadKeeping} />;
  if (!detail.data || (!source.data && !source.error)) {
    if (detail.error) {
      const missing = detail.error instanceof ApiError && detail.error.status === 404;
      return (
        <Page title={missing ? 'Threat not found' : 'Threat'}>
          {missing ? <p>There is no threat {slug}.</p> : <ErrorMessage error={detail.error} />}
          <p>
            <Link to="/console/threats">The register</Link>
          </p>
        </Page>
      );
    }
    return <Loading />;
  }
  if (!source.data) return <ErrorMessage error={source.error} />;
  return (
    <Editor
      key={`${slug}@${source.data.number}`}
      detail={detail.data}
      baseRevision={source.data.number}
      initialYaml={source.data.yaml}
      lost={lost}
      onSaved={() => {
        setLost(undefined);
        reload();
      }}
      onReload={reload}
      onConflictReload={reloadKeeping}
    />
  );
}

function Editor({ detail, baseRevision, initialYaml, lost, onSaved, onReload, onConflictReload }: { detail?: ThreatDetail; baseRevision?: number; initialYaml: string; lost: string | undefined; onSaved: (slug: string) => void; onReload: () => void; onConflictReload: (text: string) => void }) {
  const [yaml, setYaml] = useState(initialYaml);
  const [reason, setReason] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  const settled = useDebounced(yaml, 400);
  const preview = useResource((signal) => api.post('/api/v1/threats/validate-tree', { body: { yaml: settled }, signal }), settled);
  const save = useAction();
  const dirty = yaml !== initialYaml;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await save.run(() =>
      detail && baseRevision !== undefined
        ? api.put('/api/v1/threats/{slug}', { params: { slug: detail.slug }, body: { baseRevision, reason: reason.trim(), yaml } })
        : api.post('/api/v1/threats', { body: { reason: reason.trim(), yaml } }),
    );
    if (saved) onSaved(saved.slug);
  }

  function goTo(issue: PreviewIssue) {
    const textarea = area.current;
    if (!textarea || issue.line === undefined) return;
    const offset = offsetOfLine(yaml, issue.line, issue.column ?? 1);
    textarea.focus();
    textarea.setSelectionRange(offset, offset);
  }

  const title = detail ? `Edit: ${detail.name}` : 'New threat';
  return (
    <Page title={title} actions={<Link to="/console/threats">The register</Link>}>
      {detail ? (
        <p data-testid="threat-state">
          <Badge tone={STATUS[detail.status].tone}>{STATUS[detail.status].label}</Badge> Revision {baseRevision} · <Link to={`/threats/${encodeURIComponent(detail.slug)}`}>public page</Link>
        </p>
      ) : null}
      <div className="threat-editor">
        <form className="form yaml-form" onSubmit={submit} aria-label="Threat YAML">
          <TextAreaField label="Threat (YAML)" hint="Every field of the Security SIG's template; the tree under tree: root and nodes." name="yaml" rows={30} spellCheck={false} areaRef={area} className="yaml" value={yaml} onChange={(event) => setYaml(event.currentTarget.value)} />
          <TextField label="Reason for this change" hint="Kept with the revision." name="reason" required value={reason} onChange={(event) => setReason(event.currentTarget.value)} />
          <ActionError
            error={save.error}
            onReload={() => {
              save.clear();
              onConflictReload(yaml);
            }}
            reloadLabel="Load the latest revision"
          />
          {lost !== undefined && lost !== yaml ? (
            <details className="lost-text">
              <summary>Your unsaved text (to copy from)</summary>
              <pre tabIndex={0} aria-label="Your unsaved text">{lost}</pre>
            </details>
          ) : null}
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={save.busy || reason.trim() === '' || (detail !== undefined && !dirty)}>
              {detail ? 'Save a new revision' : 'Add the threat'}
            </button>
          </div>
        </form>
        <TreePreview preview={preview.data} error={preview.error} stale={settled !== yaml || preview.status === 'loading'} onGoTo={goTo} />
      </div>
      {detail && baseRevision !== undefined ? <StatusForm detail={detail} baseRevision={baseRevision} onChanged={onReload} /> : null}
      {detail ? <Revisions slug={detail.slug} revision={baseRevision ?? 0} /> : null}
    </Page>
  );
}

function TreePreview({ preview, error, stale, onGoTo }: { preview: Preview | undefined; error: unknown; stale: boolean; onGoTo: (issue: PreviewIssue) => void }) {
  return (
    <section className="tree-preview" aria-labelledby="tree-preview">
      <h2 id="tree-preview">Live preview</h2>
      <p role="status" className="muted" data-testid="preview-status">
        {stale ? 'Checking…' : preview ? (preview.ok ? 'The tree is valid.' : `${preview.issues.length} ${preview.issues.length === 1 ? 'problem' : 'problems'}.`) : ''}
      </p>
      <ErrorMessage error={error} />
      {preview && !preview.ok ? (
        <ul className="issues tree-issues" data-testid="tree-issues">
          {preview.issues.map((issue, index) => (
            <li key={index}>
              {issue.line !== undefined ? (
                <button type="button" className="button link" onClick={() => onGoTo(issue)}>
                  Line {issue.line}
                </button>
              ) : null}
              {issue.node ? (
                <>
                  {' '}
                  node <code>{issue.node}</code>:
                </>
              ) : null}{' '}
              {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
      {preview && preview.ok && preview.analysis ? (
        <>
          <p>
            Goal: likelihood {formatLikelihood(preview.analysis.goal.likelihood)}, cost {formatCost(preview.analysis.goal.cost)}
            {preview.analysis.cheapestAttack ? `; cheapest attack through ${preview.analysis.cheapestAttack.leaves.join(', ')}` : '; no feasible attack'}.
          </p>
          {preview.svg ? (
            <figure className="tree-figure" tabIndex={0}>
              <div dangerouslySetInnerHTML={{ __html: preview.svg }} />
              <figcaption>The attack tree; the cheapest attack is highlighted.</figcaption>
            </figure>
          ) : null}
          {preview.outline ? (
            <details>
              <summary>Outline</summary>
              <pre className="outline" tabIndex={0} aria-label="Outline of the tree">{preview.outline}</pre>
            </details>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function StatusForm({ detail, baseRevision, onChanged }: { detail: ThreatDetail; baseRevision: number; onChanged: () => void }) {
  const [status, setStatus] = useState<ThreatStatus>(detail.status);
  const [reason, setReason] = useState('');
  const action = useAction();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await action.run(() => api.post('/api/v1/threats/{slug}/status', { params: { slug: detail.slug }, body: { status, baseRevision, reason: reason.trim() } }));
    if (done) onChanged();
  }
  return (
    <section aria-labelledby="threat-status" className="panel">
      <h2 id="threat-status">Status</h2>
      <p className="hint">Reviewed and retired threats go into the next published version of the register; drafts do not.</p>
      <form className="form" onSubmit={submit} aria-label="Change the status">
        <div className="form-row">
          <SelectField label="New status" name="status" value={status} onChange={(event) => setStatus(event.currentTarget.value as ThreatStatus)}>
            {THREAT_STATUSES.map((value) => (
              <option key={value} value={value}>
                {STATUS[value].label}
              </option>
            ))}
          </SelectField>
          <TextField label="Reason for the status change" name="statusReason" required value={reason} onChange={(event) => setReason(event.currentTarget.value)} />
        </div>
        <ActionError
          error={action.error}
          onReload={() => {
            action.clear();
            onChanged();
          }}
          reloadLabel="Load the latest revision"
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={action.busy || status === detail.status || reason.trim() === ''}>
            Change the status
          </button>
        </div>
      </form>
    </section>
  );
}

function Revisions({ slug, revision }: { slug: string; revision: number }) {
  const revisions = useResource((signal) => api.get('/api/v1/threats/{slug}/revisions', { params: { slug }, signal }), `${slug}@${revision}`);
  return (
    <section aria-labelledby="threat-revisions">
      <h2 id="threat-revisions">Revisions</h2>
      <ErrorMessage error={revisions.error} />
      {revisions.data ? (
        <ol className="revisions" reversed>
          {[...revisions.data.revisions].reverse().map((entry) => (
            <li key={entry.number} value={entry.number}>
              <Time iso={entry.createdAt} /> · {entry.author ?? 'unknown'} · <Badge tone={STATUS[entry.status].tone}>{STATUS[entry.status].label}</Badge> · {entry.reason}
              {entry.changes.length > 0 ? (
                <ul className="compact-list">
                  {entry.changes.map((change, index) => (
                    <li key={index}>{change}</li>
                  ))}
                </ul>
              ) : null}
              {entry.number > 1 ? (
                <>
                  {' '}
                  <Link to={`/threats/${encodeURIComponent(slug)}?revision=${entry.number}`}>view</Link>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {revisions.status === 'loading' && !revisions.data ? <Notice>Loading the revisions…</Notice> : null}
    </section>
  );
}
