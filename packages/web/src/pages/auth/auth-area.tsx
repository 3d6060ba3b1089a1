import '../../styles/forms.css';
import { NotFoundPage } from '../public/not-found.tsx';
import { SetupPage } from './setup.tsx';
import { SignInPage } from './sign-in.tsx';
import { TwoFactorPage } from './two-factor.tsx';

/** Signing in, setting a password from a setup link and enrolling a second factor: one chunk. */
export default function AuthArea({ pathname }: { pathname: string }) {
  switch (pathname) {
    case '/sign-in':
      return <SignInPage />;
    case '/setup':
      return <SetupPage />;
    case '/account/two-factor':
      return <TwoFactorPage />;
    default:
      return <NotFoundPage />;
  }
}
