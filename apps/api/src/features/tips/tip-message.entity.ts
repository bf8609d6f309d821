import type { TipAuthor } from '@xiaohu/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { encryptedColumn } from '../../shared/crypto/encrypted-column';
import { TipEntity } from './tip.entity';

/** REP-9: one message of a tip's conversation, from the reporter or from 安稳办. Encrypted at rest. */
@Entity({ name: 'tip_message' })
@Index('tip_message_tip_id_sent_at_idx', ['tipId', 'sentAt'])
export class TipMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  tipId: string;

  @ManyToOne(() => TipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'tip_id', foreignKeyConstraintName: 'tip_message_tip_id_fkey' })
  tip?: TipEntity;

  @Column({ type: 'varchar', length: 16 })
  author: TipAuthor;

  /** The 安稳办 officer who answered; null for the reporter, who has no account. */
  @Column({ type: 'uuid', nullable: true })
  authorAccountId: string | null;

  @Column({ type: 'text', transformer: encryptedColumn('tip_message.body') })
  body: string;

  @Column({ type: 'timestamptz' })
  sentAt: Date;
}
