/**
 * Attachment limits, checked in the browser before anything is read or sent. They mirror the
 * server's (features/cases/reports-service.ts); the tests compare the two.
 */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 10;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** Why these files cannot be sent together, or undefined when they can. */
export function attachmentProblem(files: readonly { name: string; size: number }[]): string | undefined {
  if (files.length > MAX_ATTACHMENTS) return `Attach at most ${MAX_ATTACHMENTS} files.`;
  const tooLarge = files.find((file) => file.size > MAX_ATTACHMENT_BYTES);
  if (tooLarge) return `${tooLarge.name} is ${formatBytes(tooLarge.size)}; each file may be at most ${formatBytes(MAX_ATTACHMENT_BYTES)}.`;
  const empty = files.find((file) => file.size === 0);
  if (empty) return `${empty.name} is empty.`;
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > MAX_ATTACHMENTS_BYTES) return `The files come to ${formatBytes(total)} together; at most ${formatBytes(MAX_ATTACHMENTS_BYTES)} may be sent.`;
  return undefined;
}

/** Base64 without building one huge argument list (a spread of megabytes overflows the stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}
