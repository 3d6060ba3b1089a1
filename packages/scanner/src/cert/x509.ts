/**
 * Reads what the scanner needs from an X.509 certificate's DER. Node's
 * `X509Certificate.subjectAltName` is a display string that cannot be split safely and
 * hides otherName values, so identities come from the extension's own encoding.
 */
import { createHash } from 'node:crypto';
import {
  Asn1Error, children, encodedBytes, expectUniversal, integerBitLength, integerHex, isContext, parseDer,
  readNode, readOid, readString, readTime, TAG, type DerNode,
} from '../asn1/der.ts';
import { CURVES, EKU_NAMES, OID, SIGNATURE_ALGORITHMS } from './oids.ts';

export interface OtherName {
  oid: string;
  /** The decoded string value, or null when it is not a string type. */
  value: string | null;
}

export interface SubjectAltNames {
  dnsNames: string[];
  /** id-on-dnsSRV values (RFC 4985), e.g. `_xmpp-client.example.org`. */
  srvNames: string[];
  /** id-on-xmppAddr values (RFC 6120 §13.7.1.4). */
  xmppAddrs: string[];
  ipAddresses: string[];
  uris: string[];
  otherNames: OtherName[];
}

export interface PublicKeyInfo {
  type: 'rsa' | 'rsa-pss' | 'ec' | 'ed25519' | 'ed448' | 'dsa' | 'unknown';
  /** Modulus size for RSA/DSA, curve size for EC. */
  bits: number;
  curve: string | null;
  oid: string;
}

export interface CertificateInfo {
  subject: string;
  issuer: string;
  commonNames: string[];
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  signatureAlgorithm: string;
  signatureHash: string;
  publicKey: PublicKeyInfo;
  subjectAltNames: SubjectAltNames;
  /** Extended key usage names (or OIDs); null when the extension is absent. */
  extendedKeyUsage: string[] | null;
  isCa: boolean;
  selfIssued: boolean;
  sha256Fingerprint: string;
  /** SHA-256 of the SubjectPublicKeyInfo, as DANE selector 1 uses. */
  spkiSha256: string;
}

export interface ParsedCertificate extends CertificateInfo {
  der: Uint8Array;
  spkiDer: Uint8Array;
}

export class CertificateParseError extends Error {
  override name = 'CertificateParseError';
  readonly code = 'CERTIFICATE_MALFORMED';
}

export function parseCertificate(der: Uint8Array): ParsedCertificate {
  try {
    return parse(der);
  } catch (error) {
    if (error instanceof Asn1Error) throw new CertificateParseError(`malformed certificate: ${error.message}`);
    throw error;
  }
}

/** Accepts a PEM bundle and returns the DER of each CERTIFICATE block in order. */
export function pemToDers(pem: string): Uint8Array[] {
  const out: Uint8Array[] = [];
  const re = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----/g;
  for (let m = re.exec(pem); m; m = re.exec(pem)) out.push(new Uint8Array(Buffer.from((m[1] as string).replace(/\s+/g, ''), 'base64')));
  return out;
}

export function derToPem(der: Uint8Array): string {
  const b64 = Buffer.from(der).toString('base64').replace(/.{64}/g, '$&\n').replace(/\n$/, '');
  return `-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----\n`;
}

