/**
 * Finds the Certificate handshake message in the bytes a TLS 1.2-or-older server sent, to
 * report the chain exactly as sent (order, extra or missing certificates). Node's
 * `getPeerCertificate(true)` reorders the chain and appends the local root, so it cannot
 * show that. TLS 1.3 encrypts this message; then the function returns null.
 */

const MAX_CERTS = 20;

export function certificatesFromServerFlight(bytes: Uint8Array): Uint8Array[] | null {
  // Reassemble the handshake layer from plaintext handshake records (content type 22).
  const parts: Uint8Array[] = [];
  let pos = 0;
  while (pos + 5 <= bytes.length) {
    const type = bytes[pos] as number;
    const length = ((bytes[pos + 3] as number) << 8) | (bytes[pos + 4] as number);
    if (pos + 5 + length > bytes.length) break;
    if (type === 20) break; // ChangeCipherSpec: everything after is encrypted
    if (type === 22) parts.push(bytes.subarray(pos + 5, pos + 5 + length));
    else if (type !== 21) return null;
    pos += 5 + length;
  }
  const hs = Buffer.concat(parts);
  let p = 0;
  while (p + 4 <= hs.length) {
    const msgType = hs[p] as number;
    const len = ((hs[p + 1] as number) << 16) | ((hs[p + 2] as number) << 8) | (hs[p + 3] as number);
    if (p + 4 + len > hs.length) return null;
    if (msgType === 2) {
      // ServerHello: a TLS 1.3 server says so in supported_versions; its Certificate is encrypted.
      const legacyVersion = ((hs[p + 4] as number) << 8) | (hs[p + 5] as number);
      if (legacyVersion < 0x0300) return null;
    }
    if (msgType === 11) {
      const body = hs.subarray(p + 4, p + 4 + len);
      if (body.length < 3) return null;
      const listLen = ((body[0] as number) << 16) | ((body[1] as number) << 8) | (body[2] as number);
      if (listLen + 3 > body.length) return null;
      const certs: Uint8Array[] = [];
      let q = 3;
      while (q + 3 <= 3 + listLen && certs.length < MAX_CERTS) {
        const certLen = ((body[q] as number) << 16) | ((body[q + 1] as number) << 8) | (body[q + 2] as number);
        if (q + 3 + certLen > body.length) return null;
        certs.push(new Uint8Array(body.subarray(q + 3, q + 3 + certLen)));
        q += 3 + certLen;
      }
      return certs.length > 0 ? certs : null;
    }
    p += 4 + len;
  }
  return null;
}
