import { createTransport, type Transporter } from 'nodemailer';

export interface OutgoingMail {
  /** Stable across retries: receivers can use it to drop duplicates. */
  messageId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
}

/** The network edge of mail. Tests substitute an in-memory transport here and nowhere else. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close?(): void;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

export class SmtpTransport implements MailTransport {
  private readonly transporter: Transporter;

  constructor(url: string) {
    this.transporter = createTransport(url);
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail({ ...mail, messageId: mail.messageId });
  }

  close(): void {
    this.transporter.close();
  }
}
