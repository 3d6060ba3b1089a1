import { open } from 'node:fs/promises';
import { issue, type Issue } from './issues.ts';
import { checkJsonLimits, describeLimitProblem } from './json-limits.ts';

/**
 * Untrusted JSON text → value, with every failure a worded issue: too large, not UTF-8, not JSON,
 * nested too deep. Reading a file stops after `maxBytes` + 1 bytes whatever the file claims to be
 * (a FIFO or /dev/zero included).
 */

/** Far above any real CVE record (CVE Services refuses submissions over 3.8 MB). */
export const MAX_RECORD_BYTES = 8 * 1024 * 1024;

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; issue: Issue };

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

export function parseJsonText(input: string | Uint8Array, maxBytes: number = MAX_RECORD_BYTES): JsonTextResult {
  let text: string;
  if (typeof input === 'string') {
    if (input.length > maxBytes) return { ok: false, issue: issue('(record)', `is larger than ${sizeText(maxBytes)}`, 'TOO_LARGE') };
    text = input;
  } else {
    if (input.byteLength > maxBytes) return { ok: false, issue: issue('(record)', `is larger than ${sizeText(maxBytes)}`, 'TOO_LARGE') };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return { ok: false, issue: issue('(record)', 'is not valid UTF-8 text', 'NOT_JSON') };
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof SyntaxError ? e.message : String(e);
    return { ok: false, issue: issue('(record)', `is not valid JSON: ${detail}`, 'NOT_JSON') };
  }
  const limit = checkJsonLimits(value);
  if (limit) return { ok: false, issue: issue('(record)', describeLimitProblem(limit), 'TOO_DEEP') };
  return { ok: true, value };
}

export type FileReadResult = { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: boolean; message: string };

/** Reads at most `maxBytes` (+1 to detect more) from a file. */
export async function readBoundedFile(path: string, maxBytes: number = MAX_RECORD_BYTES): Promise<FileReadResult> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (e as Error).message;
    return { ok: false, tooLarge: false, message: `cannot read ${path}: ${why}` };
  }
  try {
    if ((await handle.stat()).isDirectory()) return { ok: false, tooLarge: false, message: `cannot read ${path}: is a directory` };
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= maxBytes) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    if (total > maxBytes) return { ok: false, tooLarge: true, message: `${path} is larger than ${sizeText(maxBytes)}` };
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, tooLarge: false, message: `cannot read ${path}: ${code === 'EISDIR' ? 'is a directory' : (e as Error).message}` };
  } finally {
    await handle.close();
  }
}
