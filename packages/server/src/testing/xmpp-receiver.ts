import { client, xml } from '@xmpp/client';
import type { Element } from '@xmpp/client';

/** A test account that stays online (and optionally in a group chat) and collects the messages it gets. */
export interface XmppReceiver {
  messages: { from: string; type: string; body: string }[];
  waitFor(match: (message: { from: string; type: string; body: string }) => boolean, limitMs?: number): Promise<{ from: string; type: string; body: string }>;
  stop(): Promise<void>;
}

export async function startXmppReceiver(options: { service: string; jid: string; password: string; room?: string }): Promise<XmppReceiver> {
  const [username, domain] = options.jid.split('@') as [string, string];
  const xmpp = client({ service: options.service, domain, username, password: options.password, resource: 'receiver' });
  const messages: XmppReceiver['messages'] = [];
  const waiters = new Set<() => void>();
  xmpp.on('error', () => undefined);
  xmpp.on('stanza', (stanza: Element) => {
    if (!stanza.is('message')) return;
    const body = stanza.getChildText('body');
    if (body === null) return;
    messages.push({ from: stanza.attrs.from ?? '', type: stanza.attrs.type ?? 'normal', body });
    for (const wake of waiters) wake();
  });
  await xmpp.start();
  await xmpp.send(xml('presence'));
  if (options.room) {
    const joined = new Promise<void>((resolve) => {
      const onStanza = (stanza: Element) => {
        if (stanza.is('presence') && stanza.attrs.from === `${options.room}/receiver`) {
          xmpp.removeListener('stanza', onStanza);
          resolve();
        }
      };
      xmpp.on('stanza', onStanza);
    });
    await xmpp.send(xml('presence', { to: `${options.room}/receiver` }, xml('x', { xmlns: 'http://jabber.org/protocol/muc' })));
    await joined;
    // Our join may have created the room: make it an instant room so others can join and speak.
    await xmpp.iqCaller.request(xml('iq', { type: 'set', to: options.room }, xml('query', { xmlns: 'http://jabber.org/protocol/muc#owner' }, xml('x', { xmlns: 'jabber:x:data', type: 'submit' })))).catch(() => undefined);
  }
  return {
    messages,
    waitFor(match, limitMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(match);
          if (!found) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`No matching XMPP message within ${limitMs} ms; got: ${JSON.stringify(messages)}`));
        }, limitMs);
        waiters.add(check);
        check();
      });
    },
    async stop() {
      await xmpp.stop().catch(() => undefined);
    },
  };
}
