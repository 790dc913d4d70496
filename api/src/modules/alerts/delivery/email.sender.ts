import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../../common/config/app-config';

export interface AlertEmail {
  to: string[];
  subject: string;
  text: string;
}

/** A failed SMTP send; the message names no credentials. */
export class EmailDeliveryError extends Error {}

/** Sends alert e-mails through the configured SMTP server (CHECKMARK_SMTP_URL, from CHECKMARK_ALERT_EMAIL_FROM). */
@Injectable()
export class EmailSender implements OnApplicationShutdown {
  private transport?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'alerts'>) {}

  get enabled(): boolean {
    return this.config.alerts.smtp !== undefined;
  }

  async send(email: AlertEmail): Promise<void> {
    const smtp = this.config.alerts.smtp;
    if (!smtp) throw new EmailDeliveryError('SMTP is not configured on this server');
    this.transport ??= createTransport({
      url: smtp.url,
      connectionTimeout: this.config.alerts.webhookTimeoutMs,
      greetingTimeout: this.config.alerts.webhookTimeoutMs,
      socketTimeout: this.config.alerts.webhookTimeoutMs,
    });
    try {
      await this.transport.sendMail({ from: smtp.from, to: email.to, subject: email.subject, text: email.text });
    } catch (error) {
      const e = error as { code?: string; responseCode?: number; message?: string };
      // nodemailer's messages can quote the server's reply but never the URL's credentials.
      throw new EmailDeliveryError(
        `SMTP send failed: ${e.responseCode ? `${e.responseCode} ` : ''}${e.code ?? ''} ${e.message ?? ''}`.trim(),
      );
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