function parse(der: Uint8Array): ParsedCertificate {
  const cert = expectUniversal(parseDer(der), TAG.sequence, 'Certificate SEQUENCE');
  const [tbs, sigAlg] = children(cert);
  const tbsFields = children(expectUniversal(tbs, TAG.sequence, 'TBSCertificate'));
  let i = 0;
  if (isContext(tbsFields[0], 0)) i++;
  const serial = expectUniversal(tbsFields[i++], TAG.integer, 'serialNumber');
  i++; // inner signature AlgorithmIdentifier; the outer one is authoritative
  const issuer = expectUniversal(tbsFields[i++], TAG.sequence, 'issuer Name');
  const validity = children(expectUniversal(tbsFields[i++], TAG.sequence, 'Validity'));
  const subject = expectUniversal(tbsFields[i++], TAG.sequence, 'subject Name');
  const spki = expectUniversal(tbsFields[i++], TAG.sequence, 'SubjectPublicKeyInfo');
  let extensions: DerNode | undefined;
  for (; i < tbsFields.length; i++) {
    const f = tbsFields[i];
    if (isContext(f, 3)) extensions = f;
  }
  const sigOid = readOid(expectUniversal(children(expectUniversal(sigAlg, TAG.sequence, 'signatureAlgorithm'))[0], TAG.oid, 'algorithm OID'));
  const [sigName, sigHash] = SIGNATURE_ALGORITHMS[sigOid] ?? [sigOid, 'unknown'];
  const [nb, na] = validity;
  if (!nb || !na) throw new Asn1Error('Validity needs two times');

  const subjectAttrs = readName(subject);
  const issuerAttrs = readName(issuer);
  const san: SubjectAltNames = { dnsNames: [], srvNames: [], xmppAddrs: [], ipAddresses: [], uris: [], otherNames: [] };
  let eku: string[] | null = null;
  let isCa = false;
  if (extensions) {
    for (const ext of children(expectUniversal(children(extensions)[0], TAG.sequence, 'Extensions'))) {
      const parts = children(expectUniversal(ext, TAG.sequence, 'Extension'));
      const oid = readOid(expectUniversal(parts[0], TAG.oid, 'extnID'));
      const value = expectUniversal(parts[parts.length - 1], TAG.octetString, 'extnValue');
      const inner = parseDer(value.content);
      if (oid === OID.subjectAltName) readGeneralNames(inner, san);
      else if (oid === OID.extKeyUsage) eku = children(inner).map((n) => EKU_NAMES[readOid(n)] ?? readOid(n));
      else if (oid === OID.basicConstraints) {
        const bc = children(inner)[0];
        isCa = bc !== undefined && bc.tagClass === 0 && bc.tag === TAG.boolean && bc.content[0] !== 0;
      }
    }
  }
  const spkiDer = encodedBytes(spki);
  return {
    subject: formatName(subjectAttrs),
    issuer: formatName(issuerAttrs),
    commonNames: subjectAttrs.filter((a) => a.oid === OID.commonName).map((a) => a.value),
    serialNumber: integerHex(serial),
    notBefore: readTime(nb).toISOString(),
    notAfter: readTime(na).toISOString(),
    signatureAlgorithm: sigName,
    signatureHash: sigHash,
    publicKey: readPublicKey(spki),
    subjectAltNames: san,
    extendedKeyUsage: eku,
    isCa,
    selfIssued: Buffer.from(encodedBytes(subject)).equals(Buffer.from(encodedBytes(issuer))),
    sha256Fingerprint: createHash('sha256').update(der).digest('hex'),
    spkiSha256: createHash('sha256').update(spkiDer).digest('hex'),
    der,
    spkiDer,
  };
}

interface NameAttribute { oid: string; value: string }

const SHORT_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN', '2.5.4.6': 'C', '2.5.4.7': 'L', '2.5.4.8': 'ST', '2.5.4.10': 'O', '2.5.4.11': 'OU',
};

function readName(name: DerNode): NameAttribute[] {
  const out: NameAttribute[] = [];
  for (const rdn of children(name)) {
    for (const atv of children(expectUniversal(rdn, TAG.set, 'RelativeDistinguishedName'))) {
      const [type, value] = children(expectUniversal(atv, TAG.sequence, 'AttributeTypeAndValue'));
      const oid = readOid(expectUniversal(type, TAG.oid, 'attribute type'));
      if (!value) throw new Asn1Error('attribute without value');
      let text: string;
      try {
        text = readString(value);
      } catch {
        text = `#${Buffer.from(encodedBytes(value)).toString('hex')}`;
      }
      out.push({ oid, value: text });
    }
  }
  return out;
}

/** A one-line display form; values are JSON-quoted when they hold separators, so it stays unambiguous. */
function formatName(attrs: NameAttribute[]): string {
  return attrs
    .map((a) => `${SHORT_NAMES[a.oid] ?? a.oid}=${/[,=+"\\\n]/.test(a.value) ? JSON.stringify(a.value) : a.value}`)
    .join(', ');
}

