/**
 * TLS cipher suites by OpenSSL name: the candidates the scanner offers when enumerating
 * what a server accepts, and a classification of each (forward secrecy, AEAD, strength,
 * known weaknesses). PSK and SRP suites are left out: they need pre-shared secrets.
 */
import type { CipherSuite } from '../report/types.ts';

/** TLS 1.2-and-older suites; names this OpenSSL does not know are ignored by it. */
export const TLS12_CANDIDATES: readonly string[] = [
  'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES256-GCM-SHA384', 'DHE-DSS-AES256-GCM-SHA384', 'DHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305', 'ECDHE-RSA-CHACHA20-POLY1305', 'DHE-RSA-CHACHA20-POLY1305',
  'ECDHE-ECDSA-AES256-CCM8', 'ECDHE-ECDSA-AES256-CCM', 'DHE-RSA-AES256-CCM8', 'DHE-RSA-AES256-CCM',
  'ECDHE-ECDSA-ARIA256-GCM-SHA384', 'ECDHE-ARIA256-GCM-SHA384', 'DHE-DSS-ARIA256-GCM-SHA384', 'DHE-RSA-ARIA256-GCM-SHA384', 'ADH-AES256-GCM-SHA384',
  'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'DHE-DSS-AES128-GCM-SHA256', 'DHE-RSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES128-CCM8', 'ECDHE-ECDSA-AES128-CCM', 'DHE-RSA-AES128-CCM8', 'DHE-RSA-AES128-CCM',
  'ECDHE-ECDSA-ARIA128-GCM-SHA256', 'ECDHE-ARIA128-GCM-SHA256', 'DHE-DSS-ARIA128-GCM-SHA256', 'DHE-RSA-ARIA128-GCM-SHA256', 'ADH-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES256-SHA384', 'ECDHE-RSA-AES256-SHA384', 'DHE-RSA-AES256-SHA256', 'DHE-DSS-AES256-SHA256',
  'ECDHE-ECDSA-CAMELLIA256-SHA384', 'ECDHE-RSA-CAMELLIA256-SHA384', 'DHE-RSA-CAMELLIA256-SHA256', 'DHE-DSS-CAMELLIA256-SHA256',
  'ADH-AES256-SHA256', 'ADH-CAMELLIA256-SHA256',
  'ECDHE-ECDSA-AES128-SHA256', 'ECDHE-RSA-AES128-SHA256', 'DHE-RSA-AES128-SHA256', 'DHE-DSS-AES128-SHA256',
  'ECDHE-ECDSA-CAMELLIA128-SHA256', 'ECDHE-RSA-CAMELLIA128-SHA256', 'DHE-RSA-CAMELLIA128-SHA256', 'DHE-DSS-CAMELLIA128-SHA256',
  'ADH-AES128-SHA256', 'ADH-CAMELLIA128-SHA256',
  'ECDHE-ECDSA-AES256-SHA', 'ECDHE-RSA-AES256-SHA', 'DHE-RSA-AES256-SHA', 'DHE-DSS-AES256-SHA', 'DHE-RSA-CAMELLIA256-SHA', 'DHE-DSS-CAMELLIA256-SHA',
  'AECDH-AES256-SHA', 'ADH-AES256-SHA', 'ADH-CAMELLIA256-SHA',
  'ECDHE-ECDSA-AES128-SHA', 'ECDHE-RSA-AES128-SHA', 'DHE-RSA-AES128-SHA', 'DHE-DSS-AES128-SHA', 'DHE-RSA-CAMELLIA128-SHA', 'DHE-DSS-CAMELLIA128-SHA',
  'AECDH-AES128-SHA', 'ADH-AES128-SHA', 'ADH-CAMELLIA128-SHA',
  'AES256-GCM-SHA384', 'AES256-CCM8', 'AES256-CCM', 'ARIA256-GCM-SHA384', 'AES128-GCM-SHA256', 'AES128-CCM8', 'AES128-CCM', 'ARIA128-GCM-SHA256',
  'AES256-SHA256', 'CAMELLIA256-SHA256', 'AES128-SHA256', 'CAMELLIA128-SHA256', 'AES256-SHA', 'CAMELLIA256-SHA', 'AES128-SHA', 'CAMELLIA128-SHA',
  'SEED-SHA', 'IDEA-CBC-SHA',
  'ECDHE-RSA-DES-CBC3-SHA', 'ECDHE-ECDSA-DES-CBC3-SHA', 'EDH-RSA-DES-CBC3-SHA', 'DES-CBC3-SHA', 'ADH-DES-CBC3-SHA',
  'ECDHE-RSA-RC4-SHA', 'ECDHE-ECDSA-RC4-SHA', 'RC4-SHA', 'RC4-MD5', 'ADH-RC4-MD5',
  'EDH-RSA-DES-CBC-SHA', 'DES-CBC-SHA', 'EXP-RC4-MD5', 'EXP-DES-CBC-SHA', 'EXP-EDH-RSA-DES-CBC-SHA',
  'ECDHE-ECDSA-NULL-SHA', 'ECDHE-RSA-NULL-SHA', 'AECDH-NULL-SHA', 'NULL-SHA256', 'NULL-SHA', 'NULL-MD5',
];

export const TLS13_SUITES: readonly string[] = [
  'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'TLS_AES_128_GCM_SHA256', 'TLS_AES_128_CCM_SHA256', 'TLS_AES_128_CCM_8_SHA256',
];

function symmetricBits(name: string): number {
  if (/NULL/.test(name)) return 0;
  if (/^EXP/.test(name)) return 40;
  if (/DES-CBC3|3DES/.test(name)) return 112;
  if (/DES-CBC/.test(name)) return 56;
  if (/AES_256|AES256|CHACHA20|CAMELLIA256|ARIA256/.test(name)) return 256;
  return 128;
}

export function classifyCipher(name: string, standardName: string | null = null): CipherSuite {
  const tls13 = name.startsWith('TLS_');
  const anonymous = /^(ADH|AECDH)-/.test(name) || /_anon_/.test(name);
  const weakness: CipherSuite['weakness'] =
    /NULL/.test(name) ? 'null'
      : anonymous ? 'anonymous'
        : /^EXP/.test(name) ? 'export'
          : /DES-CBC3|3DES/.test(name) ? '3des'
            : /DES-CBC/.test(name) ? 'des'
              : /RC4/.test(name) ? 'rc4'
                : null;
  return {
    name,
    standardName,
    forwardSecrecy: tls13 || (!anonymous && /^(ECDHE|DHE|EDH)-/.test(name)),
    aead: tls13 || /GCM|CHACHA20-POLY1305|CCM/.test(name),
    bits: symmetricBits(name),
    weakness,
  };
}
