import { CopyField } from '../../components/copy-field.tsx';
import { Prose } from '../../components/prose.tsx';
import { formatDateTime, Time } from '../../components/time.tsx';
import { Badge, Facts } from '../../components/ui.tsx';
import { GradeBadge } from './grade-badge.tsx';
import { HistoryChart } from './history-chart.tsx';
import { MODE_LABEL, SEVERITY } from './labels.ts';
import { targetsOf } from './report-types.ts';
import type { DomainView, FixAdvice, HistoryEntry, Target } from './report-types.ts';

/**
 * A domain's latest report: the grade, why it is what it is, what to change (for Prosody and
 * ejabberd), every server tested, the history and the badge. Shown on the domain's page and at the
 * end of a scan started from the observatory page.
 */
export function DomainReport({ view }: { view: DomainView }) {
  const latest = view.latest;
  if (!latest || latest.status !== 'done') {
    return <p>{view.pendingScanId ? 'A scan of this domain is under way.' : 'This domain has not been scanned successfully yet.'}</p>;
  }
  const targets = targetsOf(latest.report);
  return (
    <>
      <div className="grade-summary">
        <GradeBadge grade={view.grade} />
        <Facts
          items={[
            ['Scanned', latest.finishedAt ? <Time iso={latest.finishedAt} /> : null],
            ['Tested', MODE_LABEL[latest.mode]],
            ['Client-to-server', latest.grades?.c2s ?? (latest.mode === 's2s' ? null : 'no server reached')],
            ['Server-to-server', latest.grades?.s2s ?? (latest.mode === 'c2s' ? null : 'no server reached')],
            ['If trust and identity were fixed', latest.gradeIgnoringTrust !== latest.grade ? latest.gradeIgnoringTrust : null],
            ['First scanned', view.firstScannedAt ? <Time iso={view.firstScannedAt} withTime={false} /> : null],
            ['Scanner', latest.scannerVersion],
          ]}
        />
      </div>
      {latest.changes ? <Changes changes={latest.changes} /> : null}
      <Explanation view={view} />
      <section aria-labelledby="targets">
        <h2 id="targets">Servers tested</h2>
        {targets.length === 0 ? <p>No server was found for this domain.</p> : targets.map((target) => <TargetSection key={target.id} target={target} />)}
      </section>
      <History view={view} />
      <BadgeSection view={view} />
    </>
  );
}

