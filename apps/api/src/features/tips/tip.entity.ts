import type { IncidentCategory, TipStatus } from '@xiaohu/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { encryptedColumn } from '../../shared/crypto/encrypted-column';
import { IncidentEntity } from '../incidents/incident.entity';
import { InstitutionEntity } from '../institutions/institution.entity';

/**
 * REP-9: one anonymous tip. No account, no name, no address or fingerprint of the sender: the rate
 * limit lives in tip_gate and is never joined to this table. What may identify a child is encrypted.
 */
@Entity({ name: 'tip' })
@Index('tip_code_key', ['code'], { unique: true })
@Index('tip_last_message_at_idx', ['lastMessageAt', 'id'])
export class TipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The tip code the reporter writes down (8 characters of TIP_CODE_ALPHABET, stored ungrouped). */
  @Column({ type: 'varchar', length: 16 })
  code: string;

  /** argon2id of the normalised passphrase; the passphrase itself is shown once and never stored. */
  @Column({ type: 'text' })
  passphraseHash: string;

  @Column({ type: 'varchar', length: 24 })
  category: IncidentCategory;

  /** REP-7: routed to the designated officers only (a sexual-abuse category). */
  @Column({ type: 'boolean' })
  isConfidential: boolean;

  /** The school chosen from the list. */
  @Column({ type: 'uuid', nullable: true })
  institutionId: string | null;

  @ManyToOne(() => InstitutionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id', foreignKeyConstraintName: 'tip_institution_id_fkey' })
  institution?: InstitutionEntity;

  /** The school's name as typed, when it was not in the list. */
  @Column({ type: 'text', nullable: true, transformer: encryptedColumn('tip.school_name') })
  schoolName: string | null;

  /** When it happened, in the reporter's words. */
  @Column({ type: 'text', nullable: true, transformer: encryptedColumn('tip.happened_when') })
  happenedWhen: string | null;

  @Column({ type: 'text', transformer: encryptedColumn('tip.description') })
  description: string;

  /** An optional way to reach the reporter (a phone number, a QQ id), only if they chose to give one. */
  @Column({ type: 'text', nullable: true, transformer: encryptedColumn('tip.contact') })
  contact: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: TipStatus;

  @Column({ type: 'timestamptz' })
  submittedAt: Date;

  @Column({ type: 'timestamptz' })
  lastMessageAt: Date;

  /** Who wrote last: the inbox shows the tips awaiting 安稳办. */
  @Column({ type: 'varchar', length: 16 })
  lastAuthor: 'REPORTER' | 'SAFETY';

  @Column({ type: 'uuid', nullable: true })
  caseId: string | null;

  @ManyToOne(() => IncidentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'tip_case_id_fkey' })
  incident?: IncidentEntity;

  @Column({ type: 'timestamptz', nullable: true })
  convertedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  closedByAccountId: string | null;
}
