/**
 * DANE TLSA matching (RFC 6698, RFC 7671, RFC 7673 for SRV targets). Pure: takes the chain
 * as sent and the records; the caller decides whether DNSSEC vouched for them.
 */
import { createHash } from 'node:crypto';
import type { TlsaRecord } from '../report/types.ts';

export interface ChainEntry {
  der: Uint8Array;
  spkiDer: Uint8Array;
}

export interface DaneMatch {
  matched: boolean;
  /** The records that matched, with the index of the certificate each matched. */
  matches: { record: TlsaRecord; certificateIndex: number }[];
  /** Records with parameters this matcher does not know. */
  unusable: TlsaRecord[];
}

function digest(record: TlsaRecord, entry: ChainEntry): string | null {
  const data = record.selector === 0 ? entry.der : record.selector === 1 ? entry.spkiDer : null;
  if (!data) return null;
  if (record.matchingType === 0) return Buffer.from(data).toString('hex');
  if (record.matchingType === 1) return createHash('sha256').update(data).digest('hex');
  if (record.matchingType === 2) return createHash('sha512').update(data).digest('hex');
  return null;
}

/**
 * Usage 3 (DANE-EE) and 1 (PKIX-EE) match the leaf; 2 (DANE-TA) and 0 (PKIX-TA) match a
 * certificate above it. PKIX usages additionally need a PKIX-valid chain (`pkixValid`).
 */
export function matchTlsa(records: readonly TlsaRecord[], chain: readonly ChainEntry[], pkixValid: boolean): DaneMatch {
  const matches: DaneMatch['matches'] = [];
  const unusable: TlsaRecord[] = [];
  for (const record of records) {
    if (record.usage > 3 || record.selector > 1 || record.matchingType > 2) {
      unusable.push(record);
      continue;
    }
    if ((record.usage === 0 || record.usage === 1) && !pkixValid) continue;
    const candidates = record.usage === 1 || record.usage === 3 ? chain.slice(0, 1) : chain.slice(1);
    const wanted = record.data.toLowerCase();
    candidates.forEach((entry, i) => {
      if (digest(record, entry) === wanted) matches.push({ record, certificateIndex: record.usage === 1 || record.usage === 3 ? 0 : i + 1 });
    });
  }
  return { matched: matches.length > 0, matches, unusable };
}

/** The TLSA owner name for a host and port (RFC 6698 §3). */
export function tlsaName(host: string, port: number): string {
  return `_${port}._tcp.${host}`;
}
