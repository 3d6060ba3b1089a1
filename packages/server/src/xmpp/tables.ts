export const XMPP_OUTBOX_STATES = ['pending', 'sent', 'failed', 'not_sent'] as const;
export type XmppOutboxState = (typeof XMPP_OUTBOX_STATES)[number];

/** XMPP messages written inside a mutation and delivered after it commits (xmpp/outbox.ts). */
export interface XmppOutboxTable {
  id: string;
  created_at: Date;
  recipient: string;
  kind: 'chat' | 'groupchat';
  body: string;
  purpose: string;
  status: XmppOutboxState;
  attempts: number;
  next_attempt_at: Date;
  claimed_until: Date | null;
  last_error: string | null;
  sent_at: Date | null;
}

export interface XmppTables {
  xmpp_outbox: XmppOutboxTable;
}
