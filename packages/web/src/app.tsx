import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { ErrorBoundary } from './components/error-boundary.tsx';
import { Loading } from './components/feedback.tsx';
import { SiteFooter, SiteHeader } from './components/site-chrome.tsx';
import { HomePage } from './pages/public/home.tsx';
import { NotFoundPage } from './pages/public/not-found.tsx';
import { useLocation } from './router/router.tsx';

// Each area is its own chunk: a visitor of the public pages never downloads the console.
const AuthArea = lazy(() => import('./pages/auth/auth-area.tsx'));
const ConsoleArea = lazy(() => import('./pages/console/console-area.tsx'));
const DirectoryArea = lazy(() => import('./pages/directory/directory-area.tsx'));
const ThreatsArea = lazy(() => import('./pages/threats/threats-area.tsx'));
const AdvisoriesArea = lazy(() => import('./pages/advisories/advisories-area.tsx'));
const ReportArea = lazy(() => import('./pages/report/report-area.tsx'));
const TrackArea = lazy(() => import('./pages/track/track-area.tsx'));
const ObservatoryArea = lazy(() => import('./pages/observatory/observatory-area.tsx'));

interface Area {
  matches: (pathname: string) => boolean;
  render: (pathname: string) => ReactNode;
}

const AUTH_PATHS = new Set(['/sign-in', '/setup', '/account/two-factor']);

const under = (prefix: string) => (path: string) => path === prefix || path.startsWith(`${prefix}/`);

const AREAS: Area[] = [
  { matches: (path) => path === '/', render: () => <HomePage /> },
  { matches: (path) => AUTH_PATHS.has(path), render: (path) => <AuthArea pathname={path} /> },
  { matches: under('/console'), render: (path) => <ConsoleArea pathname={path} /> },
  { matches: (path) => under('/directory')(path) || under('/xeps')(path), render: (path) => <DirectoryArea pathname={path} /> },
  { matches: under('/threats'), render: (path) => <ThreatsArea pathname={path} /> },
  { matches: (path) => under('/advisories')(path) || under('/subscriptions')(path) || path === '/transparency', render: (path) => <AdvisoriesArea pathname={path} /> },
  { matches: (path) => path === '/report', render: () => <ReportArea /> },
  { matches: (path) => path === '/track', render: () => <TrackArea /> },
  { matches: under('/observatory'), render: (path) => <ObservatoryArea pathname={path} /> },
];

export function App() {
  const { pathname } = useLocation();
  const normalised = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const area = AREAS.find((candidate) => candidate.matches(normalised));
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary key={normalised}>
          <Suspense fallback={<Loading />}>{area ? area.render(normalised) : <NotFoundPage />}</Suspense>
        </ErrorBoundary>
      </main>
      <SiteFooter />
    </>
  );
}
