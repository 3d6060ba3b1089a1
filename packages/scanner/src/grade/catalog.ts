/**
 * Every finding the grader can raise: its severity, the grade it caps and how to fix it on
 * the two most common servers. Prosody advice targets 0.12, ejabberd advice 23.x.
 */
import type { FindingFix, Grade, Severity } from '../report/types.ts';

export interface CatalogEntry {
  severity: Severity;
  title: string;
  cap: Grade | null;
  fix: FindingFix;
}

const MOZILLA_CIPHERS = 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305';

const protocolFix: FindingFix = {
  prosody: 'In prosody.cfg.lua set `ssl = { protocol = "tlsv1_2+" }` (the 0.12 default; remove any older `protocol` or `options` override) and restart.',
  ejabberd: 'In ejabberd.yml set `c2s_protocol_options` and `s2s_protocol_options` (and `protocol_options` on any listener with `tls: true`) to `[no_sslv2, no_sslv3, no_tlsv1, no_tlsv1_1, cipher_server_preference, no_compression]`.',
  general: 'Accept TLS 1.2 and 1.3 only.',
};

const cipherFix: FindingFix = {
  prosody: `In prosody.cfg.lua set \`ssl = { ciphers = "${MOZILLA_CIPHERS}" }\`.`,
  ejabberd: `In ejabberd.yml set \`c2s_ciphers\` and \`s2s_ciphers\` to "${MOZILLA_CIPHERS}".`,
  general: 'Offer only ECDHE key exchange with AES-GCM or ChaCha20-Poly1305 (Mozilla "intermediate").',
};

const certificateFix = (what: string): FindingFix => ({
  prosody: `${what} Put the certificate with its full chain and key where Prosody finds them (\`prosodyctl --root cert import /etc/letsencrypt/live\` or \`certificates = "certs"\`), then \`prosodyctl check certs\` and restart.`,
  ejabberd: `${what} List the chain and key under \`certfiles:\` in ejabberd.yml (or enable \`acme:\`), then \`ejabberdctl reload_config\`.`,
  general: what,
});

const identityFix: FindingFix = {
  prosody: 'Get a certificate whose subjectAltName holds the XMPP domain itself (a DNS-ID for the domain, not only for the SRV target host), e.g. `certbot certonly -d example.org -d conference.example.org`, then `prosodyctl --root cert import /etc/letsencrypt/live`; `prosodyctl check certs` shows which names a certificate covers.',
  ejabberd: 'Get a certificate whose subjectAltName holds the XMPP domain itself (not only the SRV target host), e.g. with `acme:` in ejabberd.yml or certbot, and list it under `certfiles:`; `ejabberdctl list_certificates` shows which names are covered.',
  general: 'XMPP clients and servers check the certificate against the domain of the address (RFC 6120 §13.7.1.2), never against the host name from SRV unless DNSSEC and DANE prove the delegation.',
};

const requireTlsFix: FindingFix = {
  prosody: 'Set `c2s_require_encryption = true` and `s2s_require_encryption = true` in prosody.cfg.lua (both are the 0.12 defaults; remove any override).',
  ejabberd: 'On the ejabberd_c2s listener set `starttls_required: true`; for federation set `s2s_use_starttls: required`.',
  general: 'Refuse to continue a stream that has not negotiated TLS, so a man in the middle cannot strip STARTTLS.',
};

