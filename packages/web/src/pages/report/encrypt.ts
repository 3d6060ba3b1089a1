import { createMessage, encrypt, readKey } from 'openpgp/lightweight';

/**
 * OpenPGP in the browser, loaded only when the visitor chooses to encrypt (openpgp.js is larger
 * than the rest of the site together). The fingerprint shown to the visitor is computed here from
 * the very key the report is encrypted to, so it can be compared with the one the team publishes.
 */
export interface TeamKey {
  fingerprint: string;
  userIds: string[];
  encryptText(text: string): Promise<string>;
  encryptFile(filename: string, bytes: Uint8Array): Promise<Uint8Array>;
}

export async function loadTeamKey(armored: string): Promise<TeamKey> {
  let key;
  try {
    key = await readKey({ armoredKey: armored });
  } catch (error) {
    throw new Error(`The team's published key cannot be read: ${(error as Error).message}`);
  }
  try {
    await key.getEncryptionKey();
  } catch {
    throw new Error('The team\'s published key cannot encrypt (it has expired or has no encryption subkey). Send the report without encryption, or write to the team.');
  }
  return {
    fingerprint: key.getFingerprint().toUpperCase(),
    userIds: key.getUserIDs(),
    async encryptText(text) {
      return encrypt({ message: await createMessage({ text }), encryptionKeys: key, format: 'armored' });
    },
    async encryptFile(filename, bytes) {
      return encrypt({ message: await createMessage({ binary: bytes, filename, format: 'binary' }), encryptionKeys: key, format: 'binary' });
    },
  };
}
