import {
  mailClosing,
  notificationText,
  type NotificationFacts,
  type NotificationKind,
  type VocabularyLanguage,
} from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { AccountEntity } from '../accounts/account.entity';
import { sendJobInTransaction } from '../../shared/jobs/job-queue';
import { JOB_QUEUES } from '../../shared/jobs/job-queues';
import { MailOutboxEntity } from './mail-outbox.entity';
import type { MailSettings } from './mail-settings';
import { NotificationEntity } from './notification.entity';

export interface Message {
  kind: NotificationKind;
  caseId: string | null;
  /** What it is about; never a child's name, an id or a code (REP-7): the words come from the domain. */
  facts: NotificationFacts;
  /** The district's time zone: deadlines are written as its wall clock. */
  timeZone: string;
}

export type Recipient = Pick<AccountEntity, 'id' | 'email' | 'language'>;

const TITLE_MAX = 200;
const BODY_MAX = 1000;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The words of a message for one reader, as written now (the mail, and the stored fallback). */
export function messageText(message: Message, language: VocabularyLanguage, now: Date) {
  return notificationText(message.kind, message.facts, language, now, message.timeZone);
}

/**
 * In-app notifications for each recipient and a mail for each one with an e-mail address, in the
 * caller's transaction (outbox pattern), each in the recipient's language: a delivery job per mail when
 * SMTP is configured, otherwise the mail waits in the outbox. No address is ever guessed: without one
 * the app is the only channel.
 */
export async function notifyAccounts(
  manager: EntityManager,
  recipients: readonly Recipient[],
  message: Message,
  now: Date,
  mail: MailSettings,
): Promise<void> {
  if (recipients.length === 0) return;
  const texts = new Map(
    (['zh-CN', 'en'] as const).map((language) => [language, messageText(message, language, now)]),
  );
  const textOf = (account: Recipient) => texts.get(account.language === 'en' ? 'en' : 'zh-CN')!;
  await manager.getRepository(NotificationEntity).insert(
    recipients.map((account) => ({
      accountId: account.id,
      kind: message.kind,
      caseId: message.caseId,
      title: clip(textOf(account).title, TITLE_MAX),
      body: clip(textOf(account).body, BODY_MAX),
      facts: message.facts,
      urgent: message.facts.isChildInDanger,
      createdAt: now,
      readAt: null,
    })),
  );
  const mailed = recipients.flatMap((account) =>
    account.email ? [{ ...account, email: account.email }] : [],
  );
  if (mailed.length === 0) return;
  const inserted = await manager.getRepository(MailOutboxEntity).insert(
    mailed.map((account) => {
      const language = account.language === 'en' ? 'en' : 'zh-CN';
      const text = textOf(account);
      return {
        accountId: account.id,
        kind: message.kind,
        toAddress: account.email,
        subject: clip(text.subject, TITLE_MAX),
        caseId: message.caseId,
        body: `${text.body}\n\n${mailClosing(language)}`,
        createdAt: now,
      };
    }),
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
