import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor, UserActor } from '../../authz/actor.ts';
import { SCOPES } from '../../authz/policy.ts';
import type { Scope } from '../../authz/policy.ts';
import type { Via } from '../../audit/tables.ts';
import { DAY_MS } from '../../clock.ts';
import type { Clock } from '../../clock.ts';
import type { Mutations } from '../../db/mutations.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, badRequest, conflict, notFound, unauthenticated } from '../../errors.ts';
import { readPublicKeyInfo } from '../../crypto/openpgp.ts';
import { DUMMY_HASH, hashPassword, passwordProblem, verifyPassword } from './passwords.ts';
import { accountPolicy } from './policy.ts';
import { newSecret, secretHash } from './secrets.ts';
import type { Role } from './tables.ts';
import { matchTotp, newTotpSecret, totpUri } from './totp.ts';

export const SESSION_LIFETIME_MS = 7 * DAY_MS;
export const SESSION_IDLE_MS = DAY_MS;
export const SETUP_LINK_LIFETIME_MS = 7 * DAY_MS;
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MS = 15 * 60_000;
export const RECOVERY_CODE_COUNT = 10;
export const MAX_TOKEN_DAYS = 366;

/** Admin and team accounts handle embargoed data: a password alone is not enough for them. */
export const requiresSecondFactor = (role: Role): boolean => role === 'admin' || role === 'team';

export interface PublicUser {
  id: string;
  email: string;
  displayName: string;
  xmppAddress: string | null;
  openpgpFingerprint: string | null;
  role: Role;
  totpEnabled: boolean;
  disabled: boolean;
  createdAt: Date;
  lastLoginAt: Date | null;
}

export type SessionState = 'signed_in' | 'totp_required' | 'totp_enrolment_required';

export interface SessionInfo {
  user: PublicUser;
  state: SessionState;
  csrfToken: string;
  expiresAt: Date;
}

export interface ResolvedSession extends SessionInfo {
  /** The actor for a fully signed-in session; undefined while the second factor is pending. */
  actor: UserActor | undefined;
  idHash: string;
}

export interface ApiTokenInfo {
  id: string;
  name: string;
  scopes: Scope[];
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

type UserRow = Awaited<ReturnType<typeof selectUser>>;
function selectUser(db: Kysely<Database>, where: { id: string } | { email: string }) {
  const query = db.selectFrom('users').selectAll();
  return ('id' in where ? query.where('id', '=', where.id) : query.where((eb) => eb(eb.fn('lower', ['email']), '=', where.email.toLowerCase()))).executeTakeFirst();
}

function toPublicUser(row: NonNullable<UserRow>): PublicUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    xmppAddress: row.xmpp_address,
    openpgpFingerprint: row.openpgp_fingerprint,
    role: row.role,
    totpEnabled: row.totp_enabled,
    disabled: row.disabled_at !== null,
    createdAt: row.created_at,
    lastLoginAt: row.last_login_at,
  };
}

