import { client, xml } from '@xmpp/client';
import type { Element, XmppClient } from '@xmpp/client';

/**
 * Sends notifications from xmppsec's own XMPP account: one-to-one chat messages, and messages to a
 * group chat (XEP-0045), which it joins for the occasion. One connection per batch, bounded in time.
 */
export interface XmppAccount {
  /** `xmpp://host:5222` (STARTTLS when offered) or `xmpps://host:5223`. */
  service: string;
  /** The account's address, `user@domain`. */
  jid: string;
  password: string;
}

export interface XmppMessage {
  to: string;
  type: 'chat' | 'groupchat';
  body: string;
}

const MUC = 'http://jabber.org/protocol/muc';

export async function sendXmppMessages(account: XmppAccount, messages: readonly XmppMessage[], options: { timeoutMs?: number; nick?: string } = {}): Promise<void> {
  if (messages.length === 0) return;
  const [username, domain] = account.jid.split('@') as [string, string | undefined];
  if (!domain) throw new Error(`"${account.jid}" is not an XMPP address (user@domain).`);
  const nick = options.nick ?? 'xmppsec';
  const xmpp = client({ service: account.service, domain, username, password: account.password, resource: `xmppsec-${process.pid}` });
  let failure: Error | undefined;
  xmpp.on('error', (error: Error) => { failure = error; });
  const timeoutMs = options.timeoutMs ?? 20_000;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`XMPP delivery took longer than ${timeoutMs / 1000} s${failure ? `: ${failure.message}` : ''}.`)), timeoutMs);
  });
  try {
    await Promise.race([
      (async () => {
        await xmpp.start();
        const rooms = [...new Set(messages.filter((message) => message.type === 'groupchat').map((message) => message.to))];
        for (const room of rooms) await joinRoom(xmpp, room, nick);
        for (const message of messages) {
          await xmpp.send(xml('message', { to: message.to, type: message.type, id: `xmppsec-${Math.random().toString(36).slice(2)}` }, xml('body', {}, message.body)));
        }
        // A final round trip: the server has taken every message once it answers.
        await xmpp.iqCaller.request(xml('iq', { type: 'get', to: domain }, xml('ping', { xmlns: 'urn:xmpp:ping' })));
      })(),
      deadline,
    ]);
  } finally {
    clearTimeout(timer);
    await xmpp.stop().catch(() => undefined);
  }
}

/** Joins a room; a room this join created is configured as an instant room so it accepts messages. */
async function joinRoom(xmpp: XmppClient, room: string, nick: string): Promise<void> {
  const joined = new Promise<Element>((resolve, reject) => {
    const onStanza = (stanza: Element) => {
      if (!stanza.is('presence') || stanza.attrs.from !== `${room}/${nick}`) return;
      xmpp.removeListener('stanza', onStanza);
      if (stanza.attrs.type === 'error') reject(new Error(`Could not join ${room}: ${stanza.getChild('error')?.children.map(String).join(' ') ?? 'error'}`));
      else resolve(stanza);
    };
    xmpp.on('stanza', onStanza);
  });
  await xmpp.send(xml('presence', { to: `${room}/${nick}` }, xml('x', { xmlns: MUC }, xml('history', { maxstanzas: '0' }))));
  const presence = await joined;
  const created = presence.getChildren('x').some((x) => x.getChildren('status').some((status) => status.attrs.code === '201'));
  if (created) {
    await xmpp.iqCaller.request(xml('iq', { type: 'set', to: room }, xml('query', { xmlns: `${MUC}#owner` }, xml('x', { xmlns: 'jabber:x:data', type: 'submit' }))));
  }
}
