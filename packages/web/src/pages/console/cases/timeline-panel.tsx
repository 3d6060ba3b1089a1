import { Time } from '../../../components/time.tsx';
import { Badge } from '../../../components/ui.tsx';
import { formatUtc } from './embargo.ts';
import type { Case, Post } from './labels.ts';

interface TimelineEntry {
  at: string;
  text: string;
  teamOnly?: boolean;
}

const EMBARGO_EVENT = /^The embargo now ends at /;

/** What happened, oldest first: the case's own dates, every embargo change and the recorded events. */
export function timelineEntries(kase: Case, posts: readonly Post[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [{ at: kase.createdAt, text: 'Case opened' }];
  if (kase.acceptedAt !== kase.createdAt) entries.push({ at: kase.acceptedAt, text: 'Accepted' });
  for (const change of kase.embargoChanges) {
    const to = change.toAt ? formatUtc(new Date(change.toAt)) : 'no end';
    const from = change.fromAt ? ` (was ${formatUtc(new Date(change.fromAt))})` : '';
    entries.push({ at: change.changedAt, text: `Embargo set to ${to}${from} by ${change.changedBy}: ${change.reason}` });
  }
  for (const post of posts) {
    // Each embargo change also leaves an event in the general thread; the change itself (above) says more.
    if (post.kind === 'event' && !EMBARGO_EVENT.test(post.body)) entries.push({ at: post.createdAt, text: post.body, teamOnly: post.visibility === 'team' });
  }
  if (kase.publishedAt) entries.push({ at: kase.publishedAt, text: 'Published' });
  if (kase.closedAt) entries.push({ at: kase.closedAt, text: 'Closed' });
  return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

export function TimelinePanel({ kase, posts }: { kase: Case; posts: readonly Post[] }) {
  const entries = timelineEntries(kase, posts);
  return (
    <section aria-labelledby="timeline">
      <h2 id="timeline">Timeline</h2>
      <ol className="timeline">
        {entries.map((entry, index) => (
          <li key={index}>
            <Time iso={entry.at} />: {entry.text} {entry.teamOnly ? <Badge tone="warn">team only</Badge> : null}
          </li>
        ))}
      </ol>
      {kase.deadlines.length > 0 ? (
        <>
          <h3>Deadlines</h3>
          <ul className="compact-list">
            {kase.deadlines.map((deadline) => (
              <li key={deadline.key}>
                {deadline.overdue ? <Badge tone="bad">overdue</Badge> : <Badge tone="muted">due</Badge>} {deadline.label} (<Time iso={deadline.dueAt} />)
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
