import { badRequest } from '../../errors.ts';
import type { MaintainerFields } from './directory-types.ts';

/** Checks and normalises the values people type into the directory; each refusal names the field. */

const HTTP_URL_MAX = 2000;

export function httpUrl(field: string, value: string): string {
  const trimmed = value.trim();
  if (trimmed.length > HTTP_URL_MAX || !URL.canParse(trimmed) || !['http:', 'https:'].includes(new URL(trimmed).protocol)) {
    throw badRequest('invalid_url', `${field} must be an http(s) URL.`);
  }
  return trimmed;
}

export function boundedText(field: string, value: string, max: number, allowEmpty = false): string {
  const trimmed = value.trim();
  if ((!allowEmpty && trimmed === '') || trimmed.length > max || trimmed.includes('\u0000')) {
    throw badRequest('invalid_field', `${field} must be ${allowEmpty ? 'at most' : '1 to'} ${max} characters.`);
  }
  return trimmed;
}

export const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const JID = /^(?:[^\s@/<>'"&]+@)?[^\s@/<>'"&]+\.[^\s@/<>'"&]+$/;

export function securityContactValue(value: string): string {
  const trimmed = value.trim();
  const ok = EMAIL.test(trimmed) || (URL.canParse(trimmed) && ['https:', 'http:', 'mailto:', 'xmpp:'].includes(new URL(trimmed).protocol));
  if (!ok || trimmed.length > 500) throw badRequest('invalid_security_contact', 'The security contact must be an e-mail address or an https, mailto or xmpp URI.');
  return trimmed;
}

export function openpgpKeyValue(value: string): string {
  const trimmed = value.trim();
  const fingerprint = trimmed.replace(/\s+/g, '').toUpperCase();
  if (/^[0-9A-F]{40}$|^[0-9A-F]{64}$/.test(fingerprint)) return fingerprint;
  if (trimmed.startsWith('-----BEGIN PGP PUBLIC KEY BLOCK-----') && trimmed.endsWith('-----END PGP PUBLIC KEY BLOCK-----') && trimmed.length <= 64 * 1024) return trimmed;
  throw badRequest('invalid_openpgp_key', 'The OpenPGP key must be a fingerprint (40 or 64 hex digits) or an ASCII-armoured public key block (at most 64 KB).');
}

export function nullable<T>(value: T | null | undefined, check: (value: T) => T): T | null | undefined {
  return value === undefined ? undefined : value === null ? null : check(value);
}

export function maintainerValues(input: MaintainerFields) {
  return {
    ...(input.contactEmail !== undefined ? { contact_email: nullable(input.contactEmail, (v) => {
      const email = v.trim();
      if (!EMAIL.test(email) || email.length > 254) throw badRequest('invalid_email', `"${v}" is not an e-mail address.`);
      return email;
    }) ?? null } : {}),
    ...(input.xmppAddress !== undefined ? { xmpp_address: nullable(input.xmppAddress, (v) => {
      const jid = v.trim();
      if (!JID.test(jid) || jid.length > 300) throw badRequest('invalid_xmpp_address', `"${v}" is not an XMPP address.`);
      return jid;
    }) ?? null } : {}),
    ...(input.securityContact !== undefined ? { security_contact: input.securityContact } : {}),
    ...(input.openpgpKey !== undefined ? { openpgp_key: nullable(input.openpgpKey, openpgpKeyValue) ?? null } : {}),
  };
}
