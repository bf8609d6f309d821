import type { TrainingTopic, UnitCode } from '@xiaohu/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { InstitutionEntity } from '../institutions/institution.entity';

/**
 * PRV-5, PRV-9, PRV-10: a staff training session, organised by an institution for its staff
 * (`organiserInstitutionId`) or by a committee unit for many institutions (`organiserUnit`): exactly one.
 */
@Entity({ name: 'training_session' })
@Index('training_session_organiser_institution_id_held_at_idx', ['organiserInstitutionId', 'heldAt'])
@Index('training_session_held_at_idx', ['heldAt', 'id'])
export class TrainingSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => InstitutionEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'organiser_institution_id',
    foreignKeyConstraintName: 'training_session_organiser_institution_id_fkey',
  })
  organiserInstitution?: InstitutionEntity | null;

  @Column({ type: 'uuid', nullable: true })
  organiserInstitutionId: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  organiserUnit: UnitCode | null;

  @Column({ type: 'varchar', length: 48 })
  topic: TrainingTopic;

  @Column({ type: 'timestamptz' })
  heldAt: Date;

  @Column({ type: 'varchar', length: 60 })
  trainer: string;

  /** What was handed out or shown (titles, links). */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  materials: string | null;

  @Column({ type: 'uuid' })
  recordedByAccountId: string;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}
