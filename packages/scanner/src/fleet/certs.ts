/**
 * Test certificates made with the openssl command line: a CA and leaf certificates with
 * any mix of DNS-IDs, SRV-IDs and XmppAddrs, chosen key types, explicit validity dates
 * (through `openssl ca`, the only openssl command that sets both) and self-signed ones.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type TestKeyType = 'rsa1024' | 'rsa2048' | 'rsa3072' | 'ec256' | 'ec384';

export interface TestCa {
  dir: string;
  certPath: string;
  keyPath: string;
  certPem: string;
}

export interface TestCertificate {
  certPath: string;
  keyPath: string;
  /** The leaf followed by the issuing CA unless self-signed: what a server should send. */
  chainPath: string;
  certPem: string;
  der: Uint8Array;
}

export interface CertificateSpec {
  /** File stem, unique within the CA's directory. */
  name: string;
  /** Subject CN; omitted when undefined. */
  commonName?: string;
  dnsNames?: string[];
  srvNames?: string[];
  xmppAddrs?: string[];
  keyType?: TestKeyType;
  /** `openssl ca` date form YYYYMMDDHHMMSSZ. */
  startDate?: string;
  endDate?: string;
  selfSigned?: boolean;
  extendedKeyUsage?: ('serverAuth' | 'clientAuth')[];
  hash?: 'sha256' | 'sha1' | 'sha384';
}

export async function openssl(args: string[]): Promise<string> {
  const { stdout } = await run('openssl', args, { maxBuffer: 8 << 20 });
  return stdout;
}

async function generateKey(path: string, type: TestKeyType): Promise<void> {
  const args = type.startsWith('rsa')
    ? ['genpkey', '-algorithm', 'RSA', '-pkeyopt', `rsa_keygen_bits:${type.slice(3)}`]
    : ['genpkey', '-algorithm', 'EC', '-pkeyopt', `ec_paramgen_curve:${type === 'ec256' ? 'P-256' : 'P-384'}`];
  await openssl([...args, '-out', path]);
}

/** Quotes a value for an openssl config line; `"` and `\` are the characters it interprets. */
function configValue(value: string): string {
  if (/[\n\r"]/.test(value)) throw new Error(`unsupported character in certificate value ${JSON.stringify(value)}`);
  return value.replace(/\\/g, '\\\\').replace(/\$/g, '\\$');
}

function caConfig(dir: string, spec: CertificateSpec | null, hash: string): string {
  const lines = [
    '[ca]', 'default_ca = testca', '[testca]', `dir = ${dir}`, 'database = $dir/index.txt', 'new_certs_dir = $dir/issued',
    'serial = $dir/serial', `default_md = ${hash}`, 'policy = policy_any', 'unique_subject = no', 'copy_extensions = none',
    'default_days = 365', 'email_in_dn = no', 'preserve = yes',
    '[policy_any]', 'commonName = optional', 'organizationName = optional',
    '[req]', 'distinguished_name = dn', 'string_mask = utf8only', 'utf8 = yes', '[dn]',
    '[ca_ext]', 'basicConstraints = critical,CA:true', 'keyUsage = critical,keyCertSign,cRLSign', 'subjectKeyIdentifier = hash',
  ];
  if (spec) {
    lines.push('[leaf_ext]', 'basicConstraints = critical,CA:false', 'keyUsage = critical,digitalSignature,keyEncipherment', 'subjectKeyIdentifier = hash');
    if (!spec.selfSigned) lines.push('authorityKeyIdentifier = keyid');
    if (spec.extendedKeyUsage?.length) lines.push(`extendedKeyUsage = ${spec.extendedKeyUsage.join(',')}`);
    const alt: string[] = [];
    (spec.dnsNames ?? []).forEach((v, i) => alt.push(`DNS.${i} = ${configValue(v)}`));
    (spec.srvNames ?? []).forEach((v, i) => alt.push(`otherName.${i} = 1.3.6.1.5.5.7.8.7;IA5STRING:${configValue(v)}`));
    (spec.xmppAddrs ?? []).forEach((v, i) => alt.push(`otherName.${100 + i} = 1.3.6.1.5.5.7.8.5;FORMAT:UTF8,UTF8:${configValue(v)}`));
    if (alt.length > 0) lines.push('subjectAltName = @alt', '[alt]', ...alt);
  }
  return lines.join('\n') + '\n';
}

function subject(cn: string | undefined): string {
  const escape = (v: string) => v.replace(/[/\\]/g, (c) => `\\${c}`);
  return cn === undefined ? '/O=xmppsec test' : `/O=xmppsec test/CN=${escape(cn)}`;
}

export async function createTestCa(dir: string, name = 'xmppsec test CA', keyType: TestKeyType = 'ec256'): Promise<TestCa> {
  await mkdir(join(dir, 'issued'), { recursive: true });
  await writeFile(join(dir, 'index.txt'), '');
  await writeFile(join(dir, 'serial'), '1000\n');
  const keyPath = join(dir, 'ca.key');
  const certPath = join(dir, 'ca.pem');
  const cfg = join(dir, 'ca.cnf');
  await writeFile(cfg, caConfig(dir, null, 'sha256'));
  await generateKey(keyPath, keyType);
  await openssl(['req', '-new', '-x509', '-config', cfg, '-key', keyPath, '-subj', subject(name), '-days', '3650', '-extensions', 'ca_ext', '-out', certPath]);
  return { dir, certPath, keyPath, certPem: await readFile(certPath, 'utf8') };
}

/** Issues (or self-signs) one certificate. Calls on one CA must not overlap: `openssl ca` keeps a database. */
export async function issueTestCertificate(ca: TestCa, spec: CertificateSpec): Promise<TestCertificate> {
  const base = join(ca.dir, spec.name);
  const keyPath = `${base}.key`;
  const certPath = `${base}.pem`;
  const cfg = `${base}.cnf`;
  const hash = spec.hash ?? 'sha256';
  await writeFile(cfg, caConfig(ca.dir, spec, hash));
  await generateKey(keyPath, spec.keyType ?? 'ec256');
  await openssl(['req', '-new', '-config', cfg, '-utf8', '-key', keyPath, '-subj', subject(spec.commonName), '-out', `${base}.csr`]);
  const dates = [
    ...(spec.startDate ? ['-startdate', spec.startDate] : []),
    ...(spec.endDate ? ['-enddate', spec.endDate] : ['-days', '365']),
  ];
  const signer = spec.selfSigned ? ['-selfsign', '-keyfile', keyPath] : ['-cert', ca.certPath, '-keyfile', ca.keyPath];
  await openssl(['ca', '-batch', '-notext', '-utf8', '-config', cfg, '-extensions', 'leaf_ext', '-md', hash, ...signer, ...dates, '-in', `${base}.csr`, '-out', certPath]);
  const certPem = await readFile(certPath, 'utf8');
  const chainPath = `${base}.chain.pem`;
  await writeFile(chainPath, spec.selfSigned ? certPem : certPem + ca.certPem);
  const der = new Uint8Array(Buffer.from(certPem.replace(/-----[^-]+-----|\s/g, ''), 'base64'));
  return { certPath, keyPath, chainPath, certPem, der };
}

/** `openssl ca` date form for a Date. */
export function opensslDate(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z';
}
