import { isIP } from 'node:net';
import { toAsciiDomain } from '@xmppsec/scanner';
import { badRequest } from '../../errors.ts';

/** Longer input is refused before any parsing: a domain name has at most 253 characters, IDNs a few more as U-labels. */
export const MAX_DOMAIN_INPUT = 300;

/**
 * The observatory's form of a domain (IDNA A-labels, lower case, no trailing dot) or a 400 that
 * says what is wrong. Addresses are refused: XMPP servers are found by domain, and an address
 * literal would let anyone point the scanner at any host.
 */
export function parseDomainInput(input: string): string {
  const text = input.trim();
  if (text.length === 0) throw badRequest('invalid_domain', 'Give a domain name, such as example.org.');
  if (text.length > MAX_DOMAIN_INPUT) throw badRequest('invalid_domain', `A domain name has at most 253 characters; this one has ${text.length}.`);
  const unbracketed = text.replace(/^\[(.*)\]$/, '$1');
  if (isIP(unbracketed) !== 0 || /^[0-9.]+$/.test(text)) {
    throw badRequest('invalid_domain', `${JSON.stringify(text.slice(0, 64))} is an IP address; the observatory scans XMPP domains (such as example.org), found through DNS.`);
  }
  const ascii = toAsciiDomain(text);
  if (ascii === null) throw badRequest('invalid_domain', `${JSON.stringify(text.slice(0, 64))} is not a valid domain name.`);
  if (!ascii.includes('.')) throw badRequest('invalid_domain', `${JSON.stringify(ascii)} has a single label; give a fully qualified domain such as example.org.`);
  return ascii;
}

