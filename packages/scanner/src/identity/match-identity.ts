/**
 * XMPP certificate identity checking: RFC 6120 §13.7.1.2, RFC 6125 §6, RFC 7590 and
 * XEP-0178. The reference identity is the source domain; an SRV target host counts only
 * when the caller has proven the delegation (DNSSEC-signed SRV plus DANE, or POSH).
 */
import { toAsciiDomain } from './domain-name.ts';

export type XmppMode = 'c2s' | 's2s';

export interface PresentedIdentities {
  dnsNames: readonly string[];
  srvNames: readonly string[];
  xmppAddrs: readonly string[];
  commonNames: readonly string[];
}

export type IdentityMethod = 'dns-id' | 'dns-id-wildcard' | 'srv-id' | 'xmpp-addr' | 'cn' | 'delegated-dns-id';

export type IdentityProblemCode =
  | 'misplaced-wildcard'
  | 'wildcard-too-broad'
  | 'wildcard-not-matching-base'
  | 'non-ascii-dns-name'
  | 'invalid-dns-name'
  | 'srv-id-other-service'
  | 'xmpp-addr-not-bare-domain'
  | 'xmpp-addr-wildcard'
  | 'cn-ignored-san-present'
  | 'matches-srv-target-only';

export interface IdentityProblem {
  code: IdentityProblemCode;
  value: string;
  message: string;
}

export interface IdentityResult {
  /** The reference identity in A-label form. */
  reference: string;
  mode: XmppMode;
  matched: boolean;
  /** How it matched; null when it did not. */
  method: IdentityMethod | null;
  /** The presented identifier that matched. */
  matchedValue: string | null;
  /** True when the match came from the subject CN only (legacy, RFC 9525 drops it). */
  legacyCn: boolean;
  problems: IdentityProblem[];
}

export interface MatchOptions {
  /** SRV target hosts whose delegation is proven; accepted as DNS-ID reference identities. */
  delegatedNames?: readonly string[];
  /** SRV target hosts seen in DNS but NOT proven: reported when only they match. */
  unprovenTargets?: readonly string[];
}

type DnsIdMatch = 'exact' | 'wildcard' | null;

/** Matches one presented DNS-ID (or CN treated as one) against a reference in A-label form. */
function matchDnsId(presented: string, reference: string, problems: IdentityProblem[] | null): DnsIdMatch {
  if (/[^\x20-\x7e]/.test(presented)) {
    problems?.push({ code: 'non-ascii-dns-name', value: presented, message: 'dNSName holds non-ASCII bytes; DNS-IDs must use A-labels' });
    return null;
  }
  const value = presented.toLowerCase().replace(/\.$/, '');
  if (!value.includes('*')) {
    const ascii = toAsciiDomain(value);
    if (ascii === null) {
      problems?.push({ code: 'invalid-dns-name', value: presented, message: 'not a valid DNS name' });
      return null;
    }
    return ascii === reference ? 'exact' : null;
  }
  const labels = value.split('.');
  const [first, ...rest] = labels;
  if (first !== '*' || rest.some((l) => l.includes('*'))) {
    problems?.push({ code: 'misplaced-wildcard', value: presented, message: 'a wildcard is only valid as the entire left-most label' });
    return null;
  }
  if (rest.length < 2) {
    problems?.push({ code: 'wildcard-too-broad', value: presented, message: 'a wildcard needs at least two labels after it' });
    return null;
  }
  const base = toAsciiDomain(rest.join('.'));
  if (base === null) {
    problems?.push({ code: 'invalid-dns-name', value: presented, message: 'not a valid DNS name after the wildcard' });
    return null;
  }
  if (base === reference) {
    problems?.push({ code: 'wildcard-not-matching-base', value: presented, message: `${presented} does not cover ${reference} itself: a wildcard matches exactly one label` });
    return null;
  }
  const refLabels = reference.split('.');
  if (refLabels.length === rest.length + 1 && refLabels.slice(1).join('.') === base && (refLabels[0] as string).length > 0) return 'wildcard';
  return null;
}

