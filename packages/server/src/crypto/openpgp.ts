import { createMessage, decrypt, encrypt, readKey, readMessage, readPrivateKey, decryptKey, enums } from 'openpgp';
import { badRequest } from '../errors.ts';

/** OpenPGP with openpgp.js: checking reports sent encrypted to the team, encrypting mail to people with a known key. */
export const MAX_ARMORED_BYTES = 2 * 1024 * 1024;

export interface PublicKeyInfo {
  fingerprint: string;
  userIds: string[];
  expiresAt: Date | null;
  armored: string;
}

export async function readPublicKeyInfo(armored: string): Promise<PublicKeyInfo> {
  if (armored.length > MAX_ARMORED_BYTES) throw badRequest('key_too_large', 'The OpenPGP key is too large.');
  let key;
  try {
    key = await readKey({ armoredKey: armored });
  } catch (error) {
    throw badRequest('invalid_openpgp_key', `This is not a readable OpenPGP public key: ${(error as Error).message}`);
  }
  if (key.isPrivate()) throw badRequest('private_key_given', 'That is a private key. Give the public key only — never share the private one.');
  const expiration = await key.getExpirationTime();
  return { fingerprint: key.getFingerprint().toUpperCase(), userIds: key.getUserIDs(), expiresAt: expiration instanceof Date ? expiration : null, armored: key.armor() };
}

/** Accepts only a message actually encrypted to a public key (not signed-only, not plain text in armour). */
export async function checkEncryptedMessage(armored: string): Promise<void> {
  if (armored.length > MAX_ARMORED_BYTES) throw badRequest('message_too_large', 'The encrypted report is larger than 2 MiB.');
  let message;
  try {
    message = await readMessage({ armoredMessage: armored });
  } catch (error) {
    throw badRequest('invalid_openpgp_message', `The encrypted report is not a readable OpenPGP message: ${(error as Error).message}`);
  }
  const keyPackets = message.packets.filterByTag(enums.packet.publicKeyEncryptedSessionKey);
  if (keyPackets.length === 0) throw badRequest('not_encrypted', 'The OpenPGP message is not encrypted to a key.');
}

export async function encryptText(text: string, publicKeyArmored: string): Promise<string> {
  const encryptionKeys = await readKey({ armoredKey: publicKeyArmored });
  return (await encrypt({ message: await createMessage({ text }), encryptionKeys, format: 'armored' })) as string;
}

export async function decryptText(armored: string, privateKeyArmored: string, passphrase?: string): Promise<string> {
  let decryptionKeys = await readPrivateKey({ armoredKey: privateKeyArmored });
  if (!decryptionKeys.isDecrypted()) {
    if (!passphrase) throw badRequest('passphrase_required', 'The private key is protected: give its passphrase.');
    decryptionKeys = await decryptKey({ privateKey: decryptionKeys, passphrase });
  }
  const { data } = await decrypt({ message: await readMessage({ armoredMessage: armored }), decryptionKeys });
  return String(data);
}
