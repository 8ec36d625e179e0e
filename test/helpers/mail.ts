/**
 * A real SMTP server inside the test process (smtp-server), and the messages it received, parsed
 * by mailparser. The API sends to it through nodemailer's SMTP transport, as in production.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
}

export interface MailBox {
  /** smtp://127.0.0.1:port for SMTP_URL / smtpMailer. */
  url: string;
  messages: ReceivedMail[];
  /** The oldest message to `to` not yet taken, waiting for it to arrive. */
  next(to: string, timeoutMs?: number): Promise<ReceivedMail>;
  /** Waits until nothing has arrived for a moment (messages are sent without the API waiting). */
  quiet(): Promise<void>;
  /** Waits until quiet, then forgets every message (between tests). */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export async function startMailBox(): Promise<MailBox> {
  const messages: ReceivedMail[] = [];
  const waiters: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          for (const recipient of session.envelope.rcptTo)
            messages.push({ to: recipient.address, subject: parsed.subject ?? '', text: parsed.text ?? '' });
          waiters.splice(0).forEach((wake) => wake());
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const taken = new Set<ReceivedMail>();
  const box: MailBox = {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async next(to, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.find((m) => m.to === to && !taken.has(m));
        if (found) {
          taken.add(found);
          return found;
        }
        if (Date.now() > deadline) throw new Error(`no e-mail to ${to} within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
    },
    async quiet() {
      let count = -1;
      while (count !== messages.length) {
        count = messages.length;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    },
    async settle() {
      await box.quiet();
      messages.splice(0);
      taken.clear();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return box;
}
