import { Page } from '../../components/page.tsx';
import { Link } from '../../router/router.tsx';

export function NotFoundPage() {
  return (
    <Page title="Page not found" lede="There is nothing at this address. It may have moved, or the link may be mistyped.">
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </Page>
  );
}
