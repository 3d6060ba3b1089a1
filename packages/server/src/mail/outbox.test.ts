import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../authz/actor.ts';
import { manualClock } from '../clock.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { createMutations } from '../db/mutations.ts';
import { testBackends } from '../db/test-databases.ts';
import { startSmtpServer } from '../testing/smtp-server.ts';
import type { TestSmtpServer } from '../testing/smtp-server.ts';
import { createMailer } from './mailer.ts';
import { createOutbox, NO_SMTP_REASON } from './outbox.ts';

const backends = await testBackends();

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe.each(backends)('mail outbox on $name', (backend) => {
  let handle: DatabaseHandle;
  let smtp: TestSmtpServer;
  const clock = manualClock('2026-03-01T10:00:00Z');
  const logged: string[] = [];
  const log = (message: string) => logged.push(message);

  beforeAll(async () => {
    handle = await backend.open();
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    await smtp.close();
    await handle.close();
  });

  const mutations = () => createMutations({ db: handle.db, clock });
  const row = (id: string) => handle.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const mailer = () => createMailer({ smtpUrl: smtp.url, from: 'xmppsec <security@xmppsec.test>' });

  async function queueOne(outbox: ReturnType<typeof createOutbox>, to: string, subject: string, text = 'Hello.\nhttps://xmppsec.test/confirm#token=secret') {
    return mutations().run(cliActor, async (trx) => {
      const id = await outbox.queue(trx, { to, subject, text }, { purpose: 'test.mail', subject: { type: 'test', id: subject } });
      return { result: id, audit: { action: 'test.mail_queued', subject: { type: 'test', id: subject } } };
    });
  }

  it('writes mail only when the mutation commits, sends it outside, and erases the sent body', async () => {
    const outbox = createOutbox({ db: handle.db, clock, mailer: mailer(), log });
    await expect(
      mutations().run(cliActor, async (trx) => {
        await outbox.queue(trx, { to: 'ghost@example.org', subject: 'never', text: 'x' }, { purpose: 'test.mail' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await handle.db.selectFrom('mail_outbox').select('id').where('subject', '=', 'never').execute()).toEqual([]);

    const id = await queueOne(outbox, 'maintainer@example.org', 'Please confirm');
    expect((await row(id)).status).toBe('pending');
    expect(await outbox.deliverDue()).toEqual({ sent: 1, retrying: 0, failed: 0, notSent: 0 });
    const mail = await smtp.waitFor((m) => m.subject === 'Please confirm');
    expect(mail.to).toEqual(['maintainer@example.org']);
    expect(mail.from).toBe('security@xmppsec.test');
    expect(mail.text).toContain('https://xmppsec.test/confirm#token=secret');
    const sent = await row(id);
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, text_body: '', html_body: null, last_error: null });
    expect(sent.body_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(sent.message_id).toBe(mail.messageId);
    // Nothing is due any more: a second run sends nothing.
    expect(await outbox.deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 0, notSent: 0 });
  });

  it('retries a temporary refusal with backoff and gives up at once on a permanent one', async () => {
    const outbox = createOutbox({ db: handle.db, clock, mailer: mailer(), log });
    const temporary = await queueOne(outbox, 'later@example.org', 'Temporary trouble');
    smtp.refuseNext(1, 451);
    expect(await outbox.deliverDue()).toMatchObject({ retrying: 1, sent: 0 });
    const waiting = await row(temporary);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(waiting.last_error).toMatch(/451/);
    expect(waiting.next_attempt_at.getTime()).toBe(clock.now().getTime() + 60_000);
    // Not due yet: nothing happens until the clock passes the backoff.
    expect(await outbox.deliverDue()).toMatchObject({ sent: 0, retrying: 0 });
    clock.advance(61_000);
    expect(await outbox.deliverDue()).toMatchObject({ sent: 1 });
    expect(await row(temporary)).toMatchObject({ status: 'sent', attempts: 2 });

    const permanent = await queueOne(outbox, 'nobody@example.org', 'No such mailbox');
    smtp.refuseNext(1, 550);
    expect(await outbox.deliverDue()).toMatchObject({ failed: 1 });
    const failed = await row(permanent);
    expect(failed.status).toBe('failed');
    expect(failed.text_body).toContain('token=secret');
    expect(logged.some((line) => line.includes(permanent) && line.includes('failed'))).toBe(true);
  });

  it('marks mail as failed after the last attempt when the server stays unreachable', async () => {
    const outbox = createOutbox({ db: handle.db, clock, mailer: createMailer({ smtpUrl: `smtp://127.0.0.1:${await closedPort()}`, from: 'x@xmppsec.test', timeoutMs: 5000 }), log, maxAttempts: 3 });
    const id = await queueOne(outbox, 'down@example.org', 'Server down');
    const outcomes = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      outcomes.push(await outbox.deliverDue());
      clock.advance(10 * 60_000);
    }
    expect(outcomes.map((o) => (o.retrying ? 'retry' : o.failed ? 'failed' : 'other'))).toEqual(['retry', 'retry', 'failed']);
    const failed = await row(id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 3 });
    expect(failed.last_error).toMatch(/ECONNREFUSED|connect/i);
  });

  it('keeps mail as not sent, with the reason, when no SMTP server is configured', async () => {
    const outbox = createOutbox({ db: handle.db, clock, mailer: undefined, log });
    const id = await queueOne(outbox, 'someone@example.org', 'Nowhere to send');
    expect(await outbox.deliverDue()).toMatchObject({ notSent: 1 });
    expect(await row(id)).toMatchObject({ status: 'not_sent', last_error: NO_SMTP_REASON });
    expect(logged.some((line) => line.includes(id) && line.includes(NO_SMTP_REASON))).toBe(true);
    const listed = await outbox.list(cliActor, { status: 'not_sent' });
    expect(listed.map((entry) => entry.id)).toContain(id);
    expect(listed[0]).not.toHaveProperty('text_body');
    await expect(outbox.list({ kind: 'user', userId: 'u', email: 'm@example.org', role: 'maintainer', via: 'api' })).rejects.toMatchObject({ status: 403 });
  });

  it('sends each message once when two workers deliver at the same time', async () => {
    const before = smtp.messages.length;
    const first = createOutbox({ db: handle.db, clock, mailer: mailer(), log });
    const second = createOutbox({ db: handle.db, clock, mailer: mailer(), log });
    for (let index = 0; index < 12; index++) await queueOne(first, `bulk${index}@example.org`, `Bulk ${index}`);
    const [a, b] = await Promise.all([first.deliverDue(), second.deliverDue()]);
    expect(a.sent + b.sent).toBe(12);
    expect(smtp.messages.length - before).toBe(12);
    expect(new Set(smtp.messages.slice(before).map((m) => m.subject)).size).toBe(12);
  });

  it('refuses malformed messages before anything is stored', async () => {
    const outbox = createOutbox({ db: handle.db, clock, mailer: undefined, log });
    const attempts = [
      { to: 'not an address', subject: 'x', text: 'x' },
      { to: 'a@example.org\r\nBcc: victim@example.org', subject: 'x', text: 'x' },
      { to: 'a@example.org', subject: 'two\nlines', text: 'x' },
      { to: 'a@example.org', subject: '   ', text: 'x' },
      { to: [], subject: 'x', text: 'x' },
      { to: 'a@example.org', subject: 'x', text: 'y'.repeat(600 * 1024) },
    ];
    for (const message of attempts) {
      await expect(
        mutations().run(cliActor, async (trx) => {
          await outbox.queue(trx, message, { purpose: 'test.mail' });
          return { result: undefined, audit: { action: 'test.never' } };
        }),
      ).rejects.toMatchObject({ code: 'invalid_mail', status: 400 });
    }
    expect(() => createMailer({ smtpUrl: 'http://127.0.0.1:25', from: 'x@example.org' })).toThrow(/smtp:\/\//);
  });
});
