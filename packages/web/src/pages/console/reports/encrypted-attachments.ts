/** Attachments the report form encrypted: `name.gpg`, sent as application/pgp-encrypted. */
export function isEncryptedAttachment(attachment: { filename: string; contentType: string }): boolean {
  return attachment.contentType === 'application/pgp-encrypted' || /\.(gpg|pgp)$/i.test(attachment.filename);
}

/** The name to save a decrypted attachment under: the one inside the message, else without `.gpg`. */
export function decryptedName(inside: string, stored: string): string {
  const base = (inside || stored.replace(/\.(gpg|pgp)$/i, '') || 'attachment').replace(/[/\\]/g, '_');
  return base === stored ? `${base}.decrypted` : base;
}
