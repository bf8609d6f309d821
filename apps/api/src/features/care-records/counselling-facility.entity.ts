import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { InstitutionEntity } from '../institutions/institution.entity';

/** PRV-7: an institution's counselling room 心理辅导室 and hotline, one row per institution. */
@Entity({ name: 'counselling_facility' })
export class CounsellingFacilityEntity {
  @OneToOne(() => InstitutionEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'institution_id',
    foreignKeyConstraintName: 'counselling_facility_institution_id_fkey',
  })
  institution?: InstitutionEntity;

  @PrimaryColumn({ type: 'uuid' })
  institutionId: string;

  @Column({ type: 'boolean' })
  hasCounsellingRoom: boolean;

  /** Where the room is, e.g. 行政楼三楼 302. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  roomLocation: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  hotline: string | null;

  @Column({ type: 'uuid' })
  recordedByAccountId: string;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}
