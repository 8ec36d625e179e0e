/**
 * The one module that sends e-mail. With SMTP_URL set, messages go through nodemailer's SMTP
 * transport; without it (the local quick start) sign-in links are printed in the terminal, which is
 * the only place a link ever reaches a log.
 */
import nodemailer from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url, { from });
  return {
    async send(mail) {
      await transport.sendMail({ to: mail.to, subject: mail.subject, text: mail.text });
    },
    close: () => transport.close(),
  };
}

/** Prints each message for the person at the terminal (no SMTP configured). */
export function terminalMailer(say: (line: string) => void): Mailer {
  return {
    async send(mail) {
      say(`e-mail to ${mail.to} — ${mail.subject}\n${mail.text}`);
    },
    close: () => {},
  };
}