export function matchIdentity(referenceInput: string, mode: XmppMode, presented: PresentedIdentities, options: MatchOptions = {}): IdentityResult {
  const reference = toAsciiDomain(referenceInput) ?? referenceInput.toLowerCase();
  const problems: IdentityProblem[] = [];
  const result = (method: IdentityMethod | null, matchedValue: string | null): IdentityResult => ({
    reference, mode, matched: method !== null, method, matchedValue, legacyCn: method === 'cn', problems,
  });
  let found: { method: IdentityMethod; value: string } | null = null;
  const take = (method: IdentityMethod, value: string) => { found ??= { method, value }; };

  // An SRV-ID for the other mode is normal beside one for this mode; it is worth a note only when nothing matched.
  const otherService: IdentityProblem[] = [];
  // SRV-ID (RFC 6125 §6.5.1): the service must be this mode's; no wildcards.
  const wanted = mode === 'c2s' ? '_xmpp-client' : '_xmpp-server';
  for (const srv of presented.srvNames) {
    const dot = srv.indexOf('.');
    if (dot < 1) continue;
    const service = srv.slice(0, dot).toLowerCase();
    const name = srv.slice(dot + 1);
    if (name.includes('*')) {
      problems.push({ code: 'misplaced-wildcard', value: srv, message: 'SRV-IDs may not contain wildcards' });
      continue;
    }
    const ascii = /[^\x20-\x7e]/.test(name) ? null : toAsciiDomain(name);
    if (ascii !== reference) continue;
    if (service === wanted) take('srv-id', srv);
    else otherService.push({ code: 'srv-id-other-service', value: srv, message: `SRV-ID is for ${service}, not ${wanted}` });
  }

  // XmppAddr (RFC 6120 §13.7.1.4): a bare domain JID only; may hold U-labels.
  for (const addr of presented.xmppAddrs) {
    if (addr.includes('@') || addr.includes('/')) {
      problems.push({ code: 'xmpp-addr-not-bare-domain', value: addr, message: 'XmppAddr identifies a server only when it is a bare domain' });
      continue;
    }
    if (addr.includes('*')) {
      problems.push({ code: 'xmpp-addr-wildcard', value: addr, message: 'XmppAddr values may not contain wildcards' });
      continue;
    }
    if (toAsciiDomain(addr) === reference) take('xmpp-addr', addr);
  }

  for (const dns of presented.dnsNames) {
    const m = matchDnsId(dns, reference, problems);
    if (m === 'exact') take('dns-id', dns);
    else if (m === 'wildcard') take('dns-id-wildcard', dns);
  }

  const hasSanIds = presented.dnsNames.length + presented.srvNames.length + presented.xmppAddrs.length > 0;
  if (!hasSanIds) {
    for (const cn of presented.commonNames) {
      if (matchDnsId(cn, reference, null) !== null) take('cn', cn);
    }
  } else if (!found && presented.commonNames.some((cn) => matchDnsId(cn, reference, null) !== null)) {
    problems.push({ code: 'cn-ignored-san-present', value: presented.commonNames.join(' '), message: 'the subject CN names the domain, but CN is ignored when subjectAltName identifiers are present' });
  }
  if (found) return result((found as { method: IdentityMethod }).method, (found as { value: string }).value);
  problems.push(...otherService);

  const candidates = presented.dnsNames.concat(hasSanIds ? [] : presented.commonNames);
  for (const delegated of options.delegatedNames ?? []) {
    const ref = toAsciiDomain(delegated);
    if (ref === null) continue;
    const hit = candidates.find((v) => matchDnsId(v, ref, null) !== null);
    if (hit !== undefined) return result('delegated-dns-id', hit);
  }
  for (const target of options.unprovenTargets ?? []) {
    const ref = toAsciiDomain(target);
    if (ref === null || ref === reference) continue;
    const hit = candidates.find((v) => matchDnsId(v, ref, null) !== null);
    if (hit !== undefined) {
      problems.push({ code: 'matches-srv-target-only', value: hit, message: `the certificate names the SRV target ${ref}, which is not an accepted identity without proven delegation (DNSSEC and DANE, or POSH)` });
      break;
    }
  }
  return result(null, null);
}
