import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { InstitutionEntity } from '../institutions/institution.entity';

/** A kindergarten or training institution applying to open (VET-4): its proposed staff need POLICY's review. */
@Entity({ name: 'institution_opening_application' })
export class InstitutionOpeningApplicationEntity {
  @PrimaryColumn({ type: 'uuid' })
  institutionId: string;

  @OneToOne(() => InstitutionEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id' })
  institution?: InstitutionEntity;

  @Column({ type: 'timestamptz' })
  appliedAt: Date;

  /** Set when the application is decided: from then the institution no longer "is applying". */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** Why it was set or ended, as POLICY wrote it. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;
}
