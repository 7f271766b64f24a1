import type { Kysely } from 'kysely';
import nodemailer from 'nodemailer';
import type { Database } from '../../db/schema.ts';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

const SENDER = 'Espace adhérent <ne-pas-repondre@espace-adherent.example>';

/**
 * Sends through SMTP when SMTP_URL is set. Otherwise (demonstration, tests) each message is kept
 * in the outbox table instead, where `npm run outbox` and the demo page read it.
 */
export function createMailer(db: Kysely<Database>, smtpUrl: string | null): Mailer {
  if (smtpUrl) {
    const transport = nodemailer.createTransport(smtpUrl);
    return {
      async send({ to, subject, text }) {
        await transport.sendMail({ from: SENDER, to, subject, text });
      },
    };
  }
  return {
    async send({ to, subject, text }) {
      await db.insertInto('outbox').values({ recipient: to, subject, text_body: text }).execute();
    },
  };
}
