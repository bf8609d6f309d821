import type { PlanLessonTopic } from '@xiaohu/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SchoolClassEntity } from '../classes/school-class.entity';
import { InstitutionEntity } from '../institutions/institution.entity';

/** PRV-7: mental-health or puberty lessons of one class in the term's teaching plan. */
@Entity({ name: 'teaching_plan_entry' })
@Index('teaching_plan_entry_institution_id_planned_at_idx', ['institutionId', 'plannedAt'])
export class TeachingPlanEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => InstitutionEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id', foreignKeyConstraintName: 'teaching_plan_entry_institution_id_fkey' })
  institution?: InstitutionEntity;

  @Column({ type: 'uuid' })
  institutionId: string;

  @ManyToOne(() => SchoolClassEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'class_id', foreignKeyConstraintName: 'teaching_plan_entry_class_id_fkey' })
  schoolClass?: SchoolClassEntity;

  @Index('teaching_plan_entry_class_id_idx')
  @Column({ type: 'uuid' })
  classId: string;

  @Column({ type: 'varchar', length: 16 })
  topic: PlanLessonTopic;

  @Column({ type: 'int' })
  lessons: number;

  /** A day of the term the lessons are planned in. */
  @Column({ type: 'timestamptz' })
  plannedAt: Date;

  @Column({ type: 'uuid' })
  recordedByAccountId: string;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}
