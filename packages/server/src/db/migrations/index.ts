import type { Migration } from 'kysely/migration';
import * as foundation from './0001-foundation.ts';
import * as openpgpFingerprint from './0002-openpgp-fingerprint.ts';
import * as directory from './0100-directory.ts';
import * as mailOutbox from './0150-mail-outbox.ts';
import * as cve from './0200-cve.ts';
import * as cases from './0300-cases.ts';
import * as xmppOutbox from './0350-xmpp-outbox.ts';
import * as advisories from './0360-advisories.ts';
import * as observatory from './0400-observatory.ts';
import * as threats from './0500-threats.ts';

/**
 * Every migration, in order. Names sort: each feature owns a range of numbers
 * (0001 foundation, 0100 directory, 0200 CVE, 0300 cases, 0400 observatory, 0500 threats).
 */
export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-openpgp-fingerprint': openpgpFingerprint,
  '0100-directory': directory,
  '0150-mail-outbox': mailOutbox,
  '0200-cve': cve,
  '0300-cases': cases,
  '0350-xmpp-outbox': xmppOutbox,
  '0360-advisories': advisories,
  '0400-observatory': observatory,
  '0500-threats': threats,
};
