import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** What cases need from the software directory; called with the caller's transaction when there is one. */
export interface DirectoryLookup {
  project(db: Db, slug: string): Promise<{ slug: string; name: string; inScope: boolean } | undefined>;
  /** The accounts that maintain a project, to invite them to a case. */
  maintainers(db: Db, slug: string): Promise<{ userId: string; email: string }[]>;
}

export interface Recipient {
  email: string;
  xmpp?: string | null;
  /** Encrypt the e-mail to this OpenPGP public key when known. */
  openpgpKey?: string | null;
}

export interface Notification {
  /** What it is about, for the outbox and the logs; never the embargoed content itself. */
  category: string;
  to: Recipient[];
  subject: string;
  /** Sent in the clear: no embargoed detail, only what is needed and a link to sign in. */
  text: string;
  /** The fuller text, with case details; sent only to recipients whose OpenPGP key encrypts it. */
  sensitiveText?: string;
}

/**
 * Queues messages inside the caller's transaction; delivery (e-mail, XMPP) happens afterwards in a
 * job, so a rolled-back change sends nothing and a failed delivery is retried.
 */
export interface Notifier {
  enqueue(trx: Transaction<Database>, notification: Notification): Promise<void>;
}
