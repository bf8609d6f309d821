import type { InstitutionKind, SupervisingSection } from '@xiaohu/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** ACC-1: an assessment period 考核周期 [startsAt, endsAt) over a set of institutions (a row each). */
@Entity({ name: 'assessment_period' })
@Index('assessment_period_starts_at_idx', ['startsAt', 'id'])
export class AssessmentPeriodEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  /** How the institutions were chosen, as asked (the rows are the institutions covered). */
  @Column({ type: 'varchar', length: 16, nullable: true })
  coveredSection: SupervisingSection | null;

  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  coveredKinds: InstitutionKind[];

  @Column({ type: 'uuid' })
  openedByAccountId: string;

  @Column({ type: 'timestamptz' })
  openedAt: Date;
}
