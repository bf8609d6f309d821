import type { EmploymentType, StaffRole } from '@xiaohu/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { InstitutionEntity } from '../institutions/institution.entity';

export const STAFF_STATUSES = ['CANDIDATE', 'ACTIVE', 'BLOCKED', 'DISMISSED'] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];

/** A person on an institution's staff register. The ID number is stored encrypted, matched by a keyed hash. */
@Entity({ name: 'staff_member' })
@Index('staff_member_institution_id_number_key', ['institutionId', 'idNumberHash'], { unique: true })
@Index('staff_member_institution_name_id_idx', ['institutionId', 'name', 'id'])
@Index('staff_member_name_id_idx', ['name', 'id'])
// Indexes TypeORM cannot describe (GIN, operator class, expression, partial with extra columns): made by
// migration 1796000200000, declared here so the schema comparison leaves them alone.
@Index('staff_member_name_bigrams_idx', { synchronize: false })
@Index('staff_member_name_pattern_idx', { synchronize: false })
@Index('staff_member_id_number_last4_idx', { synchronize: false })
@Index('staff_member_recheck_due_idx', { synchronize: false })
@Index('staff_member_interview_due_idx', { synchronize: false })
@Index('staff_member_active_institution_due_idx', { synchronize: false })
export class StaffMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => InstitutionEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id' })
  institution?: InstitutionEntity;

  @Column({ type: 'uuid' })
  institutionId: string;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  /**
   * The distinct two-character pieces of the lower-cased name, for the GIN index of name search (CJK
   * characters give pg_trgm no trigrams under the C collation, and most names have two or three).
   * Written by a trigger with the SQL function staff_name_bigrams (migration 1796000200000), not by an
   * entity hook: it stays true whatever writes the name (commands, the roster import, seeds, bulk SQL).
   */
  @Column({ type: 'text', array: true, default: () => "'{}'", insert: false, update: false, select: false })
  nameBigrams?: string[];

  /** AES-256-GCM, base64 of iv | tag | ciphertext. */
  @Column({ type: 'text' })
  idNumberCiphertext: string;

  /** HMAC-SHA256 (hex) of the normalised number: equality matching without decrypting. */
  @Index('staff_member_id_number_hash_idx')
  @Column({ type: 'varchar', length: 64 })
  idNumberHash: string;

  /** First 4 + 10 asterisks + last 4: what most viewers see, and what they can search. */
  @Index('staff_member_id_number_masked_idx')
  @Column({ type: 'varchar', length: 18 })
  idNumberMasked: string;

  @Column({ type: 'varchar', length: 20 })
  phone: string;

  @Column({ type: 'varchar', length: 32 })
  role: StaffRole;

  @Column({ type: 'varchar', length: 16 })
  employmentType: EmploymentType;

  @Column({ type: 'varchar', length: 60 })
  post: string;

  @Column({ type: 'boolean' })
  hasStudentAccess: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'varchar', length: 16 })
  status: StaffStatus;

  @Column({ type: 'timestamptz', nullable: true })
  activatedAt: Date | null;

  /**
   * VET-9: when the next in-service re-check is due, as inServiceDueDates answered when the facts last
   * changed (refreshStaffDueDates); null unless ACTIVE with a start and a supervising section.
   */
  @Column({ type: 'timestamptz', nullable: true, select: false })
  recheckDueAt?: Date | null;

  /** VET-10: when the next reminder interview is due, likewise; null unless ACTIVE with student access. */
  @Column({ type: 'timestamptz', nullable: true, select: false })
  interviewDueAt?: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
