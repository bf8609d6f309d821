import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Mail written in the same transaction as what it announces, delivered by a job after commit.
 * Without SMTP settings it stays here for an administrator to read.
 */
@Entity({ name: 'mail_outbox' })
@Index('mail_outbox_created_at_id_idx', ['createdAt', 'id'])
export class MailOutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  toAddress: string;

  @Column({ type: 'varchar', length: 200 })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  failedAttempts: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  lastError: string | null;
}
