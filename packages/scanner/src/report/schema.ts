/**
 * JSON Schema (draft-07) of `ScanReport`, the `xmppsec scan --json` output. Published as
 * packages/scanner/scan-report.schema.json; a test keeps the file and this object equal and
 * validates real scan reports against it.
 */

const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const bool = { type: 'boolean' } as const;
const strOrNull = { type: ['string', 'null'] } as const;
const intOrNull = { type: ['integer', 'null'] } as const;
const boolOrNull = { type: ['boolean', 'null'] } as const;
const strings = { type: 'array', items: str } as const;
const grade = { enum: ['A+', 'A', 'B', 'C', 'D', 'E', 'T', 'F'] } as const;
const gradeOrNull = { enum: ['A+', 'A', 'B', 'C', 'D', 'E', 'T', 'F', null] } as const;
const mode = { enum: ['c2s', 's2s'] } as const;

const obj = (properties: Record<string, unknown>, description?: string) => ({
  type: 'object',
  ...(description ? { description } : {}),
  required: Object.keys(properties),
  additionalProperties: false,
  properties,
});

const features = obj({
  starttls: { enum: ['none', 'offered', 'required'] },
  mechanisms: strings,
  compression: strings,
  dialback: bool,
  namespaces: strings,
}, 'What <stream:features/> offered.');

const cipherSuite = obj({
  name: str,
  standardName: strOrNull,
  forwardSecrecy: bool,
  aead: bool,
  bits: int,
  weakness: { enum: ['null', 'anonymous', 'export', 'des', 'rc4', '3des', null] },
});

const certificate = obj({
  subject: str,
  issuer: str,
  commonNames: strings,
  serialNumber: str,
  notBefore: { type: 'string', format: 'date-time' },
  notAfter: { type: 'string', format: 'date-time' },
  signatureAlgorithm: str,
  signatureHash: str,
  publicKey: obj({ type: { enum: ['rsa', 'rsa-pss', 'ec', 'ed25519', 'ed448', 'dsa', 'unknown'] }, bits: int, curve: strOrNull, oid: str }),
  subjectAltNames: obj({
    dnsNames: strings, srvNames: strings, xmppAddrs: strings, ipAddresses: strings, uris: strings,
    otherNames: { type: 'array', items: obj({ oid: str, value: strOrNull }) },
  }),
  extendedKeyUsage: { type: ['array', 'null'], items: str },
  isCa: bool,
  selfIssued: bool,
  sha256Fingerprint: { type: 'string', pattern: '^[0-9a-f]{64}$' },
  spkiSha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
});

const finding = obj({
  code: str,
  severity: { enum: ['info', 'warning', 'error', 'critical'] },
  title: str,
  detail: str,
  cap: gradeOrNull,
  fix: obj({ prosody: str, ejabberd: str, general: str }),
});

const tlsVersions = obj({ SSLv3: boolOrNull, TLSv1: boolOrNull, 'TLSv1.1': boolOrNull, 'TLSv1.2': boolOrNull, 'TLSv1.3': boolOrNull });

const target = obj({
  id: str,
  endpoint: obj({
    mode, transport: { enum: ['starttls', 'directtls'] }, host: str, port: { type: 'integer', minimum: 1, maximum: 65535 },
    address: str, family: { enum: [4, 6] }, source: { enum: ['srv', 'fallback'] }, priority: intOrNull, weight: intOrNull,
  }),
  reachable: bool,
  connectError: strOrNull,
  stream: {
    oneOf: [{ type: 'null' }, obj({
      headerFrom: strOrNull, headerVersion: strOrNull,
      featuresBeforeTls: { oneOf: [{ type: 'null' }, features] },
      featuresAfterTls: { oneOf: [{ type: 'null' }, features] },
      featuresWithClientCertificate: { oneOf: [{ type: 'null' }, features] },
      streamError: strOrNull,
    })],
  },
  tls: {
    oneOf: [{ type: 'null' }, obj({
      version: str,
      cipher: cipherSuite,
      alpn: strOrNull,
      keyExchange: { oneOf: [{ type: 'null' }, obj({ type: str, name: strOrNull, size: intOrNull })] },
      dhGroupBits: intOrNull,
      protocols: tlsVersions,
      tls12Ciphers: { type: 'array', items: cipherSuite },
      serverCipherOrder: boolOrNull,
      tls13Ciphers: strings,
      ocspStapled: bool,
      compression: boolOrNull,
      chain: { type: 'array', items: certificate, description: 'The certificate chain in the order the server sent it.' },
      trust: obj({ trusted: bool, error: strOrNull }),
    })],
  },
  identity: {
    oneOf: [{ type: 'null' }, obj({
      reference: str, mode, matched: bool,
      method: { enum: ['dns-id', 'dns-id-wildcard', 'srv-id', 'xmpp-addr', 'cn', 'delegated-dns-id', null] },
      matchedValue: strOrNull, legacyCn: bool,
      problems: { type: 'array', items: obj({ code: str, value: str, message: str }) },
    })],
  },
  dane: {
    oneOf: [{ type: 'null' }, obj({
      name: str,
      records: { type: 'array', items: obj({ usage: int, selector: int, matchingType: int, data: { type: 'string', pattern: '^[0-9a-f]*$' } }) },
      dnssecValidated: bool,
      matched: boolOrNull,
    })],
  },
  limitHits: {
    type: 'array',
    items: obj({ limit: { enum: ['total-time', 'idle-time', 'bytes', 'depth', 'element-size', 'header-size', 'forbidden-xml', 'malformed-xml'] }, phase: str, detail: str }),
  },
  durationMs: { type: 'integer', minimum: 0 },
  findings: { type: 'array', items: finding },
  grade: obj({
    grade: gradeOrNull,
    gradeIgnoringTrust: gradeOrNull,
    score: { type: ['integer', 'null'], minimum: 0, maximum: 100 },
    scoreParts: { oneOf: [{ type: 'null' }, obj({ protocol: { type: 'number' }, keyExchange: { type: 'number' }, cipher: { type: 'number' } })] },
    caps: { type: 'array', items: obj({ grade, code: str, reason: str }) },
  }),
});

export const scanReportJsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'urn:xmppsec:scan-report:1',
  title: 'xmppsec scan report',
  description: 'The result of probing and grading one XMPP domain (xmppsec scan --json prints an array of these).',
  ...obj({
    schemaVersion: { const: 1 },
    scanner: obj({ name: { const: '@xmppsec/scanner' }, version: str }),
    domain: str,
    input: str,
    modes: { type: 'array', items: mode, minItems: 1 },
    startedAt: { type: 'string', format: 'date-time' },
    finishedAt: { type: 'string', format: 'date-time' },
    durationMs: { type: 'integer', minimum: 0 },
    dns: obj({
      resolver: str,
      srv: {
        type: 'object',
        additionalProperties: {
          oneOf: [{ type: 'null' }, { type: 'array', items: obj({ service: str, priority: int, weight: int, port: int, target: str }) }],
        },
      },
      srvDnssec: { type: 'object', additionalProperties: bool },
      cnames: { type: 'object', additionalProperties: str },
      addresses: { type: 'object', additionalProperties: obj({ a: strings, aaaa: strings }) },
      errors: strings,
    }),
    targets: { type: 'array', items: target },
    findings: { type: 'array', items: finding },
    grade: gradeOrNull,
    gradeIgnoringTrust: gradeOrNull,
    grades: obj({ c2s: gradeOrNull, s2s: gradeOrNull }),
  }),
} as const;