function readGeneralNames(node: DerNode, san: SubjectAltNames): void {
  for (const gn of children(expectUniversal(node, TAG.sequence, 'GeneralNames'))) {
    if (gn.tagClass !== 2) throw new Asn1Error('GeneralName must be context-tagged');
    switch (gn.tag) {
      case 0: {
        const [typeId, explicit] = children(gn);
        const oid = readOid(expectUniversal(typeId, TAG.oid, 'otherName type-id'));
        let value: string | null = null;
        if (isContext(explicit, 0) && explicit.constructed) {
          const inner = children(explicit)[0];
          if (inner) {
            try {
              value = readString(inner);
            } catch {
              value = null;
            }
            // RFC 4985 fixes SRVName to IA5String and RFC 6120 fixes XmppAddr to UTF8String;
            // any other encoding is not that identifier.
            if (oid === OID.idOnDnsSrv && inner.tag === TAG.ia5String && value !== null) san.srvNames.push(value);
            if (oid === OID.idOnXmppAddr && inner.tag === TAG.utf8String && value !== null) san.xmppAddrs.push(value);
          }
        }
        san.otherNames.push({ oid, value });
        break;
      }
      case 2:
        san.dnsNames.push(new TextDecoder('latin1').decode(gn.content));
        break;
      case 6:
        san.uris.push(new TextDecoder('latin1').decode(gn.content));
        break;
      case 7:
        san.ipAddresses.push(formatIp(gn.content));
        break;
      default:
        break;
    }
  }
}

function formatIp(bytes: Uint8Array): string {
  if (bytes.length === 4) return Array.from(bytes).join('.');
  if (bytes.length === 16) {
    const groups: string[] = [];
    for (let i = 0; i < 16; i += 2) groups.push((((bytes[i] as number) << 8) | (bytes[i + 1] as number)).toString(16));
    return groups.join(':');
  }
  return Buffer.from(bytes).toString('hex');
}

function readPublicKey(spki: DerNode): PublicKeyInfo {
  const [alg, key] = children(spki);
  const algParts = children(expectUniversal(alg, TAG.sequence, 'AlgorithmIdentifier'));
  const oid = readOid(expectUniversal(algParts[0], TAG.oid, 'key algorithm'));
  const bitString = expectUniversal(key, TAG.bitString, 'subjectPublicKey');
  const keyBytes = bitString.content.subarray(1);
  switch (oid) {
    case OID.rsaEncryption:
    case OID.rsaPss: {
      const rsa = readNode(keyBytes, 0);
      const modulus = children(expectUniversal(rsa, TAG.sequence, 'RSAPublicKey'))[0];
      return { type: oid === OID.rsaEncryption ? 'rsa' : 'rsa-pss', bits: integerBitLength(expectUniversal(modulus, TAG.integer, 'modulus')), curve: null, oid };
    }
    case OID.ecPublicKey: {
      const params = algParts[1];
      const curveOid = params && params.tag === TAG.oid ? readOid(params) : 'explicit';
      const [name, bits] = CURVES[curveOid] ?? [curveOid, Math.max(0, ((keyBytes.length - 1) / 2) * 8)];
      return { type: 'ec', bits, curve: name, oid };
    }
    case OID.ed25519:
      return { type: 'ed25519', bits: 256, curve: 'Ed25519', oid };
    case OID.ed448:
      return { type: 'ed448', bits: 456, curve: 'Ed448', oid };
    case OID.dsa: {
      const params = algParts[1];
      const p = params && params.constructed ? children(params)[0] : undefined;
      return { type: 'dsa', bits: p ? integerBitLength(p) : 0, curve: null, oid };
    }
    default:
      return { type: 'unknown', bits: 0, curve: null, oid };
  }
}

/** The JSON-safe part of a parsed certificate, as reports carry it. */
export function certificateInfo(cert: ParsedCertificate): CertificateInfo {
  const { der: _der, spkiDer: _spki, ...info } = cert;
  return info;
}