const EMAIL = /^[^\s@]+@[^\s@.][^\s@]*$/;
const BARE_JID = /^[^\s@/"&'<>:]+@[^\s@/]+$/;

export function createAccountService(deps: { db: Kysely<Database>; mutations: Mutations; clock: Clock; publicUrl: string }) {
  const { db, mutations, clock } = deps;

  function sessionState(row: NonNullable<UserRow>, mfaVerified: boolean): SessionState {
    if (mfaVerified) return 'signed_in';
    if (row.totp_enabled) return 'totp_required';
    return requiresSecondFactor(row.role) ? 'totp_enrolment_required' : 'signed_in';
  }

  async function recordFailedLogin(actor: Actor, email: string, user: UserRow, reason: string): Promise<void> {
    await mutations.run(actor, async (trx) => {
      if (user && reason === 'wrong_password') {
        const failures = user.failed_logins + 1;
        await trx
          .updateTable('users')
          .set({
            failed_logins: failures,
            locked_until: failures >= LOCKOUT_THRESHOLD ? new Date(clock.now().getTime() + LOCKOUT_MS) : user.locked_until,
          })
          .where('id', '=', user.id)
          .execute();
      }
      return {
        result: undefined,
        audit: { action: 'auth.login_failed', ...(user ? { subject: { type: 'user', id: user.id } } : {}), details: { email, reason } },
      };
    });
  }

  async function openSession(trx: Parameters<Parameters<Mutations['run']>[1]>[0], user: NonNullable<UserRow>, mfaVerified: boolean, meta: { ip?: string | undefined; userAgent?: string | undefined }) {
    const token = newSecret('xss');
    const csrfToken = randomBytes(24).toString('base64url');
    const now = clock.now();
    const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
    await trx
      .insertInto('sessions')
      .values({ id_hash: secretHash(token), user_id: user.id, csrf_token: csrfToken, mfa_verified: mfaVerified, created_at: now, last_seen_at: now, expires_at: expiresAt, ip: meta.ip ?? null, user_agent: meta.userAgent?.slice(0, 300) ?? null })
      .execute();
    return { token, csrfToken, expiresAt };
  }

  return {
    async createUser(actor: Actor, input: { email: string; role: Role; displayName?: string | undefined }): Promise<{ user: PublicUser; setupLink: string }> {
      accountPolicy.assert(actor, 'user.create');
      const email = input.email.trim();
      if (!EMAIL.test(email) || email.length > 254) throw badRequest('invalid_email', `"${input.email}" is not an e-mail address.`);
      const token = newSecret('xsu');
      const user = await mutations.run(actor, async (trx) => {
        if (await selectUser(trx, { email })) throw conflict('email_taken', `An account for ${email} exists already.`);
        const now = clock.now();
        const row = { id: randomUUID(), email, display_name: input.displayName?.trim() ?? '', role: input.role, password_hash: null, totp_secret: null, totp_last_step: null, xmpp_address: null, openpgp_key: null, locked_until: null, last_login_at: null, disabled_at: null, created_at: now };
        await trx.insertInto('users').values(row).execute();
        await trx.insertInto('setup_tokens').values({ token_hash: secretHash(token), user_id: row.id, purpose: 'setup', expires_at: new Date(now.getTime() + SETUP_LINK_LIFETIME_MS), used_at: null, created_at: now }).execute();
        const created = (await selectUser(trx, { id: row.id }))!;
        return { result: toPublicUser(created), audit: { action: 'user.create', subject: { type: 'user', id: row.id }, details: { email, role: input.role } } };
      });
      // The token sits in the fragment: browsers never send it to the server, so no log sees it.
      return { user, setupLink: `${deps.publicUrl}/setup#token=${token}` };
    },

    async completeSetup(actor: Actor, input: { token: string; password: string; displayName?: string | undefined }): Promise<PublicUser> {
      const problem = passwordProblem(input.password);
      if (problem) throw badRequest('weak_password', problem);
      const passwordHash = await hashPassword(input.password);
      return mutations.run(actor, async (trx) => {
        const now = clock.now();
        const setup = await trx.selectFrom('setup_tokens').selectAll().where('token_hash', '=', secretHash(input.token)).executeTakeFirst();
        if (!setup || setup.used_at !== null || setup.expires_at <= now) {
          throw new AppError('invalid_setup_link', 400, 'This setup link is invalid, used or expired. Ask an administrator for a new one.');
        }
        const user = await selectUser(trx, { id: setup.user_id });
        if (!user || user.disabled_at) throw new AppError('invalid_setup_link', 400, 'This setup link is invalid, used or expired. Ask an administrator for a new one.');
        await trx.updateTable('setup_tokens').set({ used_at: now }).where('token_hash', '=', setup.token_hash).execute();
        await trx
          .updateTable('users')
          .set({ password_hash: passwordHash, failed_logins: 0, locked_until: null, ...(input.displayName ? { display_name: input.displayName.trim() } : {}) })
          .where('id', '=', user.id)
          .execute();
        return { result: toPublicUser(user), audit: { action: 'user.setup_complete', subject: { type: 'user', id: user.id } } };
      });
    },

    /** A new one-time setup link for an existing account (lost password; with clearTotp, a lost device too). */
    async issueSetupLink(actor: Actor, email: string, options: { clearTotp?: boolean } = {}): Promise<string> {
      accountPolicy.assert(actor, 'user.create');
      const token = newSecret('xsu');
      await mutations.run(actor, async (trx) => {
        const user = await selectUser(trx, { email });
        if (!user) throw notFound(`The user ${email}`);
        const now = clock.now();
        await trx.insertInto('setup_tokens').values({ token_hash: secretHash(token), user_id: user.id, purpose: 'reset', expires_at: new Date(now.getTime() + SETUP_LINK_LIFETIME_MS), used_at: null, created_at: now }).execute();
        if (options.clearTotp) {
          await trx.updateTable('users').set({ totp_enabled: false, totp_secret: null, totp_last_step: null }).where('id', '=', user.id).execute();
          await trx.deleteFrom('recovery_codes').where('user_id', '=', user.id).execute();
          await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
        }
        return { result: undefined, audit: { action: 'user.setup_link_issued', subject: { type: 'user', id: user.id }, details: { clearTotp: Boolean(options.clearTotp) } } };
      });
      return `${deps.publicUrl}/setup#token=${token}`;
    },

    /**
     * On a fresh installation: the first administrator account and its setup link. Returns
     * undefined once any account has completed its setup.
     */
    async bootstrapAdmin(actor: Actor, email: string): Promise<string | undefined> {
      const users = await db.selectFrom('users').select(['email', 'role', 'password_hash']).execute();
      if (users.some((user) => user.password_hash !== null)) return undefined;
      const pending = users.find((user) => user.role === 'admin');
      if (pending) return this.issueSetupLink(actor, pending.email);
      return (await this.createUser(actor, { email, role: 'admin', displayName: 'Administrator' })).setupLink;
    },

    /** One's own contact details for notifications: an XMPP address and an OpenPGP key to encrypt e-mail to. */
    async updateProfile(actor: Actor, patch: { displayName?: string | undefined; xmppAddress?: string | null | undefined; openpgpKey?: string | null | undefined }): Promise<PublicUser> {
      accountPolicy.assert(actor, 'profile.read_own');
      const user = actor as UserActor;
      const changes: { display_name?: string; xmpp_address?: string | null; openpgp_key?: string | null; openpgp_fingerprint?: string | null } = {};
      if (patch.displayName !== undefined) changes.display_name = patch.displayName.trim().slice(0, 200);
      if (patch.xmppAddress !== undefined) {
        const address = patch.xmppAddress?.trim() || null;
        if (address && (!BARE_JID.test(address) || address.length > 1000)) throw badRequest('invalid_xmpp_address', `"${address}" is not a bare XMPP address (user@domain).`);
        changes.xmpp_address = address;
      }
      if (patch.openpgpKey !== undefined) {
        if (patch.openpgpKey?.trim()) {
          const info = await readPublicKeyInfo(patch.openpgpKey);
          changes.openpgp_key = info.armored;
          changes.openpgp_fingerprint = info.fingerprint;
        } else {
          changes.openpgp_key = null;
          changes.openpgp_fingerprint = null;
        }
      }
      if (Object.keys(changes).length === 0) throw badRequest('nothing_to_change', 'The update changes nothing.');
      await mutations.run(actor, async (trx) => {
        await trx.updateTable('users').set(changes).where('id', '=', user.userId).execute();
        return { result: undefined, audit: { action: 'user.profile_update', subject: { type: 'user', id: user.userId }, details: { fields: Object.keys(changes) } } };
      });
      return toPublicUser((await selectUser(db, { id: user.userId }))!);
    },

    async listUsers(actor: Actor): Promise<PublicUser[]> {
      accountPolicy.assert(actor, 'user.list');
      const rows = await db.selectFrom('users').selectAll().orderBy('email').execute();
      return rows.map(toPublicUser);
    },

    async getUserByEmail(actor: Actor, email: string): Promise<PublicUser> {
      accountPolicy.assert(actor, 'user.list');
      const row = await selectUser(db, { email });
      if (!row) throw notFound(`The user ${email}`);
      return toPublicUser(row);
    },

    async disableUser(actor: Actor, email: string): Promise<PublicUser> {
      accountPolicy.assert(actor, 'user.disable');
      return mutations.run(actor, async (trx) => {
        const user = await selectUser(trx, { email });
        if (!user) throw notFound(`The user ${email}`);
        if (actor.kind === 'user' && actor.userId === user.id) throw badRequest('cannot_disable_self', 'You cannot disable your own account.');
        const now = clock.now();
        await trx.updateTable('users').set({ disabled_at: user.disabled_at ?? now }).where('id', '=', user.id).execute();
        // Disabling takes effect at once: sessions go, tokens are revoked.
        await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
        await trx.updateTable('api_tokens').set({ revoked_at: now }).where('user_id', '=', user.id).where('revoked_at', 'is', null).execute();
        return { result: { ...toPublicUser(user), disabled: true }, audit: { action: 'user.disable', subject: { type: 'user', id: user.id }, details: { email: user.email } } };
      });
    },

    async login(actor: Actor, input: { email: string; password: string }, meta: { ip?: string | undefined; userAgent?: string | undefined } = {}) {
      const email = input.email.trim();
      const user = await selectUser(db, { email });
      const passwordOk = await verifyPassword(input.password.slice(0, 4096), user?.password_hash ?? DUMMY_HASH);
      const now = clock.now();
      const refusal = !user
        ? 'unknown_user'
        : user.disabled_at
          ? 'disabled'
          : user.password_hash === null
            ? 'setup_incomplete'
            : user.locked_until && user.locked_until > now
              ? 'locked'
              : passwordOk
                ? undefined
                : 'wrong_password';
      if (refusal) {
        await recordFailedLogin(actor, email, user, refusal);
        if (refusal === 'locked') throw new AppError('account_locked', 429, 'Too many failed sign-ins: this account is locked for a while. Try again later.');
        throw new AppError('invalid_credentials', 401, 'The e-mail address or the password is wrong.');
      }
      const row = user!;
      return mutations.run(actor, async (trx) => {
        await trx.updateTable('users').set({ failed_logins: 0, locked_until: null, last_login_at: now }).where('id', '=', row.id).execute();
        const session = await openSession(trx, row, false, meta);
        return {
          result: { ...session, state: sessionState(row, false), user: toPublicUser(row) },
          audit: { action: 'auth.login', subject: { type: 'user', id: row.id } },
        };
      });
    },

    /** The session behind a cookie value, refreshed; undefined when unknown, expired or idle too long. */
    async resolveSession(token: string, via: Via = 'web'): Promise<ResolvedSession | undefined> {
      const now = clock.now();
      const idHash = secretHash(token);
      const session = await db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
      if (!session || session.expires_at <= now || now.getTime() - session.last_seen_at.getTime() > SESSION_IDLE_MS) return undefined;
      const user = await selectUser(db, { id: session.user_id });
      if (!user || user.disabled_at) return undefined;
      // Touching last_seen on every request would write constantly; once a minute is enough.
      if (now.getTime() - session.last_seen_at.getTime() > 60_000) {
        await db.updateTable('sessions').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();
      }
      const state = sessionState(user, session.mfa_verified);
      return {
        idHash,
        user: toPublicUser(user),
        state,
        csrfToken: session.csrf_token,
        expiresAt: session.expires_at,
        actor: state === 'signed_in' ? { kind: 'user', userId: user.id, email: user.email, role: user.role, via } : undefined,
      };
    },

    async verifySecondFactor(session: ResolvedSession, input: { code?: string | undefined; recoveryCode?: string | undefined }): Promise<SessionState> {
      const user = await selectUser(db, { id: session.user.id });
      if (!user || !user.totp_enabled || !user.totp_secret) throw badRequest('totp_not_enabled', 'This account has no second factor to check.');
      const actor: UserActor = { kind: 'user', userId: user.id, email: user.email, role: user.role, via: 'web' };
      if (input.code) {
        const step = matchTotp(user.totp_secret, input.code, clock.now(), user.totp_last_step);
        if (step === undefined) {
          await recordFailedLogin(actor, user.email, user, 'wrong_totp');
          throw new AppError('invalid_totp', 401, 'That code is wrong or was used already. Enter the current code from your app.');
        }
        return mutations.run(actor, async (trx) => {
          await trx.updateTable('users').set({ totp_last_step: step }).where('id', '=', user.id).execute();
          await trx.updateTable('sessions').set({ mfa_verified: true }).where('id_hash', '=', session.idHash).execute();
          return { result: 'signed_in' as const, audit: { action: 'auth.totp_verified', subject: { type: 'user', id: user.id } } };
        });
      }
      if (input.recoveryCode) {
        const hash = secretHash(input.recoveryCode.trim().toLowerCase());
        const code = await db.selectFrom('recovery_codes').selectAll().where('user_id', '=', user.id).where('code_hash', '=', hash).where('used_at', 'is', null).executeTakeFirst();
        if (!code) {
          await recordFailedLogin(actor, user.email, user, 'wrong_recovery_code');
          throw new AppError('invalid_recovery_code', 401, 'That recovery code is wrong or was used already.');
        }
        return mutations.run(actor, async (trx) => {
          await trx.updateTable('recovery_codes').set({ used_at: clock.now() }).where('id', '=', code.id).execute();
          await trx.updateTable('sessions').set({ mfa_verified: true }).where('id_hash', '=', session.idHash).execute();
          return { result: 'signed_in' as const, audit: { action: 'auth.recovery_code_used', subject: { type: 'user', id: user.id } } };
        });
      }
      throw badRequest('code_required', 'Send the code from your authenticator app, or a recovery code.');
    },

    /** Starts (or restarts, while not yet confirmed) TOTP enrolment; returns the secret for the QR code. */
    async beginTotpEnrolment(session: ResolvedSession): Promise<{ secret: string; uri: string }> {
      if (session.state === 'totp_required') throw unauthenticated('Enter your current code first.');
      const user = await selectUser(db, { id: session.user.id });
      if (!user) throw unauthenticated();
      if (user.totp_enabled) throw conflict('totp_already_enabled', 'A second factor is enabled already.');
      const secret = newTotpSecret();
      const actor: UserActor = { kind: 'user', userId: user.id, email: user.email, role: user.role, via: 'web' };
      await mutations.run(actor, async (trx) => {
        await trx.updateTable('users').set({ totp_secret: secret }).where('id', '=', user.id).execute();
        return { result: undefined, audit: { action: 'auth.totp_enrolment_started', subject: { type: 'user', id: user.id } } };
      });
      return { secret, uri: totpUri(secret, user.email) };
    },

    /** Confirms enrolment with a first code; returns the recovery codes, shown this once. */
    async confirmTotpEnrolment(session: ResolvedSession, code: string): Promise<{ recoveryCodes: string[] }> {
      const user = await selectUser(db, { id: session.user.id });
      if (!user || !user.totp_secret || user.totp_enabled) throw badRequest('no_enrolment', 'Start the enrolment first.');
      const step = matchTotp(user.totp_secret, code, clock.now(), null);
      if (step === undefined) throw new AppError('invalid_totp', 400, 'That code does not match. Check the time on your device and enter the current code.');
      const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, () => randomBytes(10).toString('hex').replace(/(.{5})(?=.)/g, '$1-'));
      const actor: UserActor = { kind: 'user', userId: user.id, email: user.email, role: user.role, via: 'web' };
      await mutations.run(actor, async (trx) => {
        await trx.updateTable('users').set({ totp_enabled: true, totp_last_step: step }).where('id', '=', user.id).execute();
        await trx.deleteFrom('recovery_codes').where('user_id', '=', user.id).execute();
        await trx.insertInto('recovery_codes').values(recoveryCodes.map((value) => ({ id: randomUUID(), user_id: user.id, code_hash: secretHash(value), used_at: null }))).execute();
        await trx.updateTable('sessions').set({ mfa_verified: true }).where('id_hash', '=', session.idHash).execute();
        return { result: undefined, audit: { action: 'auth.totp_enabled', subject: { type: 'user', id: user.id } } };
      });
      return { recoveryCodes };
    },

    async logout(session: ResolvedSession): Promise<void> {
      const actor: UserActor = { kind: 'user', userId: session.user.id, email: session.user.email, role: session.user.role, via: 'web' };
      await mutations.run(actor, async (trx) => {
        await trx.deleteFrom('sessions').where('id_hash', '=', session.idHash).execute();
        return { result: undefined, audit: { action: 'auth.logout', subject: { type: 'user', id: session.user.id } } };
      });
    },

    async createApiToken(actor: Actor, input: { name: string; scopes: readonly string[]; expiresInDays: number }): Promise<{ token: string; info: ApiTokenInfo }> {
      accountPolicy.assert(actor, 'token.manage_own');
      const owner = actor as UserActor;
      const scopes = [...new Set(input.scopes)];
      const unknown = scopes.filter((scope) => !(SCOPES as readonly string[]).includes(scope));
      if (unknown.length > 0 || scopes.length === 0) throw badRequest('invalid_scopes', `Scopes must be some of ${SCOPES.join(', ')}; got ${scopes.join(', ') || 'none'}.`);
      // A token can narrow its parent token's rights, never widen them.
      if (owner.scopes && scopes.some((scope) => !owner.scopes!.includes(scope))) throw badRequest('scope_escalation', 'A token cannot create a token with more scopes than it has.');
      if (!Number.isInteger(input.expiresInDays) || input.expiresInDays < 1 || input.expiresInDays > MAX_TOKEN_DAYS) {
        throw badRequest('invalid_expiry', `A token expires after 1 to ${MAX_TOKEN_DAYS} days.`);
      }
      const token = newSecret('xst');
      const now = clock.now();
      const row = { id: randomUUID(), user_id: owner.userId, name: input.name.trim().slice(0, 100) || 'token', token_hash: secretHash(token), scopes: scopes as Scope[], created_at: now, expires_at: new Date(now.getTime() + input.expiresInDays * DAY_MS), revoked_at: null, last_used_at: null };
      await mutations.run(actor, async (trx) => {
        await trx.insertInto('api_tokens').values(row).execute();
        return { result: undefined, audit: { action: 'token.create', subject: { type: 'api_token', id: row.id }, details: { name: row.name, scopes, expiresAt: row.expires_at.toISOString() } } };
      });
      return { token, info: { id: row.id, name: row.name, scopes: row.scopes, createdAt: now, expiresAt: row.expires_at, revokedAt: null, lastUsedAt: null } };
    },

    async listApiTokens(actor: Actor): Promise<ApiTokenInfo[]> {
      accountPolicy.assert(actor, 'token.manage_own');
      const rows = await db.selectFrom('api_tokens').selectAll().where('user_id', '=', (actor as UserActor).userId).orderBy('created_at', 'desc').execute();
      return rows.map((row) => ({ id: row.id, name: row.name, scopes: row.scopes as Scope[], createdAt: row.created_at, expiresAt: row.expires_at, revokedAt: row.revoked_at, lastUsedAt: row.last_used_at }));
    },

    async revokeApiToken(actor: Actor, id: string): Promise<void> {
      accountPolicy.assert(actor, 'token.manage_own');
      await mutations.run(actor, async (trx) => {
        const row = await trx.selectFrom('api_tokens').select(['id', 'revoked_at']).where('id', '=', id).where('user_id', '=', (actor as UserActor).userId).executeTakeFirst();
        if (!row) throw notFound('That token');
        await trx.updateTable('api_tokens').set({ revoked_at: row.revoked_at ?? clock.now() }).where('id', '=', id).execute();
        return { result: undefined, audit: { action: 'token.revoke', subject: { type: 'api_token', id } } };
      });
    },

    /** The actor behind a bearer token; undefined when unknown, revoked, expired, or its owner is disabled. */
    async resolveApiToken(token: string): Promise<UserActor | undefined> {
      const now = clock.now();
      const row = await db
        .selectFrom('api_tokens')
        .innerJoin('users', 'users.id', 'api_tokens.user_id')
        .select(['api_tokens.id', 'api_tokens.scopes', 'api_tokens.expires_at', 'api_tokens.revoked_at', 'api_tokens.last_used_at', 'users.id as user_id', 'users.email', 'users.role', 'users.disabled_at'])
        .where('api_tokens.token_hash', '=', secretHash(token))
        .executeTakeFirst();
      if (!row || row.revoked_at || row.expires_at <= now || row.disabled_at) return undefined;
      if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > 60_000) {
        await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.id).execute();
      }
      return { kind: 'user', userId: row.user_id, email: row.email, role: row.role, via: 'api', scopes: row.scopes };
    },

    /** Removes expired sessions and setup links; run by a scheduled job. */
    async cleanupExpired(actor: Actor): Promise<{ sessions: number; setupTokens: number }> {
      const now = clock.now();
      const idleCutoff = new Date(now.getTime() - SESSION_IDLE_MS);
      return mutations.run(actor, async (trx) => {
        const sessions = await trx.deleteFrom('sessions').where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<', idleCutoff)])).executeTakeFirst();
        const setupTokens = await trx.deleteFrom('setup_tokens').where((eb) => eb.or([eb('expires_at', '<=', now), eb('used_at', 'is not', null)])).executeTakeFirst();
        const result = { sessions: Number(sessions.numDeletedRows), setupTokens: Number(setupTokens.numDeletedRows) };
        return { result, audit: { action: 'accounts.cleanup', details: result } };
      });
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
