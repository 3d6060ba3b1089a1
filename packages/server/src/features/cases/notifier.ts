import { encryptText } from '../../crypto/openpgp.ts';
import type { MailMessage } from '../../mail/mailer.ts';
import type { XmppOutbox } from '../../xmpp/outbox.ts';
import type { Notifier } from './ports.ts';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

interface MailQueue {
  queue(trx: Transaction<Database>, message: MailMessage, meta: { purpose: string }): Promise<string>;
  deliverSoon(): void;
  idle(): Promise<void>;
}

/**
 * Notifications as one e-mail per recipient (so no recipient learns who else is in a case),
 * OpenPGP-encrypted to recipients with a known key, plus a short XMPP message — the subject and
 * the link only, since XMPP messages are not end-to-end encrypted here.
 */
export function createNotifier(deps: { mail: MailQueue; xmpp: XmppOutbox }): Notifier & { deliverQueued(): void; idle(): Promise<void> } {
  let queued = false;
  return {
    async enqueue(trx, notification) {
      queued = true;
      const link = /https?:\/\/\S+/.exec(notification.text)?.[0];
      for (const recipient of notification.to) {
        let text = notification.text;
        if (recipient.openpgpKey) {
          try {
            text = await encryptText(notification.sensitiveText ?? notification.text, recipient.openpgpKey);
          } catch {
            // An unusable key must not stop the notification: it goes out with the clear text, which holds no embargoed detail.
          }
        }
        await deps.mail.queue(trx, { to: recipient.email, subject: notification.subject, text }, { purpose: notification.category });
        if (recipient.xmpp) await deps.xmpp.queue(trx, { to: recipient.xmpp, kind: 'chat', body: link ? `${notification.subject}\n${link}` : notification.subject }, notification.category);
      }
    },

    deliverQueued() {
      if (!queued) return;
      queued = false;
      deps.mail.deliverSoon();
      void deps.xmpp.deliverDue().catch(() => undefined);
    },

    /** Resolves when the deliveries started so far have finished (tests, shutdown). */
    async idle() {
      await Promise.all([deps.mail.idle(), deps.xmpp.idle()]);
    },
  };
}
