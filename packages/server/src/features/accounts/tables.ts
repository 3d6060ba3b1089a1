import type { Generated } from 'kysely';

export const ROLES = ['admin', 'team', 'maintainer', 'reporter'] as const;
export type Role = (typeof ROLES)[number];

export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  role: Role;
  password_hash: string | null;
  totp_secret: string | null;
  totp_enabled: Generated<boolean>;
  /** The last accepted TOTP time step: a code is accepted once. */
  totp_last_step: number | null;
  xmpp_address: string | null;
  openpgp_key: string | null;
  openpgp_fingerprint: Generated<string | null>;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  last_login_at: Date | null;
  disabled_at: Date | null;
  created_at: Date;
}

export interface SetupTokensTable {
  token_hash: string;
  user_id: string;
  purpose: 'setup' | 'reset';
  expires_at: Date;
  used_at: Date | null;
  created_at: Date;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  mfa_verified: boolean;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  ip: string | null;
  user_agent: string | null;
}

export interface RecoveryCodesTable {
  id: string;
  user_id: string;
  code_hash: string;
  used_at: Date | null;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  scopes: string[];
  created_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

export interface AccountTables {
  users: UsersTable;
  setup_tokens: SetupTokensTable;
  sessions: SessionsTable;
  recovery_codes: RecoveryCodesTable;
  api_tokens: ApiTokensTable;
}
