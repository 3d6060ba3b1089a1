import { startTestProsody } from './prosody.ts';
import type { TestProsody } from './prosody.ts';
import { startXmppReceiver } from './xmpp-receiver.ts';
import type { XmppReceiver } from './xmpp-receiver.ts';

/**
 * The XMPP side of publication tests: Prosody with xmppsec's own account, and a watcher sitting in
 * the advisories group chat. `account` is what the server's `xmpp` setting takes.
 */
export interface AdvisoryXmpp {
  prosody: TestProsody;
  room: XmppReceiver;
  account: { service: string; jid: string; password: string; room: string };
  stop(): Promise<void>;
}

export async function startAdvisoryXmpp(): Promise<AdvisoryXmpp> {
  const prosody = await startTestProsody();
  const bot = await prosody.register('xmppsec', 'bot-password-1');
  const watcher = await prosody.register('watcher', 'watcher-password-1');
  const roomJid = `advisories@${prosody.mucDomain}`;
  const room = await startXmppReceiver({ service: prosody.service, jid: watcher, password: 'watcher-password-1', room: roomJid });
  return {
    prosody,
    room,
    account: { service: prosody.service, jid: bot, password: 'bot-password-1', room: roomJid },
    async stop() {
      await room.stop();
      await prosody.stop();
    },
  };
}
