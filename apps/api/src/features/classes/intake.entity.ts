import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { InstitutionEntity } from '../institutions/institution.entity';

/** PRV-6: one new student intake 年级/届 (a cohort) of an institution, e.g. 2026级, enrolled on a day. */
@Entity({ name: 'intake' })
@Index('intake_institution_id_name_key', ['institutionId', 'name'], { unique: true })
export class IntakeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => InstitutionEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id', foreignKeyConstraintName: 'intake_institution_id_fkey' })
  institution?: InstitutionEntity;

  @Column({ type: 'uuid' })
  institutionId: string;

  /** How the school names the cohort, e.g. 2026级 or 2026年秋季小班. */
  @Column({ type: 'varchar', length: 40 })
  name: string;

  @Column({ type: 'timestamptz' })
  enrolledAt: Date;

  @Column({ type: 'uuid' })
  recordedByAccountId: string;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}
