import type { EntityManager } from 'typeorm';
import type { AccountEntity } from '../accounts/account.entity';
import { sendJobInTransaction } from '../../shared/jobs/job-queue';
import { JOB_QUEUES } from '../../shared/jobs/job-queues';
import { MailOutboxEntity } from './mail-outbox.entity';
import type { MailSettings } from './mail-settings';
import { NotificationEntity, type NotificationKindCode } from './notification.entity';

export interface Message {
  kind: NotificationKindCode;
  caseId: string | null;
  /** Never a child's name: callers pass codes, times and institution names only. */
  title: string;
  body: string;
}

/**
 * In-app notifications for each recipient and a mail for each one with an e-mail address, in the
 * caller's transaction (outbox pattern): a delivery job per mail when SMTP is configured, otherwise
 * the mail waits in the outbox. No address is ever guessed: without one the app is the only channel.
 */
export async function notifyAccounts(
  manager: EntityManager,
  recipients: readonly Pick<AccountEntity, 'id' | 'email'>[],
  message: Message,
  now: Date,
  mail: MailSettings,
): Promise<void> {
  if (recipients.length === 0) return;
  await manager.getRepository(NotificationEntity).insert(
    recipients.map((account) => ({
      accountId: account.id,
      kind: message.kind,
      caseId: message.caseId,
      title: message.title,
      body: message.body,
      createdAt: now,
      readAt: null,
    })),
  );
  const mailed = recipients.flatMap((account) =>
    account.email ? [{ ...account, email: account.email }] : [],
  );
  if (mailed.length === 0) return;
  const inserted = await manager.getRepository(MailOutboxEntity).insert(
    mailed.map((account) => ({
      accountId: account.id,
      kind: message.kind,
      toAddress: account.email,
      subject: message.title,
      body: message.body,
      createdAt: now,
    })),
  );
  if (!mail.smtp) return;
  for (const identifier of inserted.identifiers) {
    await sendJobInTransaction(
      manager,
      JOB_QUEUES.mailDelivery.name,
      { mailId: identifier.id as string },
      {
        singletonKey: `mail:${String(identifier.id)}`,
      },
    );
  }
}
