/**
 * The trust anchors a scan verifies against: the operating system's store (falling back to
 * Node's bundled Mozilla store when the system has none) plus any extra anchors the user
 * names (`--ca-file`), built into one TLS context per distinct set and reused.
 */
import { createSecureContext, getCACertificates, type SecureContext } from 'node:tls';

const contexts = new Map<string, SecureContext>();

export function systemTrustAnchors(): string[] {
  const system = getCACertificates('system');
  return system.length > 0 ? system : getCACertificates('bundled');
}

/** The context of the main probe: DEFAULT ciphers at security level 0, so weak servers are still observed. */
export function mainSecureContext(extraCa: readonly string[]): SecureContext {
  const key = extraCa.join('\n');
  let ctx = contexts.get(key);
  if (!ctx) {
    ctx = createSecureContext({ ciphers: 'DEFAULT:@SECLEVEL=0', ca: [...systemTrustAnchors(), ...extraCa] });
    contexts.set(key, ctx);
  }
  return ctx;
}
