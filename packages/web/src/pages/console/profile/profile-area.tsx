import type { AreaProps } from '../work-routes.tsx';
import { ProfilePage } from './profile-page.tsx';

export default function ProfileArea({ user }: AreaProps) {
  return <ProfilePage user={user} />;
}
