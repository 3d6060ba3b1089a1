import { domainToASCII } from 'node:url';

export class DomainNameError extends Error {
  override name = 'DomainNameError';
  readonly code = 'INVALID_DOMAIN';
}

/**
 * The comparison form of a domain: IDNA A-labels, lower case, no trailing dot.
 * Returns null for anything that is not a usable host name (addresses, empty labels, '@', '/').
 */
export function toAsciiDomain(input: string): string | null {
  const trimmed = input.trim().replace(/\.$/, '');
  if (trimmed === '' || trimmed.length > 253 || /[\s@/:[\]\\*]/.test(trimmed)) return null;
  const ascii = domainToASCII(trimmed).toLowerCase();
  if (ascii === '' || ascii.length > 253) return null;
  const labels = ascii.split('.');
  if (labels.some((l) => l.length === 0 || l.length > 63 || !/^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$/.test(l))) return null;
  if (/^[0-9.]+$/.test(ascii)) return null;
  return ascii;
}

/** Like `toAsciiDomain` but throws a user-facing error. */
export function normaliseDomain(input: string): string {
  const ascii = toAsciiDomain(input);
  if (ascii === null) throw new DomainNameError(`${JSON.stringify(input)} is not a valid domain name`);
  return ascii;
}
