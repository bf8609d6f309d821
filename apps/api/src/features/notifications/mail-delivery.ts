import nodemailer from 'nodemailer';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../shared/clock/clock';
import { MailOutboxEntity } from './mail-outbox.entity';
import type { MailSettings } from './mail-settings';

/** Sends one outbox mail if not sent yet. Throws on SMTP failure so the job retries. */
export async function deliverMail(
  dataSource: DataSource,
  mailId: string,
  settings: MailSettings,
  clock: Clock,
): Promise<'SENT' | 'ALREADY_SENT' | 'NO_SMTP'> {
  if (!settings.smtp) return 'NO_SMTP';
  const repository = dataSource.getRepository(MailOutboxEntity);
  const mail = await repository.findOneBy({ id: mailId });
  if (!mail || mail.sentAt) return 'ALREADY_SENT';
  const transport = nodemailer.createTransport({
    host: settings.smtp.host,
    port: settings.smtp.port,
    secure: settings.smtp.secure,
    auth: settings.smtp.user ? { user: settings.smtp.user, pass: settings.smtp.pass } : undefined,
    // Certificates are verified; an intranet relay without a valid one needs SMTP_INSECURE=true, on purpose.
    tls: { rejectUnauthorized: !settings.smtp.insecure },
  });
  try {
    await transport.sendMail({
      from: settings.from,
      to: mail.toAddress,
      subject: mail.subject,
      text: mail.body,
    });
  } catch (error) {
    await repository.update(
      { id: mailId },
      {
        failedAttempts: mail.failedAttempts + 1,
        lastFailedAt: clock.now(),
        lastError: String((error as Error).message).slice(0, 200),
      },
    );
    throw error;
  } finally {
    transport.close();
  }
  await repository.update({ id: mailId }, { sentAt: clock.now() });
  return 'SENT';
}
