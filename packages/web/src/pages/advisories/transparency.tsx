import { api } from '../../api/client.ts';
import { ErrorMessage, Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { useResource } from '../../components/resource.ts';

const days = (value: number | null) => (value === null ? '—' : `${value} d`);

export function TransparencyPage() {
  const figures = useResource((signal) => api.get('/api/v1/transparency', { signal }), 'transparency');
  return (
    <Page title="Transparency" lede="What the security team received and did, year by year. Figures only: nothing under embargo.">
      <ErrorMessage error={figures.error} />
      {figures.status === 'loading' ? <Loading /> : null}
      {figures.status === 'ready' && figures.data.years.length === 0 ? <p>No figures yet.</p> : null}
      {figures.status === 'ready' && figures.data.years.length > 0 ? (
        <div className="table-wrap" role="region" aria-label="Figures by year" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Year</th>
                <th scope="col">Reports received</th>
                <th scope="col">Cases opened</th>
                <th scope="col">Advisories</th>
                <th scope="col">CVEs published</th>
                <th scope="col">Median time to acknowledge</th>
                <th scope="col">to fix</th>
                <th scope="col">to publish</th>
              </tr>
            </thead>
            <tbody>
              {figures.data.years.map((year) => (
                <tr key={year.year}>
                  <th scope="row">{year.year}</th>
                  <td>{year.reportsReceived}</td>
                  <td>{year.casesOpened}</td>
                  <td>{year.advisoriesPublished}</td>
                  <td>{year.cvesPublished}</td>
                  <td>{days(year.medianDaysToAcknowledge)}</td>
                  <td>{days(year.medianDaysToFix)}</td>
                  <td>{days(year.medianDaysToPublish)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Page>
  );
}
