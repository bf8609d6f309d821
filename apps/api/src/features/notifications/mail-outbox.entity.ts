import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import type { NotificationKindCode } from './notification.entity';

/**
 * Mail written in the same transaction as what it announces, delivered by a job after commit.
 * Without SMTP settings it stays here undelivered. Administrators see its delivery status, never its
 * subject or body: an alert may say what only its recipient may know (REP-11).
 */
@Entity({ name: 'mail_outbox' })
@Index('mail_outbox_created_at_id_idx', ['createdAt', 'id'])
export class MailOutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The recipient account; null for mail written before recipients were recorded. */
  @ManyToOne(() => AccountEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'mail_outbox_account_id_fkey' })
  account?: AccountEntity | null;

  @Column({ type: 'uuid', nullable: true })
  accountId: string | null;

  /** What the mail announces (the notification kind); null for mail written before kinds were recorded. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  kind: NotificationKindCode | null;

  @Column({ type: 'varchar', length: 200 })
  toAddress: string;

  @Column({ type: 'varchar', length: 200 })
  subject: string;

  /** The case it is about (mail no longer prints ids); no foreign key, as on notification. */
  @Column({ type: 'uuid', nullable: true })
  caseId: string | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  failedAttempts: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastFailedAt: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  lastError: string | null;
}
