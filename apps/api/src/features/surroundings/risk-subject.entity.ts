import type { RiskClosingReason, RiskSubjectStatus } from '@xiaohu/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { encryptedColumn } from '../../shared/crypto/encrypted-column';
import { InstitutionEntity } from '../institutions/institution.entity';

export type RiskSubjectType = 'RISK_SITE' | 'RISK_PERSON';

/**
 * PRV-3: a risk site or a high-risk person near an institution, its referral to the township or street
 * office and the local police station, and its closing. A person's identity is need-to-know like a case
 * file: encrypted at rest (never searched or sorted in SQL).
 */
@Entity({ name: 'risk_subject' })
@Index('risk_subject_recorded_at_idx', ['recordedAt', 'id'])
@Index('risk_subject_institution_recorded_at_idx', ['institutionId', 'recordedAt', 'id'])
export class RiskSubjectEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => InstitutionEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id', foreignKeyConstraintName: 'risk_subject_institution_id_fkey' })
  institution?: InstitutionEntity;

  @Column({ type: 'uuid' })
  institutionId: string;

  @Column({ type: 'varchar', length: 16 })
  subjectType: RiskSubjectType;

  /** RISK_SITE: one of RISK_SITE_TYPES. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  siteType: string | null;

  /** RISK_PERSON: one of RISK_PERSON_TYPES. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  personType: string | null;

  /** RISK_SITE: the place's name, e.g. 某某网吧. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  siteName: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  siteAddress: string | null;

  @Column({ type: 'text', nullable: true })
  siteDescription: string | null;

  @Column({ type: 'text', nullable: true, transformer: encryptedColumn('risk_subject.person_name') })
  personName: string | null;

  @Column({ type: 'text', nullable: true, transformer: encryptedColumn('risk_subject.person_id_number') })
  personIdNumber: string | null;

  @Column({ type: 'text', nullable: true, transformer: encryptedColumn('risk_subject.person_address') })
  personAddress: string | null;

  @Column({ type: 'text', nullable: true, transformer: encryptedColumn('risk_subject.person_description') })
  personDescription: string | null;

  /** Distance or place relative to the campus, e.g. 校门东侧约 200 米. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  location: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: RiskSubjectStatus;

  @Column({ type: 'varchar', length: 120, nullable: true })
  townshipOffice: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  townshipReferredAt: Date | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  policeStation: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  policeReferredAt: Date | null;

  @Column({ type: 'uuid' })
  recordedByAccountId: string;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;

  @Column({ type: 'varchar', length: 24, nullable: true })
  closingReason: RiskClosingReason | null;

  @Column({ type: 'text', nullable: true })
  closingNote: string | null;

  @Column({ type: 'uuid', nullable: true })
  closedByAccountId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
