import type { Role } from '../../session/session.ts';

export function roleLabel(role: Role): string {
  switch (role) {
    case 'admin':
      return 'administrator';
    case 'team':
      return 'security team';
    case 'maintainer':
      return 'maintainer';
    case 'reporter':
      return 'reporter';
  }
}

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: 'Administrator: everything the team does, plus accounts.',
  team: 'Security team: reports, cases, CVE records, the directory, the threat register.',
  maintainer: 'Maintainer: the cases that touch their projects, and their directory entries.',
  reporter: 'Reporter: their own reports and cases.',
};

/** Every role, in the order above; the Record type makes a role added to the API fail to compile here. */
export const ROLES = Object.keys(ROLE_DESCRIPTIONS) as Role[];
