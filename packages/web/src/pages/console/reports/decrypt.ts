import type { PrivateKey } from 'openpgp/lightweight';

/**
 * Decrypting an encrypted report in the browser with the team's private key. Nothing here talks
 * to the network: the key and its passphrase stay in the page's memory. OpenPGP.js (the same
 * lightweight build the report form encrypts with) is loaded only when someone decrypts.
 */
export class DecryptionError extends Error {
  override name = 'DecryptionError';
}

export type UnlockedKey = PrivateKey;

const openpgp = () => import('openpgp/lightweight');

/** The team's private key, read and, when protected, unlocked with its passphrase. */
export async function unlockKey(input: { armoredKey: string; passphrase: string }): Promise<UnlockedKey> {
  const { decryptKey, readPrivateKey } = await openpgp();
  let key: PrivateKey;
  try {
    key = await readPrivateKey({ armoredKey: input.armoredKey.trim() });
  } catch {
    throw new DecryptionError('That is not an OpenPGP private key. Paste the whole block from "-----BEGIN PGP PRIVATE KEY BLOCK-----" to its END line, or choose the key file.');
  }
  if (key.isDecrypted()) return key;
  if (input.passphrase === '') throw new DecryptionError('The key is protected by a passphrase: enter it.');
  try {
    return await decryptKey({ privateKey: key, passphrase: input.passphrase });
  } catch {
    throw new DecryptionError('The passphrase does not unlock this key.');
  }
}

/** The armoured report decrypted to its text. */
export async function decryptText(key: UnlockedKey, armoredMessage: string): Promise<string> {
  const { decrypt, readMessage } = await openpgp();
  let message;
  try {
    message = await readMessage({ armoredMessage });
  } catch {
    throw new DecryptionError('The stored report is not a readable OpenPGP message.');
  }
  try {
    const { data } = await decrypt({ message, decryptionKeys: key });
    return data;
  } catch {
    throw new DecryptionError('This key cannot decrypt the report: it was encrypted to another key.');
  }
}

/** An encrypted attachment (binary OpenPGP message) decrypted, with the file name it carries. */
export async function decryptFile(key: UnlockedKey, bytes: Uint8Array): Promise<{ data: Uint8Array; filename: string }> {
  const { decrypt, readMessage } = await openpgp();
  let message;
  try {
    message = await readMessage({ binaryMessage: bytes });
  } catch {
    throw new DecryptionError('This attachment is not an OpenPGP message.');
  }
  try {
    const { data, filename } = await decrypt({ message, decryptionKeys: key, format: 'binary' });
    return { data, filename };
  } catch {
    throw new DecryptionError('This key cannot decrypt the attachment: it was encrypted to another key.');
  }
}
