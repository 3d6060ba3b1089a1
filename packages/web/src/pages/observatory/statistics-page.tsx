import { api } from '../../api/client.ts';
import { ErrorMessage, Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { useResource } from '../../components/resource.ts';
import { Time } from '../../components/time.tsx';
import { Link } from '../../router/router.tsx';
import { BarChart } from './bar-chart.tsx';
import type { ShareBar } from './chart-model.ts';
import { GRADE_ORDER, gradeClass, METRICS } from './labels.ts';
import type { MetricName } from './labels.ts';
import type { Grade, Statistics } from './report-types.ts';

const TLS_VERSIONS: [string, string][] = [['SSLv3', 'SSL 3.0'], ['TLSv1', 'TLS 1.0'], ['TLSv1.1', 'TLS 1.1'], ['TLSv1.2', 'TLS 1.2'], ['TLSv1.3', 'TLS 1.3']];

/** The API lists every figure, but its schema types them as optional: a missing one counts as not measured. */
const NOT_MEASURED = { count: 0, sample: 0, share: null };
const shareOf = (figures: Statistics['metrics'], key: string) => figures[key] ?? NOT_MEASURED;

/** The groups of network figures shown, each as one chart. */
const SECURITY_METRICS: MetricName[] = ['certificate-expired', 'trust-failure', 'identity-failure'];
const TRANSPORT_METRICS: MetricName[] = ['starttls-not-required', 'plain-before-tls', 'tls-below-1.2', 'no-channel-binding'];
const DANE_METRICS: MetricName[] = ['dane', 'no-dane'];
const OTHER_METRICS: MetricName[] = ['dialback-only', 'open-registration'];

const metricBars = (statistics: Statistics, names: MetricName[]): ShareBar[] => names.map((name) => ({ key: name, label: METRICS[name].label, ...shareOf(statistics.metrics, name) }));

/** Network-wide statistics over the latest scan of every domain. */
export function StatisticsPage() {
  const statistics = useResource((signal) => api.get('/api/v1/observatory/statistics', { signal }), 'statistics');
  const data = statistics.data;
  return (
    <Page title="Network statistics" lede="How the XMPP servers scanned by the observatory are configured: one count per domain, over each domain's latest scan.">
      <p>
        <Link to="/observatory">Scan a domain</Link>
      </p>
      <ErrorMessage error={statistics.error} />
      {statistics.status === 'loading' && !data ? <Loading /> : null}
      {data ? (
        data.domains === 0 ? (
          <p>No domain has been scanned yet.</p>
        ) : (
          <>
            <p>
              <strong data-testid="domain-count">{data.domains}</strong> {data.domains === 1 ? 'domain' : 'domains'}
              {data.measuredAt ? (
                <>
                  , latest scan <Time iso={data.measuredAt} />
                </>
              ) : null}
              . A domain counts when any of its servers has the property (an attacker picks the weakest door); each share is over the domains where it could be measured.
            </p>
            <div className="charts">
              <BarChart
                title="Grades"
                bars={[...GRADE_ORDER, 'none' as const].map((grade) => ({ key: grade, label: grade === 'none' ? 'no server reached' : grade, ...shareOf(data.grades, grade) }))}
                barClass={(bar) => gradeClass(bar.key === 'none' ? null : (bar.key as Grade))}
              />
              <BarChart title="TLS versions accepted" bars={TLS_VERSIONS.map(([version, label]) => ({ key: version, label, ...shareOf(data.tlsVersions, version) }))} />
              <BarChart title="Certificates" bars={metricBars(data, SECURITY_METRICS)} />
              <BarChart title="Encryption and authentication" bars={metricBars(data, TRANSPORT_METRICS)} note="STARTTLS is counted over the domains with a STARTTLS server, channel binding over client-to-server servers." />
              <BarChart title="DANE" bars={metricBars(data, DANE_METRICS)} />
              <BarChart title="Server-to-server and accounts" bars={metricBars(data, OTHER_METRICS)} note="Dialback-only is measured only when the observatory presents a client certificate." />
            </div>
          </>
        )
      ) : null}
    </Page>
  );
}
