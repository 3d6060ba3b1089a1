import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { servicesAvailable } from '../fleet/services.ts';
import { classifyCipher, TLS12_CANDIDATES, TLS13_SUITES } from './cipher-suites.ts';

describe('classifyCipher', () => {
  it('classifies modern, legacy and broken suites', () => {
    expect(classifyCipher('ECDHE-ECDSA-AES128-GCM-SHA256')).toMatchObject({ forwardSecrecy: true, aead: true, bits: 128, weakness: null });
    expect(classifyCipher('ECDHE-RSA-CHACHA20-POLY1305')).toMatchObject({ forwardSecrecy: true, aead: true, bits: 256 });
    expect(classifyCipher('TLS_AES_256_GCM_SHA384')).toMatchObject({ forwardSecrecy: true, aead: true, bits: 256 });
    expect(classifyCipher('AES256-SHA')).toMatchObject({ forwardSecrecy: false, aead: false, bits: 256, weakness: null });
    expect(classifyCipher('DHE-RSA-AES128-SHA256')).toMatchObject({ forwardSecrecy: true, aead: false });
    expect(classifyCipher('ADH-AES128-GCM-SHA256')).toMatchObject({ forwardSecrecy: false, weakness: 'anonymous' });
    expect(classifyCipher('AECDH-NULL-SHA')).toMatchObject({ weakness: 'null', bits: 0 });
    expect(classifyCipher('DES-CBC3-SHA')).toMatchObject({ weakness: '3des', bits: 112 });
    expect(classifyCipher('EDH-RSA-DES-CBC-SHA')).toMatchObject({ weakness: 'des', bits: 56 });
    expect(classifyCipher('EXP-RC4-MD5')).toMatchObject({ weakness: 'export', bits: 40 });
    expect(classifyCipher('RC4-SHA')).toMatchObject({ weakness: 'rc4' });
  });

  it.skipIf(!servicesAvailable('cipher candidates vs openssl', ['openssl']))('offers every non-PSK suite this OpenSSL knows', () => {
    const known = execFileSync('openssl', ['ciphers', 'ALL:COMPLEMENTOFALL:@SECLEVEL=0'], { encoding: 'utf8' }).trim().split(':');
    const wanted = known.filter((n) => !/PSK|SRP/.test(n) && !n.startsWith('TLS_'));
    expect(wanted.filter((n) => !TLS12_CANDIDATES.includes(n))).toEqual([]);
    expect(known.filter((n) => n.startsWith('TLS_')).every((n) => TLS13_SUITES.includes(n))).toBe(true);
  });
});
