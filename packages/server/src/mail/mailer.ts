import { createTransport } from 'nodemailer';
import { badRequest } from '../errors.ts';

/**
 * Sending one e-mail over SMTP. Features never call this directly: they queue mail in the outbox
 * (outbox.ts) inside their mutation, and the outbox delivers it after the transaction commits.
 */

export interface MailMessage {
  /** One address or several; each gets the same message. */
  to: string | readonly string[];
  /** One line. */
  subject: string;
  /** The plain-text body; every message has one. */
  text: string;
  html?: string | undefined;
}

export interface SentMail {
  messageId: string;
  accepted: string[];
  rejected: string[];
}

export interface Mailer {
  readonly from: string;
  /** Throws a MailError when the SMTP server does not take the message. */
  send(message: MailMessage): Promise<SentMail>;
  close(): void;
}

/** What went wrong talking to the SMTP server; `permanent` for 5xx answers, which retrying cannot fix. */
export class MailError extends Error {
  override name = 'MailError';
  readonly permanent: boolean;
  readonly responseCode: number | undefined;
  constructor(message: string, responseCode: number | undefined) {
    super(message);
    this.responseCode = responseCode;
    this.permanent = responseCode !== undefined && responseCode >= 500 && responseCode < 600;
  }
}

export interface MailerOptions {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://host:465 (TLS from the start). */
  smtpUrl: string;
  /** The From header, e.g. `xmppsec <security@example.org>`. */
  from: string;
  /** Bounds each of connecting, the greeting and every later SMTP step. */
  timeoutMs?: number;
}

const ADDRESS = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+$/;
const MAX_SUBJECT = 300;
const MAX_BODY = 512 * 1024;

/** Checks a message before it is stored or sent; throws a 400 AppError naming the problem. */
export function validateMailMessage(message: MailMessage): { to: string[]; subject: string } {
  const to = typeof message.to === 'string' ? [message.to] : [...message.to];
  if (to.length === 0 || to.length > 50) throw badRequest('invalid_mail', 'A message needs between 1 and 50 recipients.');
  for (const address of to) {
    if (address.length > 254 || !ADDRESS.test(address)) throw badRequest('invalid_mail', `"${address}" is not an e-mail address.`);
  }
  if (/[\r\n]/.test(message.subject) || message.subject.trim() === '' || message.subject.length > MAX_SUBJECT) {
    throw badRequest('invalid_mail', `A subject is one line of 1 to ${MAX_SUBJECT} characters.`);
  }
  if (message.text.length > MAX_BODY || (message.html?.length ?? 0) > MAX_BODY) throw badRequest('invalid_mail', `A message body is at most ${MAX_BODY} characters.`);
  return { to, subject: message.subject.trim() };
}

export function createMailer(options: MailerOptions): Mailer {
  if (!URL.canParse(options.smtpUrl) || !['smtp:', 'smtps:'].includes(new URL(options.smtpUrl).protocol)) {
    throw badRequest('invalid_config', 'XMPPSEC_SMTP_URL must be an smtp:// or smtps:// URL.');
  }
  const timeout = options.timeoutMs ?? 30_000;
  const transport = createTransport({ url: options.smtpUrl, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout });
  return {
    from: options.from,
    async send(message) {
      const { to, subject } = validateMailMessage(message);
      try {
        const info = await transport.sendMail({ from: options.from, to, subject, text: message.text, ...(message.html ? { html: message.html } : {}) });
        const addresses = (list: unknown[]) => list.map((item) => (typeof item === 'string' ? item : (item as { address: string }).address));
        return { messageId: info.messageId, accepted: addresses(info.accepted), rejected: addresses(info.rejected) };
      } catch (error) {
        const smtpError = error as Error & { responseCode?: number; code?: string };
        throw new MailError(`${smtpError.code ? `${smtpError.code}: ` : ''}${smtpError.message}`, smtpError.responseCode);
      }
    },
    close() {
      transport.close();
    },
  };
}
