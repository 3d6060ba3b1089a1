import { api } from '../../api/client.ts';
import { ErrorMessage } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { useResource } from '../../components/resource.ts';
import { Time } from '../../components/time.tsx';
import { Link } from '../../router/router.tsx';

const LATEST = 5;

export function HomePage() {
  return (
    <Page title="xmppsec" lede="The security hub of the XMPP ecosystem: coordinated disclosure and CVE numbering, the software directory, the threat register and the network observatory.">
      <LatestAdvisories />
      <section aria-labelledby="explore" className="cards">
        <h2 id="explore" className="visually-hidden">
          Explore
        </h2>
        <article className="card">
          <h3>
            <Link to="/directory">Software directory</Link>
          </h3>
          <p>The XMPP projects on record — the scope of the XSF's CVE Numbering Authority — with their releases, supported XEPs and maintenance status.</p>
        </article>
        <article className="card">
          <h3>
            <Link to="/xeps/matrix">Who implements what</Link>
          </h3>
          <p>Every XEP with the projects that declare it, and a matrix comparing implementations of the security-relevant ones.</p>
        </article>
        <article className="card">
          <h3>
            <Link to="/threats">Threat register</Link>
          </h3>
          <p>Known threats to XMPP with attack trees, likelihood and damage, the gap between the threat and today's protocols, and a recommendation.</p>
        </article>
        <article className="card">
          <h3>
            <Link to="/observatory">Network observatory</Link>
          </h3>
          <p>Scan an XMPP server's TLS, certificates and authentication, get a grade with what to fix in Prosody or ejabberd, and see how the network as a whole is configured.</p>
        </article>
      </section>
      <section aria-labelledby="audiences" className="cards">
        <h2 id="audiences" className="visually-hidden">
          Who this is for
        </h2>
        <article className="card">
          <h3>Found a vulnerability?</h3>
          <p>The XMPP Standards Foundation's security team coordinates fixes across the independent projects affected, under embargo, and assigns CVE IDs.</p>
          <p>
            <Link to="/report">Report a vulnerability</Link>
          </p>
        </article>
        <article className="card">
          <h3>Maintain an XMPP project?</h3>
          <p>See the cases that touch your projects, state whether you are affected and which release fixes it, and keep your directory entry current.</p>
          <p>
            <Link to="/sign-in">Sign in</Link>
          </p>
        </article>
        <article className="card">
          <h3>Build on the data?</h3>
          <p>Everything the site shows comes from a documented HTTP API.</p>
          <p>
            <a href="/api/v1/docs">Read the API reference</a>
          </p>
        </article>
      </section>
    </Page>
  );
}

function LatestAdvisories() {
  const advisories = useResource((signal) => api.get('/api/v1/advisories', { query: { limit: LATEST }, signal }), 'latest');
  return (
    <section aria-labelledby="latest">
      <h2 id="latest">Latest advisories</h2>
      <ErrorMessage error={advisories.error} />
      {advisories.status === 'ready' && advisories.data.advisories.length === 0 ? <p>No advisory has been published yet.</p> : null}
      {advisories.status === 'ready' && advisories.data.advisories.length > 0 ? (
        <ul className="latest">
          {advisories.data.advisories.map((advisory) => (
            <li key={advisory.id}>
              <Time iso={advisory.publishedAt} withTime={false} />{' '}
              <Link to={`/advisories/${encodeURIComponent(advisory.id)}`}>
                {advisory.id}: {advisory.content.title}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <Link to="/advisories">All advisories</Link> · <a href="/advisories.atom">Atom feed</a>
      </p>
    </section>
  );
}
