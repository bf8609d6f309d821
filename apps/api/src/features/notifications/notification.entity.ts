import type { NotificationFacts, NotificationKind } from '@xiaohu/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';

/** What a notification is about (the domain's NotificationKind). */
export type NotificationKindCode = NotificationKind;

/** An in-app message to one account. Its text never names a child. */
@Entity({ name: 'notification' })
@Index('notification_account_id_created_at_idx', ['accountId', 'createdAt', 'id'])
// The bell's unread count and the unread-only list: only the unread rows, a few of many.
@Index('notification_unread_account_id_created_at_idx', ['accountId', 'createdAt', 'id'], {
  where: '"read_at" IS NULL',
})
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'notification_account_id_fkey' })
  account?: AccountEntity;

  @Column({ type: 'varchar', length: 32 })
  kind: NotificationKindCode;

  /** The case it is about; no foreign key so notifications stay independent of any feature. */
  @Column({ type: 'uuid', nullable: true })
  caseId: string | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 1000 })
  body: string;

  /**
   * What it is about, so that the app words it in the reader's language (domain notificationText);
   * null on notifications written before (their title and body are shown as they are).
   */
  @Column({ type: 'jsonb', nullable: true })
  facts: NotificationFacts | null;

  /** REP-6: about a child in danger: shown first and marked urgent. */
  @Column({ type: 'boolean', default: false })
  urgent: boolean;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