function Changes({ changes }: { changes: NonNullable<HistoryEntry['changes']> }) {
  const items = [
    ...(changes.gradeFrom !== changes.gradeTo ? [`Grade changed from ${changes.gradeFrom ?? 'none'} to ${changes.gradeTo ?? 'none'}.`] : []),
    ...changes.added.map((finding) => `New: ${finding.title}.`),
    ...changes.removed.map((finding) => `Gone: ${finding.title}.`),
  ];
  if (items.length === 0) return <p className="muted">Nothing changed since the previous scan.</p>;
  return (
    <div className="notice">
      <p>Since the previous scan:</p>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

function Explanation({ view }: { view: DomainView }) {
  const explanation = view.explanation;
  if (!explanation) return null;
  return (
    <>
      <section aria-labelledby="reasons">
        <h2 id="reasons">Why this grade</h2>
        {explanation.reasons.length === 0 ? (
          <p>Nothing limits the grade below what the TLS configuration scores.</p>
        ) : (
          <ul className="reasons">
            {explanation.reasons.map((reason) => (
              <li key={reason.code}>
                <strong>At most {reason.grade}:</strong> {reason.reason} <TargetCount targets={reason.targets} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="fixes">
        <h2 id="fixes">What to fix</h2>
        {explanation.fixes.length === 0 ? <p>Nothing to fix: no finding lowers the grade or needs attention.</p> : explanation.fixes.map((fix) => <FixCard key={fix.code} fix={fix} />)}
      </section>
      {explanation.notes.length > 0 ? (
        <section aria-labelledby="notes">
          <h2 id="notes">Suggestions</h2>
          <p className="muted">These do not change the grade today, but each makes the server harder to attack.</p>
          {explanation.notes.map((fix) => (
            <FixCard key={fix.code} fix={fix} />
          ))}
        </section>
      ) : null}
    </>
  );
}

function TargetCount({ targets }: { targets: string[] }) {
  if (targets.length === 0) return null;
  return <span className="muted">({targets.length === 1 ? 'one server' : `${targets.length} servers`})</span>;
}

function FixCard({ fix }: { fix: FixAdvice }) {
  const severity = SEVERITY[fix.severity];
  return (
    <article className="fix">
      <h3>
        {fix.title} <Badge tone={severity.tone}>{severity.label}</Badge>
        {fix.cap ? (
          <>
            {' '}
            <Badge tone="warn">limits the grade to {fix.cap}</Badge>
          </>
        ) : null}
      </h3>
      {fix.details.length > 0 ? (
        <ul className="fix-details">
          {fix.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      ) : null}
      <dl className="fix-how">
        <div>
          <dt>Prosody</dt>
          <dd>
            <Prose text={fix.fix.prosody} />
          </dd>
        </div>
        <div>
          <dt>ejabberd</dt>
          <dd>
            <Prose text={fix.fix.ejabberd} />
          </dd>
        </div>
        <div>
          <dt>Any server</dt>
          <dd>
            <Prose text={fix.fix.general} />
          </dd>
        </div>
      </dl>
    </article>
  );
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

function TargetSection({ target }: { target: Target }) {
  const { endpoint, tls } = target;
  const leaf = tls?.chain[0];
  const protocols = tls ? Object.entries(tls.protocols).filter(([, accepted]) => accepted === true).map(([name]) => name) : [];
  const before = target.stream?.featuresBeforeTls;
  const after = target.stream?.featuresAfterTls;
  return (
    <article className="target">
      <h3>
        {MODE_LABEL[endpoint.mode]}, {endpoint.transport === 'directtls' ? 'direct TLS' : 'STARTTLS'}: {endpoint.host}:{endpoint.port} <span className="muted">({endpoint.address})</span>{' '}
        <GradeBadge grade={target.grade.grade} size="small" />
      </h3>
      {!target.reachable ? <p>Not reachable: {target.connectError ?? 'no answer'}.</p> : null}
      <Facts
        items={[
          ['STARTTLS', before ? before.starttls : null],
          ['TLS', tls ? `${tls.version}, ${tls.cipher.name}${tls.cipher.forwardSecrecy ? '' : ' (no forward secrecy)'}` : null],
          ['Versions accepted', protocols.join(', ')],
          ['Certificate', leaf ? `${leaf.subject || '(empty subject)'}, issued by ${leaf.issuer}` : null],
          ['Key', leaf ? `${leaf.publicKey.type.toUpperCase()} ${leaf.publicKey.bits} bits, ${leaf.signatureAlgorithm}` : null],
          ['Expires', leaf ? formatDateTime(new Date(leaf.notAfter)) : null],
          ['Trusted', tls ? (tls.trust.trusted ? 'yes' : `no (${tls.trust.error ?? 'unknown reason'})`) : null],
          ['Names the domain', target.identity ? (target.identity.matched ? `yes (${target.identity.method ?? 'match'}: ${target.identity.matchedValue ?? ''})` : 'no') : null],
          ['SASL before TLS', before ? before.mechanisms.join(', ') || 'none' : null],
          ['SASL after TLS', after ? after.mechanisms.join(', ') || 'none' : null],
          ['Dialback', endpoint.mode === 's2s' && after ? yesNo(after.dialback) : null],
          ['DANE', target.dane ? (target.dane.matched ? `yes${target.dane.dnssecValidated ? ', DNSSEC-validated' : ' (not validated)'}` : 'no') : null],
        ]}
      />
      {target.grade.caps.length > 0 ? (
        <ul className="reasons">
          {target.grade.caps.map((cap) => (
            <li key={cap.code}>
              <strong>At most {cap.grade}:</strong> {cap.reason}
            </li>
          ))}
        </ul>
      ) : null}
      {target.findings.length > 0 ? (
        <ul className="findings" aria-label={`Findings for ${endpoint.host}:${endpoint.port}`}>
          {target.findings.map((finding) => (
            <li key={finding.code}>
              <Badge tone={SEVERITY[finding.severity].tone}>{SEVERITY[finding.severity].label}</Badge> {finding.title}
              {finding.detail ? <span className="muted"> — {finding.detail}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}

function History({ view }: { view: DomainView }) {
  if (view.history.length === 0) return null;
  return (
    <section aria-labelledby="history">
      <h2 id="history">History</h2>
      <HistoryChart domain={view.domain} points={view.history.map((entry) => ({ at: entry.finishedAt, grade: entry.grade }))} />
      <div className="table-wrap" role="region" aria-label="Scan history" tabIndex={0}>
        <table>
          <caption>Every completed scan, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Finished</th>
              <th scope="col">Tested</th>
              <th scope="col">Grade</th>
              <th scope="col">What changed</th>
            </tr>
          </thead>
          <tbody>
            {[...view.history]
              .sort((a, b) => b.finishedAt.localeCompare(a.finishedAt))
              .map((entry) => (
                <tr key={entry.scanId}>
                  <td>
                    <Time iso={entry.finishedAt} />
                  </td>
                  <td>{MODE_LABEL[entry.mode]}</td>
                  <td>{entry.grade ?? 'none'}</td>
                  <td>{changeSummary(entry)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function changeSummary(entry: HistoryEntry): string {
  const changes = entry.changes;
  if (!changes) return 'first scan';
  const parts = [
    ...(changes.gradeFrom !== changes.gradeTo ? [`${changes.gradeFrom ?? 'none'} → ${changes.gradeTo ?? 'none'}`] : []),
    ...(changes.added.length > 0 ? [`${changes.added.length} new`] : []),
    ...(changes.removed.length > 0 ? [`${changes.removed.length} gone`] : []),
  ];
  return parts.length > 0 ? parts.join(', ') : 'nothing';
}

function BadgeSection({ view }: { view: DomainView }) {
  const origin = window.location.origin;
  const page = `${origin}/observatory/domains/${encodeURIComponent(view.domain)}`;
  const image = origin + view.badge;
  const alt = `XMPP security grade of ${view.domain}`;
  const snippet = `<a href="${page}"><img src="${image}" alt="${alt}"></a>`;
  return (
    <section aria-labelledby="badge">
      <h2 id="badge">Badge</h2>
      <p>
        <img src={view.badge} alt={alt} className="grade-image" />
      </p>
      <p>Show the grade on your own site: the badge follows the latest scan.</p>
      <CopyField label="HTML to embed the badge" value={snippet} />
    </section>
  );
}
