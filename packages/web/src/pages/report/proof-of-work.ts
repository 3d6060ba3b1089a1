/**
 * The client's side of the report form's proof of work: find a counter such that
 * SHA-256(token + ':' + counter) starts with `bits` zero bits (the server's features/cases/
 * proof-of-work.ts checks it). WebCrypto digests are asynchronous, so they are asked for in batches
 * and awaited together; this runs in a Web Worker, so the page stays responsive.
 */
export const MAX_BITS = 40;

export interface SolveOptions {
  /** Called after each batch with the number of counters tried so far. */
  onProgress?: (tried: number) => void;
  /** Checked between batches; true stops the search with an error. */
  shouldStop?: () => boolean;
  batchSize?: number;
  subtle?: SubtleCrypto;
}

export async function solveProofOfWork(token: string, bits: number, options: SolveOptions = {}): Promise<string> {
  if (!Number.isInteger(bits) || bits < 0 || bits > MAX_BITS) throw new Error(`The server asked for ${bits} bits of work; this page handles 0 to ${MAX_BITS}.`);
  const subtle = options.subtle ?? globalThis.crypto?.subtle;
  if (!subtle) throw new Error('This browser offers no WebCrypto here (it needs a secure https connection), so the anti-abuse check cannot run.');
  const batchSize = options.batchSize ?? 1024;
  const prefix = new TextEncoder().encode(`${token}:`);
  for (let start = 0; start < Number.MAX_SAFE_INTEGER; start += batchSize) {
    if (options.shouldStop?.()) throw new Error('The anti-abuse check was stopped.');
    const digests = await Promise.all(Array.from({ length: batchSize }, (_unused, offset) => subtle.digest('SHA-256', withCounter(prefix, start + offset))));
    for (let offset = 0; offset < digests.length; offset++) {
      if (leadingZeroBits(new Uint8Array(digests[offset]!)) >= bits) return String(start + offset);
    }
    options.onProgress?.(start + batchSize);
  }
  throw new Error('No solution was found.');
}

function withCounter(prefix: Uint8Array, counter: number): Uint8Array<ArrayBuffer> {
  const digits = String(counter);
  const bytes = new Uint8Array(prefix.length + digits.length);
  bytes.set(prefix);
  for (let index = 0; index < digits.length; index++) bytes[prefix.length + index] = digits.charCodeAt(index);
  return bytes;
}

export function leadingZeroBits(bytes: Uint8Array): number {
  let bits = 0;
  for (const byte of bytes) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}