export const CATALOG = {
  'no-tls': {
    severity: 'critical', title: 'No TLS', cap: 'F',
    fix: {
      prosody: 'Install a certificate for the domain (`prosodyctl --root cert import …`); mod_tls is enabled by default, and set `c2s_require_encryption = true` and `s2s_require_encryption = true`.',
      ejabberd: 'List a certificate under `certfiles:` and set `starttls: true` and `starttls_required: true` on the ejabberd_c2s listener; set `s2s_use_starttls: required`.',
      general: 'Offer and require STARTTLS (or direct TLS).',
    },
  },
  'tls-handshake-failed': {
    severity: 'critical', title: 'TLS handshake failed', cap: 'F',
    fix: certificateFix('Check that a certificate and key are configured for this domain and that the server logs no TLS errors.'),
  },
  'starttls-not-required': { severity: 'error', title: 'STARTTLS is offered but not required', cap: 'B', fix: requireTlsFix },
  'plain-before-tls': {
    severity: 'critical', title: 'Plaintext password authentication offered before TLS', cap: 'F',
    fix: {
      prosody: 'Remove `allow_unencrypted_plain_auth = true` and set `c2s_require_encryption = true` in prosody.cfg.lua.',
      ejabberd: 'Set `starttls_required: true` on the ejabberd_c2s listener so no SASL mechanism is offered before TLS.',
      general: 'Never offer PLAIN or LOGIN on an unencrypted stream: passwords would cross the network in the clear.',
    },
  },
  'sasl-before-tls': { severity: 'warning', title: 'SASL mechanisms offered before TLS', cap: null, fix: requireTlsFix },
  'stream-compression': {
    severity: 'warning', title: 'Stream compression (XEP-0138) offered', cap: 'C',
    fix: {
      prosody: 'Remove "compression" from modules_enabled in prosody.cfg.lua.',
      ejabberd: 'Set `zlib: false` on every ejabberd_c2s listener and `s2s_zlib: false` in ejabberd.yml.',
      general: 'Compression under encryption leaks content (CRIME-style attacks); XEP-0138 is deprecated for this reason.',
    },
  },
  'tls-compression': {
    severity: 'error', title: 'TLS compression accepted (CRIME)', cap: 'C',
    fix: {
      prosody: 'Upgrade LuaSec/OpenSSL (current OpenSSL builds have no TLS compression) or add `options = { "no_compression" }` to the `ssl` table.',
      ejabberd: 'Set `c2s_tls_compression: false` and `s2s_tls_compression: false` in ejabberd.yml (and keep `no_compression` in `c2s_protocol_options` and `s2s_protocol_options`).',
      general: 'Compression before encryption lets an attacker who injects data learn secrets from the ciphertext length.',
    },
  },
  'sslv3': { severity: 'critical', title: 'SSL 3.0 accepted', cap: 'F', fix: protocolFix },
  'tls1.0': { severity: 'error', title: 'TLS 1.0 accepted', cap: 'B', fix: protocolFix },
  'tls1.1': { severity: 'error', title: 'TLS 1.1 accepted', cap: 'B', fix: protocolFix },
  'no-tls1.2': { severity: 'error', title: 'TLS 1.2 not supported', cap: 'C', fix: protocolFix },
  'no-tls1.3': {
    severity: 'warning', title: 'TLS 1.3 not supported', cap: null,
    fix: {
      prosody: 'Use Prosody 0.12 with LuaSec 1.0 or later and OpenSSL 1.1.1 or later; keep `protocol = "tlsv1_2+"`.',
      ejabberd: 'Use ejabberd 21.x or later on Erlang/OTP 22 or later; do not list `no_tlsv1_3` in protocol options.',
      general: 'TLS 1.3 removes obsolete key exchanges and encrypts the certificate.',
    },
  },
  'cipher-null': { severity: 'critical', title: 'NULL cipher accepted (no encryption)', cap: 'F', fix: cipherFix },
  'cipher-anonymous': { severity: 'critical', title: 'Anonymous cipher accepted (no server authentication)', cap: 'F', fix: cipherFix },
  'cipher-export': { severity: 'critical', title: 'Export-grade cipher accepted', cap: 'F', fix: cipherFix },
  'cipher-weak': { severity: 'critical', title: 'Cipher below 112 bits accepted', cap: 'F', fix: cipherFix },
  'cipher-rc4': { severity: 'error', title: 'RC4 cipher accepted', cap: 'C', fix: cipherFix },
  'cipher-3des': { severity: 'error', title: '3DES cipher accepted (Sweet32)', cap: 'C', fix: cipherFix },
  'no-forward-secrecy': { severity: 'error', title: 'No forward secrecy with a modern client', cap: 'B', fix: cipherFix },
  'non-fs-ciphers': { severity: 'warning', title: 'Cipher suites without forward secrecy accepted', cap: null, fix: cipherFix },
  'no-aead': { severity: 'error', title: 'No AEAD cipher negotiated with a modern client', cap: 'B', fix: cipherFix },
  'cbc-ciphers': { severity: 'warning', title: 'CBC-mode cipher suites accepted', cap: null, fix: cipherFix },
  'weak-dh': {
    severity: 'error', title: 'Diffie-Hellman group below 2048 bits', cap: 'B',
    fix: {
      prosody: 'Generate parameters with `openssl dhparam -out /etc/prosody/certs/dh-2048.pem 2048` and set `ssl = { dhparam = "/etc/prosody/certs/dh-2048.pem" }`, or offer only ECDHE suites.',
      ejabberd: 'Set `c2s_dhfile` and `s2s_dhfile` to a file made with `openssl dhparam -out dh.pem 2048`, or offer only ECDHE suites.',
      general: 'Use ECDHE, or DHE with at least 2048-bit groups.',
    },
  },
  'broken-dh': {
    severity: 'critical', title: 'Diffie-Hellman group below 1024 bits', cap: 'F',
    fix: {
      prosody: 'Remove the `dhparam` setting (Prosody then offers only ECDHE) or point it at a 2048-bit file from `openssl dhparam -out dh-2048.pem 2048`.',
      ejabberd: 'Remove `c2s_dhfile`/`s2s_dhfile` or point them at a 2048-bit file from `openssl dhparam -out dh.pem 2048`.',
      general: 'A DH group this small can be broken by a single well-funded attacker.',
    },
  },
  'key-too-small': { severity: 'error', title: 'Certificate key too small', cap: 'B', fix: certificateFix('Issue a new certificate with an RSA key of at least 2048 bits or an ECDSA P-256 key.') },
  'key-broken': { severity: 'critical', title: 'Certificate key below 1024 bits', cap: 'F', fix: certificateFix('Issue a new certificate with an RSA key of at least 2048 bits or an ECDSA P-256 key.') },
  'signature-md5': { severity: 'critical', title: 'Certificate signed with MD5', cap: 'F', fix: certificateFix('Replace the certificate (and intermediate) with one signed using SHA-256 or better.') },
  'signature-sha1': { severity: 'error', title: 'Certificate signed with SHA-1', cap: 'C', fix: certificateFix('Replace the certificate (and intermediate) with one signed using SHA-256 or better.') },
  'untrusted-self-signed': { severity: 'critical', title: 'Self-signed certificate', cap: 'T', fix: certificateFix('Replace the self-signed certificate with one from a public CA (e.g. Let\'s Encrypt).') },
  'untrusted-issuer': { severity: 'critical', title: 'Certificate chain not trusted', cap: 'T', fix: certificateFix('Use a certificate from a public CA and send the intermediate certificates with it (the full chain file).') },
  'untrusted-purpose': { severity: 'critical', title: 'Certificate not valid for TLS servers (extended key usage)', cap: 'T', fix: certificateFix('Use a certificate whose extended key usage includes serverAuth.') },
  'certificate-expired': { severity: 'critical', title: 'Certificate expired', cap: 'T', fix: certificateFix('Renew the certificate and set up automatic renewal (certbot timer or ejabberd `acme:`); Prosody reloads with `prosodyctl reload`.') },
  'certificate-not-yet-valid': { severity: 'critical', title: 'Certificate not yet valid', cap: 'T', fix: certificateFix('Check the server clock and the certificate\'s notBefore date.') },
  'identity-mismatch': { severity: 'critical', title: 'Certificate does not match the XMPP domain', cap: 'T', fix: identityFix },
  'identity-cn-only': { severity: 'warning', title: 'Domain matched only by the legacy subject CN', cap: null, fix: identityFix },
  'identity-problem': {
    severity: 'info', title: 'Questionable identifier in the certificate', cap: null,
    fix: {
      prosody: 'Nothing breaks while another identifier matches; when the certificate is next renewed, list only plain DNS names (and, optionally, SRV-IDs and XmppAddrs) for the XMPP domains it serves.',
      ejabberd: 'Nothing breaks while another identifier matches; when the certificate is next renewed, list only plain DNS names for the XMPP domains it serves.',
      general: 'Clients ignore malformed wildcards, XmppAddrs with a local part and identifiers for the other service.',
    },
  },
  'expires-soon': { severity: 'warning', title: 'Certificate expires soon', cap: null, fix: certificateFix('Renew the certificate and automate renewal.') },
  'long-validity': {
    severity: 'info', title: 'Certificate valid for more than 398 days', cap: null,
    fix: certificateFix('Prefer short-lived certificates renewed automatically (Let\'s Encrypt: 90 days).'),
  },
  'eku-no-client-auth': {
    severity: 'info', title: 'Certificate lacks the clientAuth extended key usage', cap: null,
    fix: {
      prosody: 'Only matters when this server opens s2s connections to peers that insist on clientAuth; Let\'s Encrypt no longer issues it, so those peers fall back to dialback.',
      ejabberd: 'Only matters when this server opens s2s connections to peers that insist on clientAuth.',
      general: 'For s2s the initiating server presents its certificate as a TLS client certificate.',
    },
  },
  'ocsp-not-stapled': {
    severity: 'info', title: 'No OCSP response stapled', cap: null,
    fix: {
      prosody: 'Prosody 0.12 cannot staple OCSP responses; nothing to change.',
      ejabberd: 'ejabberd does not staple OCSP responses; nothing to change.',
      general: 'Stapling saves clients an OCSP lookup; XMPP clients rarely check revocation at all, and Let\'s Encrypt has stopped running OCSP.',
    },
  },
  's2s-dialback-only': {
    severity: 'error', title: 'Server-to-server authentication by dialback only', cap: 'B',
    fix: {
      prosody: 'Keep mod_s2s_auth_certs enabled (do not list it in modules_disabled), point `ssl = { cafile = "/etc/ssl/certs/ca-certificates.crt" }` at the system trust store and consider `s2s_secure_auth = true`.',
      ejabberd: 'Keep certificate verification on (`s2s_use_starttls: required`, a `s2s_cafile` of trusted roots) so peers can authenticate with SASL EXTERNAL.',
      general: 'Dialback proves only control of DNS; a peer with a valid certificate should be authenticated with SASL EXTERNAL (XEP-0178).',
    },
  },
  'dane-mismatch': {
    severity: 'critical', title: 'DNSSEC-validated TLSA records do not match the certificate', cap: 'T',
    fix: {
      prosody: 'Publish TLSA records for the certificate Prosody actually serves (`openssl x509 -pubkey` → SHA-256 of the SPKI for `3 1 1`), and roll TLSA before replacing the key.',
      ejabberd: 'Publish TLSA records for the certificate ejabberd actually serves, and roll TLSA before replacing the key.',
      general: 'DANE-validating peers refuse to connect when no TLSA record matches.',
    },
  },
  'dane-not-validated': {
    severity: 'warning', title: 'TLSA records without DNSSEC validation', cap: null,
    fix: {
      prosody: 'Sign the zone holding the TLSA records with DNSSEC (and publish the DS record at the parent); until then peers ignore them.',
      ejabberd: 'Sign the zone holding the TLSA records with DNSSEC (and publish the DS record at the parent); until then peers ignore them.',
      general: 'TLSA records count only when a validating resolver vouches for them (the AD bit); the scan used the resolver it was given.',
    },
  },
  'no-dane': {
    severity: 'info', title: 'No DNSSEC-validated DANE', cap: null,
    fix: {
      prosody: 'Sign the zone with DNSSEC and publish `_5222._tcp.<host> TLSA 3 1 1 <sha256 of SPKI>` (and for 5269); Prosody needs nothing else.',
      ejabberd: 'Sign the zone with DNSSEC and publish TLSA records for each XMPP port; ejabberd needs nothing else.',
      general: 'DNSSEC-validated DANE (RFC 7673) lets peers authenticate the server without trusting every public CA; it is required for A+.',
    },
  },
  'stream-broken': {
    severity: 'critical', title: 'XMPP stream could not be completed', cap: 'F',
    fix: {
      prosody: 'Check the Prosody log for the connection (`prosodyctl check` helps) and that nothing but Prosody listens on the port the SRV record names.',
      ejabberd: 'Check ejabberd.log for the connection and that an ejabberd_c2s/ejabberd_s2s_in listener (not another service) is on the port the SRV record names.',
      general: 'The server did not complete an XMPP stream within the scanner\'s limits; clients will fail the same way.',
    },
  },
  'peer-limit': {
    severity: 'error', title: 'Peer exceeded a scanner limit', cap: null,
    fix: {
      prosody: 'A well-behaved Prosody never trips these limits: look for a proxy, load balancer or different service on the port, or an overloaded host.',
      ejabberd: 'A well-behaved ejabberd never trips these limits: look for a proxy, load balancer or different service on the port, or an overloaded host.',
      general: 'The peer was too slow, sent too much, or sent XML that XMPP forbids (DTDs, entities, comments).',
    },
  },
  'direct-tls-no-alpn': {
    severity: 'info', title: 'Direct TLS without ALPN', cap: null,
    fix: {
      prosody: 'Newer Prosody releases select ALPN `xmpp-client`/`xmpp-server` on direct TLS ports; 0.12 does not, which clients tolerate.',
      ejabberd: 'Clients tolerate its absence; nothing to change unless a TLS proxy in front needs ALPN to route.',
      general: 'XEP-0368 asks servers to select the ALPN protocol so that one port can be shared with other TLS services.',
    },
  },
  'unreachable': {
    severity: 'warning', title: 'Target unreachable', cap: null,
    fix: {
      prosody: 'Make Prosody listen on every address the DNS publishes (`interfaces`), open the firewall, or remove stale SRV/A/AAAA records.',
      ejabberd: 'Make ejabberd listen on every address the DNS publishes (`ip: "::"` on the listener), open the firewall, or remove stale SRV/A/AAAA records.',
      general: 'Clients that try this target first will wait for a timeout before falling back.',
    },
  },
  'no-srv': {
    severity: 'info', title: 'No SRV records; fell back to the domain', cap: null,
    fix: {
      prosody: 'Publish `_xmpp-client._tcp` and `_xmpp-server._tcp` SRV records naming the Prosody host and ports 5222/5269.',
      ejabberd: 'Publish `_xmpp-client._tcp` and `_xmpp-server._tcp` SRV records naming the ejabberd host and ports 5222/5269.',
      general: 'Without SRV, peers connect to the domain itself on the default ports (RFC 6120 §3.2).',
    },
  },
  'srv-disabled': {
    severity: 'info', title: 'Service explicitly disabled in SRV', cap: null,
    fix: {
      prosody: 'Intentional? Then nothing to do; otherwise replace the "." target with the Prosody host.',
      ejabberd: 'Intentional? Then nothing to do; otherwise replace the "." target with the ejabberd host.',
      general: 'A single SRV record with target "." says the service is not offered (RFC 2782).',
    },
  },
  'srv-target-cname': {
    severity: 'warning', title: 'SRV target is an alias (CNAME)', cap: null,
    fix: {
      prosody: 'Point the SRV record at the host\'s canonical name (the one with the A/AAAA records).',
      ejabberd: 'Point the SRV record at the host\'s canonical name (the one with the A/AAAA records).',
      general: 'RFC 2782 requires SRV targets to have address records; some resolvers and clients do not follow the alias.',
    },
  },
  'dns-error': {
    severity: 'warning', title: 'DNS lookup failed', cap: null,
    fix: {
      prosody: 'Check the zone with `dig` against its authoritative servers; a SERVFAIL from a validating resolver usually means broken DNSSEC.',
      ejabberd: 'Check the zone with `dig` against its authoritative servers; a SERVFAIL from a validating resolver usually means broken DNSSEC.',
      general: 'Peers that cannot resolve the service cannot connect.',
    },
  },
  'no-targets': {
    severity: 'error', title: 'No reachable target', cap: null,
    fix: {
      prosody: 'Publish SRV and address records for the Prosody host and make sure it listens on the published ports.',
      ejabberd: 'Publish SRV and address records for the ejabberd host and make sure it listens on the published ports.',
      general: 'No target answered, so there is nothing to grade.',
    },
  },
} as const satisfies Record<string, CatalogEntry>;

export type FindingCode = keyof typeof CATALOG;
