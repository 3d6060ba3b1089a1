import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../../api/client.ts';
import { SelectField } from '../../../components/fields.tsx';
import { ErrorMessage, Loading } from '../../../components/feedback.tsx';
import { Time } from '../../../components/time.tsx';
import { Badge } from '../../../components/ui.tsx';
import { useAction } from '../shared/action.ts';
import { ActionError } from '../shared/action-error.tsx';
import { RadioGroup, TextAreaField } from '../shared/fields.tsx';
import { GENERAL_THREAD } from './labels.ts';
import type { Case, Post } from './labels.ts';

type Visibility = Post['visibility'];
type Kind = Post['kind'];

/**
 * One thread per affected project plus the general one, so a big multi-project case stays
 * readable. Team-only posts and contact-log entries are marked as such wherever they appear.
 */
export function ThreadsPanel({ kase, team, posts, postsError, onPosted }: { kase: Case; team: boolean; posts: Post[] | undefined; postsError: unknown; onPosted: () => void }) {
  const threads = [{ key: GENERAL_THREAD, name: 'General' }, ...kase.projects.map((project) => ({ key: project.projectKey, name: project.displayName }))];
  const [selected, setSelected] = useState(GENERAL_THREAD);
  const current = threads.find((thread) => thread.key === selected) ?? threads[0]!;
  const inThread = (posts ?? []).filter((post) => post.thread === current.key);
  const count = (key: string) => (posts ?? []).filter((post) => post.thread === key && post.kind !== 'event').length;

  return (
    <section aria-labelledby="threads">
      <h2 id="threads">Threads</h2>
      <div className="thread-picker" role="group" aria-label="Choose a thread">
        {threads.map((thread) => (
          <button key={thread.key} type="button" className="button small" aria-pressed={thread.key === current.key} onClick={() => setSelected(thread.key)}>
            {thread.name} <span className="muted">({count(thread.key)})</span>
          </button>
        ))}
      </div>
      <div className="thread" role="region" aria-label={`Thread: ${current.name}`}>
        <h3>{current.key === GENERAL_THREAD ? 'General thread' : `Thread of ${current.name}`}</h3>
        <ErrorMessage error={postsError} />
        {posts === undefined && !postsError ? <Loading /> : null}
        {posts !== undefined && inThread.length === 0 ? <p>Nothing written here yet.</p> : null}
        <ol className="posts">
          {inThread.map((post) => (
            <PostItem key={post.id} post={post} />
          ))}
        </ol>
        <PostForm key={current.key} caseId={kase.id} thread={current.key} threadName={current.name} team={team} onPosted={onPosted} />
      </div>
    </section>
  );
}

function PostItem({ post }: { post: Post }) {
  if (post.kind === 'event') {
    return (
      <li className="post post-event">
        <span className="muted">
          <Time iso={post.createdAt} /> · {post.authorLabel}:
        </span>{' '}
        {post.body} {post.visibility === 'team' ? <Badge tone="warn">team only</Badge> : null}
      </li>
    );
  }
  return (
    <li className={`post post-${post.visibility}`}>
      <p className="post-meta">
        <strong>{post.authorLabel}</strong> <Time iso={post.createdAt} />{' '}
        {post.visibility === 'team' ? <Badge tone="warn">team only</Badge> : <Badge tone="info">shared</Badge>} {post.kind === 'contact_log' ? <Badge tone="muted">contact log</Badge> : null}
      </p>
      <div className="report-text">{post.body}</div>
    </li>
  );
}

function PostForm({ caseId, thread, threadName, team, onPosted }: { caseId: string; thread: string; threadName: string; team: boolean; onPosted: () => void }) {
  const [body, setBody] = useState('');
  // The team writes team-only unless it chooses to share: an embargoed detail stays in by default.
  const [visibility, setVisibility] = useState<Visibility>(team ? 'team' : 'shared');
  const [kind, setKind] = useState<Kind>('message');
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await action.run(() => api.post('/api/v1/cases/{id}/posts', { params: { id: caseId }, body: { thread, visibility, kind, body } }));
    if (done) {
      setBody('');
      onPosted();
    }
  }

  return (
    <form className="form post-form" onSubmit={submit} aria-label={`Write in the thread: ${threadName}`}>
      <TextAreaField label={kind === 'contact_log' ? 'Contact log entry' : 'Message'} name="body" rows={4} required value={body} onChange={(event) => setBody(event.currentTarget.value)} />
      {team ? (
        <div className="form-row">
          <RadioGroup
            legend="Who reads it"
            name={`visibility-${thread}`}
            value={visibility}
            onChange={setVisibility}
            options={[
              { value: 'team', label: 'Team only' },
              { value: 'shared', label: thread === GENERAL_THREAD ? 'Shared with every participant' : `Shared with ${threadName}'s maintainers` },
            ]}
          />
          <SelectField label="Kind" name="kind" value={kind} onChange={(event) => setKind(event.currentTarget.value as Kind)}>
            <option value="message">Message</option>
            <option value="contact_log">Contact log entry (who was reached, how, when)</option>
          </SelectField>
        </div>
      ) : (
        <p className="hint">Read by the security team{thread === GENERAL_THREAD ? ' and every participant' : ` and ${threadName}'s maintainers`}.</p>
      )}
      <ActionError error={action.error} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={action.busy || body.trim() === ''}>
          {kind === 'contact_log' ? 'Add to the contact log' : visibility === 'team' ? 'Post for the team only' : 'Post, shared'}
        </button>
      </div>
    </form>
  );
}
